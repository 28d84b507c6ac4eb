-- DROP SCHEMA with objects in it: 2BP01 with DETAIL/HINT; CASCADE drops them with a NOTICE; IF EXISTS notices.
-- modes: autocommit whole-file
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily (d date);
CREATE VIEW reporting.v_daily AS SELECT d FROM reporting.daily;
DROP SCHEMA reporting;
DROP SCHEMA reporting CASCADE;
DROP SCHEMA reporting;
DROP SCHEMA IF EXISTS reporting;
CREATE SCHEMA IF NOT EXISTS public;
CREATE SCHEMA public;
