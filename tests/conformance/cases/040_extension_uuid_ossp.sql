-- CREATE EXTENSION "uuid-ossp" (quoted name) works on Debian PG 15; the PG 18 wheel lacks libossp-uuid (58P01, path in message).
-- modes: autocommit
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
SELECT uuid_generate_v5(uuid_ns_url(), 'https://example.com/') AS v5;
CREATE TABLE things (id uuid DEFAULT uuid_generate_v4() PRIMARY KEY, name text);
INSERT INTO things (name) VALUES ('a');
SELECT count(*) FROM things;
