CREATE TABLE profiles (id int PRIMARY KEY, bio text);
