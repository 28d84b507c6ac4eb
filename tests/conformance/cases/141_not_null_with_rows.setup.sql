CREATE TABLE profiles (id int PRIMARY KEY, bio text);
INSERT INTO profiles VALUES (1, 'hello'), (2, NULL);
