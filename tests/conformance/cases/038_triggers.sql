-- Triggers: a plpgsql trigger function fires on INSERT; duplicate name 42710; CREATE OR REPLACE TRIGGER; DROP TRIGGER IF EXISTS notice.
-- modes: single-transaction autocommit
CREATE TABLE docs (id int, body text, updated int DEFAULT 0);
CREATE FUNCTION docs_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated := NEW.updated + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER docs_touch_trg BEFORE INSERT OR UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION docs_touch();
INSERT INTO docs (id, body) VALUES (1, 'x');
UPDATE docs SET body = 'y';
SELECT id, body, updated FROM docs;
CREATE TRIGGER docs_touch_trg AFTER DELETE ON docs FOR EACH ROW EXECUTE FUNCTION docs_touch();
CREATE OR REPLACE TRIGGER docs_touch_trg BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION docs_touch();
CREATE TRIGGER docs_bad_trg BEFORE INSERT ON docs FOR EACH ROW EXECUTE FUNCTION no_such_fn();
DROP TRIGGER IF EXISTS nope_trg ON docs;
DROP TRIGGER nope_trg ON docs;
DROP TRIGGER docs_touch_trg ON docs;
