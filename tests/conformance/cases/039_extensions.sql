-- Extensions: plpgsql is preinstalled (42710 / IF NOT EXISTS notice 42710); pgcrypto functions become callable; unknown extension is 0A000.
-- modes: autocommit single-transaction
CREATE EXTENSION IF NOT EXISTS plpgsql;
CREATE EXTENSION pgcrypto;
SELECT encode(digest('abc', 'sha256'), 'hex') AS sha256;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SELECT extname FROM pg_extension ORDER BY extname;
DROP EXTENSION IF EXISTS pg_nonexistent_thing;
CREATE EXTENSION plpgsql;
SELECT 'after the error' AS s;
CREATE EXTENSION pg_nonexistent_thing;
