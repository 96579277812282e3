-- Matrix connector. Portable SQL: H2 2.x and PostgreSQL 12+.

-- The bot's login: the access token a password login gave (null once the homeserver refused it)
-- and the device it belongs to, reused at the next login so transaction ids keep their scope.
create table matrix_session (
    user_id      varchar(255)  primary key,
    device_id    varchar(255),
    access_token varchar(2048),
    updated_at   timestamp with time zone not null
);

-- The private room the bot opened (or found) for each person.
create table matrix_direct_room (
    user_id    varchar(255) primary key,
    room_id    varchar(255) not null,
    created_at timestamp with time zone not null
);
create index matrix_direct_room_room on matrix_direct_room (room_id);

-- Each poll start event the bot sent, so responses find their poll and the close its start.
create table matrix_poll (
    start_event_id varchar(255) primary key,
    room_id        varchar(255) not null,
    poll_key       varchar(32)  not null,
    answer_count   integer      not null,
    max_selections integer      not null,
    created_at     timestamp with time zone not null
);
create index matrix_poll_key on matrix_poll (poll_key, room_id);

-- Notices the bot sent once to a room (e.g. "this room is encrypted").
create table matrix_room_notice (
    room_id varchar(255) not null,
    notice  varchar(40)  not null,
    sent_at timestamp with time zone not null,
    primary key (room_id, notice)
);
