-- Foreign keys: 23503 on insert of an orphan and on delete of a referenced row; ON DELETE CASCADE / SET NULL.
-- modes: autocommit single-transaction
CREATE TABLE authors (id int PRIMARY KEY);
CREATE TABLE books (id int PRIMARY KEY, author_id int REFERENCES authors ON DELETE CASCADE);
CREATE TABLE reviews (id int, book_id int REFERENCES books (id) ON DELETE SET NULL);
CREATE TABLE quotes (book_id int REFERENCES books);
INSERT INTO authors VALUES (1), (2);
INSERT INTO books VALUES (10, 1), (20, 2);
INSERT INTO books VALUES (30, 3);
INSERT INTO reviews VALUES (100, 10);
INSERT INTO quotes VALUES (20);
DELETE FROM authors WHERE id = 1;
SELECT id, book_id FROM reviews;
DELETE FROM authors WHERE id = 2;
SELECT count(*) AS books_left FROM books;
