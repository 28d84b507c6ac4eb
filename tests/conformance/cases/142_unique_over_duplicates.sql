-- CREATE UNIQUE INDEX / ADD UNIQUE / ADD PRIMARY KEY over duplicate data: 23505 with DETAIL "Key (...)=(...) is duplicated."; NULLs never collide.
-- modes: autocommit single-transaction
-- args: --setup 142_unique_over_duplicates.setup.sql
CREATE UNIQUE INDEX emails_address_uidx ON emails (address);
ALTER TABLE emails ADD CONSTRAINT emails_address_key UNIQUE (address);
ALTER TABLE emails ADD PRIMARY KEY (address);
CREATE UNIQUE INDEX emails_id_uidx ON emails (id);
DELETE FROM emails WHERE id = 3;
CREATE UNIQUE INDEX emails_address_uidx ON emails (address);
SELECT indexname FROM pg_indexes WHERE tablename = 'emails' ORDER BY indexname;
