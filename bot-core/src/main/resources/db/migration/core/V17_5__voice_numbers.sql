-- Voice numbers are drawn inside the transaction recording the voice, as person numbers are
-- (V17_3): no longer from the id's sequence, which H2 (cache 1, V13_2) wrote down by committing
-- its whole store in a session of its own at each voice, a Telegram batch's uncommitted rows with
-- it. One row, locked by whoever records a voice until its commit: a rollback or a crash leaves no
-- gap, two instances on one PostgreSQL never get the same number.
create table voice_number (
    id          integer primary key,
    last_number bigint not null
);
insert into voice_number (id, last_number) select 1, coalesce(max(id), 0) from voice;
-- every voice is now given its number: an insert without one fails instead of taking one elsewhere
alter table voice alter column id drop identity;
