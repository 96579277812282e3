-- The channel each counted person answered an open poll or consultation from (telegram, email, web...),
-- for participation by channel in reports. Never for a secret ballot or a secret consultation: their
-- rows would say who took part from where, which the shuffled ballots must not.
create table ballot_channel (
    poll_id   bigint      not null references poll (id),
    person_id bigint      not null references person (id),
    channel   varchar(40) not null,
    primary key (poll_id, person_id)
);
