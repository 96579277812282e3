-- Telegram connector tables. Portable SQL: H2 2.x and PostgreSQL 12+.

-- a native Telegram poll sent for a Tresse poll: answers come back with Telegram's poll id
create table telegram_poll (
    poll_id    varchar(100) primary key,
    poll_key   varchar(32)  not null,
    chat_id    bigint       not null,
    message_id bigint       not null,
    closed     boolean      not null,
    created_at timestamp with time zone not null
);
create index telegram_poll_key on telegram_poll (poll_key, chat_id);

-- private chats where the bot was blocked (403): their notifications are paused until the
-- person writes to the bot again
create table telegram_paused_chat (
    chat_id   bigint        primary key,
    reason    varchar(400)  not null,
    paused_at timestamp with time zone not null
);

-- the Telegram message behind an inbound event, so a reply can quote it
create table telegram_message_ref (
    event_id    varchar(40) primary key,
    chat_id     bigint      not null,
    message_id  bigint      not null,
    received_at timestamp with time zone not null
);

-- the parts of a long outbound message already sent, so a retry sends only the rest
create table telegram_sent_part (
    outbox_id  bigint  not null,
    part       integer not null,
    message_id bigint  not null,
    primary key (outbox_id, part)
);
