CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, age int CHECK (age >= 0));
CREATE TABLE orders (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users, amount int);
INSERT INTO users VALUES (1, 'a@x', 30), (2, 'b@x', 40);
INSERT INTO orders VALUES (10, 1, 5), (11, 2, 0);
