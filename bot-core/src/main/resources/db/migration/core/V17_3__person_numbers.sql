-- Person numbers are drawn inside the transaction creating the person, no longer from the id's
-- sequence: H2 committed its whole store in a session of its own for each number (cache 1, V13_2),
-- a batch's uncommitted rows with it. One row, locked by whoever creates a person until its commit,
-- so a rollback or a crash leaves no gap and two instances never get the same number.
create table person_number (
    id          integer primary key,
    last_number bigint not null
);
insert into person_number (id, last_number) select 1, coalesce(max(id), 0) from person;
-- every person is now given its number: an insert without one fails instead of taking one elsewhere
alter table person alter column id drop identity;
