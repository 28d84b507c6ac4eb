-- DROP FUNCTION used by a trigger or a column default: 2BP01; CASCADE drops the trigger/default with NOTICEs.
-- modes: autocommit whole-file
CREATE TABLE log (id int, at_label text DEFAULT 'x');
CREATE FUNCTION label_default() RETURNS text LANGUAGE sql AS $$ SELECT 'default-label' $$;
ALTER TABLE log ALTER COLUMN at_label SET DEFAULT label_default();
CREATE FUNCTION log_trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER log_before BEFORE INSERT ON log FOR EACH ROW EXECUTE FUNCTION log_trg();
DROP FUNCTION log_trg();
DROP FUNCTION label_default();
DROP FUNCTION log_trg() CASCADE;
DROP FUNCTION label_default() CASCADE;
INSERT INTO log (id) VALUES (1);
SELECT id, at_label FROM log;
