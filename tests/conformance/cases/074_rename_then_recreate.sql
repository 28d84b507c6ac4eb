-- Rename-and-replace pattern: after renaming t to t_old a new t can be created, but t_old's index names still block reuse (42P07).
-- modes: single-transaction autocommit
CREATE TABLE events (id int PRIMARY KEY, kind text);
CREATE INDEX events_kind_idx ON events (kind);
INSERT INTO events VALUES (1, 'a');
ALTER TABLE events RENAME TO events_old;
CREATE TABLE events (id int PRIMARY KEY, kind text, extra int);
CREATE INDEX events_kind_idx ON events (kind);
ALTER INDEX events_kind_idx RENAME TO events_old_kind_idx;
CREATE INDEX events_kind_idx ON events (kind);
INSERT INTO events SELECT id, kind, 0 FROM events_old;
SELECT conname FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'p';
DROP TABLE events_old;
