-- 42710 for duplicate non-relation objects (type, domain over a type name, constraint, trigger, policy); 42723 for a function with the same signature.
-- modes: autocommit single-transaction
CREATE TYPE kind AS ENUM ('a');
CREATE TABLE t (id int CONSTRAINT t_id_chk CHECK (id > 0));
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
CREATE POLICY t_pol ON t USING (true);
CREATE TYPE kind AS ENUM ('b');
CREATE TYPE kind AS (x int);
ALTER TABLE t ADD CONSTRAINT t_id_chk CHECK (id < 100);
CREATE TRIGGER t_trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
CREATE POLICY t_pol ON t USING (false);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE DOMAIN kind AS int;
