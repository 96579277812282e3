-- Secret ballots that stay secret (issue 12). Portable SQL: H2 2.x and PostgreSQL 12+.

-- The fingerprint of the poll's own key (kept outside the database, destroyed when the poll
-- closes); null for a poll that is not secret, or whose ballots ballot.key itself sealed (before
-- this version).
alter table poll add column ballot_key varchar(64);

-- The live tally of an open secret poll as last shown: each distinct encoded ballot, a tab, how
-- many cast it, one per line. It moves only when enough persons changed it (and not too often), so
-- that no change can be pinned on one voter.
create table poll_live_tally (
    poll_id  bigint          primary key references poll (id),
    ballots  varchar(100000) not null,
    taken_at timestamp with time zone not null
);

-- Ballot rows get random ids: the order they are stored in (H2's _ROWID_) follows no vote.
create table ballot_v11 (
    row_id    bigint        primary key,
    poll_id   bigint        not null references poll (id),
    voter_key varchar(64)   not null,
    person_id bigint,
    answer    varchar(4000) not null,
    cast_at   timestamp with time zone,
    constraint ballot_voter unique (poll_id, voter_key)
);
insert into ballot_v11 (row_id, poll_id, voter_key, person_id, answer, cast_at)
    select cast(floor(random() * 9.0E18) as bigint), poll_id, voter_key, person_id, answer, cast_at from ballot;
drop table ballot;
alter table ballot_v11 rename to ballot;
create index ballot_person on ballot (person_id);
