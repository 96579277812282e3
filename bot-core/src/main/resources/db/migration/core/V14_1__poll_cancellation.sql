-- A poll cancelled (a test, a mistake): its votes are discarded and nothing goes to the register.
-- Portable SQL: H2 2.x and PostgreSQL 12+.
alter table poll add column cancelled_by bigint;
alter table poll add column cancel_reason varchar(2000);
