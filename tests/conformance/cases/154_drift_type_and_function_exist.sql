-- Schema drift for non-relations: existing enum type 42710, existing trigger 42710, existing function 42723 (CREATE OR REPLACE passes).
-- modes: autocommit single-transaction
-- args: --setup 154_drift_type_and_function_exist.setup.sql
CREATE TYPE plan AS ENUM ('free', 'pro', 'team');
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER accounts_updated_at BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION set_updated_at();
ALTER TYPE plan ADD VALUE IF NOT EXISTS 'team';
