-- Commands waiting for their sender to prove who they are. Portable SQL: H2 2.x and PostgreSQL 12+.
--
-- A sender the channel does not vouch for (an email nothing authenticates) may only do what is
-- harmless if forged. Anything else waits here until the one-use token, sent to that address only,
-- comes back from it. Keyed by the sender's identity, not a person: a merge moves nothing here.
create table pending_confirmation (
    token       varchar(40)    primary key,
    channel     varchar(40)    not null,
    sender      varchar(320)   not null,
    command     varchar(10000) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index pending_confirmation_expiry on pending_confirmation (expires_at);
