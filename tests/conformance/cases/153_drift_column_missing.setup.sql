CREATE TABLE products (id int PRIMARY KEY, name text);
