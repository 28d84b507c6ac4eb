-- The same DDL as 142 over clean data succeeds; then a duplicate INSERT is 23505 naming the new index.
-- modes: single-transaction autocommit
-- args: --setup 143_unique_no_duplicates.setup.sql
CREATE UNIQUE INDEX emails_address_uidx ON emails (address);
ALTER TABLE emails ADD PRIMARY KEY (id);
INSERT INTO emails VALUES (3, 'a@x');
