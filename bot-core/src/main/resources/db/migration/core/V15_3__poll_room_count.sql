-- Votes counted in a room (a meeting's show of hands), added to a poll's online votes (issue 17):
-- numbers per option, never ballots. One entry per poll, the latest counting.
create table poll_room_count (
    poll_id    bigint       primary key references poll (id),
    counts     varchar(400) not null,
    voters     integer      not null,
    source     varchar(80)  not null,
    entered_by bigint       not null references person (id),
    entered_at timestamp with time zone not null
);
