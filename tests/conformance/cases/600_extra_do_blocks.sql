-- DO: tag DO, LANGUAGE before or after the body; errors found before the body runs (language, duplicated option, no code, a character no token starts with, a misspelt word) and a body that fails.
-- modes: autocommit
DO $$ BEGIN END $$;
DO LANGUAGE plpgsql $$ BEGIN END $$;
DO $$ BEGIN END $$ LANGUAGE plpgsql;
DO 'BEGIN END';
DO $$ BEGIN NULL; END $$;
DO $$ BEGIN RAISE NOTICE 'hi'; END $$;
DO LANGUAGE sql $$ SELECT 1 $$;
DO LANGUAGE c $$ x $$;
DO LANGUAGE nope $$ x $$;
DO $$ BEGIN PERFORM 1; END $$ LANGUAGE plpgsql LANGUAGE plpgsql;
DO LANGUAGE plpgsql;
DO;
DO $$ BEGIN CREATE TABLE {{ x }} (id int); END $$;
DO $$ BEGIN SELEC 1; END $$;
CREATE TABLE t (id int);
DO $$ BEGIN CREATE TABLE t (id int); EXCEPTION WHEN duplicate_table THEN NULL; END $$;
DO $$ BEGIN CREATE TABLE t (id int); END $$;
