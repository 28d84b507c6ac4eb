-- VACUUM / CREATE INDEX CONCURRENTLY as the FIRST statement of a multi-statement whole-file message is still 25001 and nothing runs.
-- modes: whole-file autocommit
-- args: --setup 105_nontx_first_in_whole_file.setup.sql
VACUUM jobs;
CREATE INDEX CONCURRENTLY jobs_state_idx ON jobs (state);
INSERT INTO jobs VALUES (1, 'new');
