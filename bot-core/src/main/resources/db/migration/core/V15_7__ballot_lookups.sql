-- A vote finds its ballot by (poll_id, voter_key) and its channel row by (poll_id, person_id)
-- (issue 14). H2 created the foreign key's own index on poll_id before the unique ones, and picks
-- it when the tables are empty; the plan it then caches scans every ballot of the poll at each
-- vote, so a storm of N votes cost N² row reads. Rebuilt with the unique key declared first, H2
-- picks the unique index from the first vote on. PostgreSQL indexes no foreign key and plans
-- again as tables grow: the same tables, rows kept. Portable SQL: H2 2.x and PostgreSQL 12+.

create table ballot_v15 (
    row_id    bigint        primary key,
    poll_id   bigint        not null,
    voter_key varchar(64)   not null,
    person_id bigint,
    answer    varchar(4000) not null,
    cast_at   timestamp with time zone,
    constraint ballot_voter_once unique (poll_id, voter_key),
    constraint ballot_of_poll foreign key (poll_id) references poll (id)
);
insert into ballot_v15 (row_id, poll_id, voter_key, person_id, answer, cast_at)
    select row_id, poll_id, voter_key, person_id, answer, cast_at from ballot;
drop table ballot;
alter table ballot_v15 rename to ballot;
create index ballot_person on ballot (person_id);

create table ballot_channel_v15 (
    poll_id   bigint      not null,
    person_id bigint      not null,
    channel   varchar(40) not null,
    constraint ballot_channel_once primary key (poll_id, person_id),
    constraint ballot_channel_of_poll foreign key (poll_id) references poll (id),
    constraint ballot_channel_of_person foreign key (person_id) references person (id)
);
insert into ballot_channel_v15 (poll_id, person_id, channel) select poll_id, person_id, channel from ballot_channel;
drop table ballot_channel;
alter table ballot_channel_v15 rename to ballot_channel;
