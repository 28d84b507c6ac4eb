-- DROP EXTENSION while a column default uses its function: 2BP01; CASCADE drops the default with a NOTICE.
-- modes: autocommit whole-file
CREATE EXTENSION pgcrypto;
CREATE TABLE tokens (id int, secret bytea DEFAULT gen_random_bytes(8));
INSERT INTO tokens (id) VALUES (1);
SELECT id, length(secret) AS len FROM tokens;
DROP EXTENSION pgcrypto;
DROP EXTENSION pgcrypto CASCADE;
INSERT INTO tokens (id) VALUES (2);
SELECT id, secret IS NULL AS no_secret FROM tokens ORDER BY id;
