-- Enum created and extended in the same transaction, then the new label used: 55P04 on PG 15, allowed on PG 18.
-- modes: single-transaction autocommit
CREATE TYPE color AS ENUM ('red');
ALTER TYPE color ADD VALUE 'green';
SELECT 'green'::color AS c;
CREATE TABLE paint (c color DEFAULT 'green');
INSERT INTO paint DEFAULT VALUES;
SELECT c FROM paint;
