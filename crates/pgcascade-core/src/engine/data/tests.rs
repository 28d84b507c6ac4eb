//! Session-driven tests of data tracking (outcomes as recorded on PostgreSQL).
