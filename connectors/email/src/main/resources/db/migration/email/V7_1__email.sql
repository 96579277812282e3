-- Tresse email channel. Portable SQL: H2 2.x and PostgreSQL 12+.

-- Delivery failures reported by RFC 3464 notifications, per address. After repeated hard
-- bounces the address is suspended: newsletters and announcements are no longer sent to it.
-- Coordinators may query it:  select address, hard_bounces from email_bounce where suspended
create table email_bounce (
    address        varchar(320) primary key,
    hard_bounces   integer      not null,
    soft_bounces   integer      not null,
    suspended      boolean      not null,
    last_status    varchar(20),
    last_bounce_at timestamp with time zone not null,
    suspended_at   timestamp with time zone
);
create index email_bounce_suspended on email_bounce (suspended);

-- Each bounce notification counted once, even if it is read again after a crash.
create table email_bounce_log (
    event_id    varchar(400) primary key,
    received_at timestamp with time zone not null
);

-- Personal reply tokens carried by plus-addressing (bot+v.TOKEN@..., bot+u.TOKEN@...).
-- kind VOTE: a ballot for poll_key; kind UNSUBSCRIBE: the newsletter's unsubscribe address.
create table email_token (
    token      varchar(40)  primary key,
    kind       varchar(12)  not null,
    poll_key   varchar(32),
    poll_kind  varchar(20),
    address    varchar(320) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index email_token_owner on email_token (address, kind, poll_key);

-- Mails received, so that answers are threaded: subject and References of each Message-ID.
create table email_thread (
    message_id  varchar(400)  primary key,
    subject     varchar(1000) not null,
    refs        varchar(4000) not null,
    received_at timestamp with time zone not null
);
create index email_thread_received on email_thread (received_at);
