-- Column types, NOT NULL and DEFAULTs (constant and expression) as seen by later INSERTs.
-- modes: single-transaction autocommit
CREATE TABLE products (
  id bigint NOT NULL,
  name varchar(40) NOT NULL,
  price numeric(10,2) DEFAULT 0,
  tags text[] DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  code text DEFAULT upper('abc'),
  attrs jsonb
);
INSERT INTO products (id, name) VALUES (1, 'widget');
SELECT id, name, price, tags, active, code, attrs FROM products;
INSERT INTO products (id) VALUES (2);
INSERT INTO products (id, name, price) VALUES (3, 'x', 123456789012);
INSERT INTO products (id, name, active) VALUES (4, 'y', NULL);
