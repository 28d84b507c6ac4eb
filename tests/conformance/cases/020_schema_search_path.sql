-- SET search_path decides where unqualified CREATEs land and which schema unqualified names resolve to.
-- modes: single-transaction autocommit
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE items (id int);
CREATE TABLE public.items (id int, legacy bool);
INSERT INTO items VALUES (1);
SELECT count(*) AS app_rows FROM app.items;
SELECT count(*) AS public_rows FROM public.items;
SELECT legacy FROM items;
SET search_path = public;
SELECT legacy FROM items;
SELECT id FROM app.items;
SHOW search_path;
