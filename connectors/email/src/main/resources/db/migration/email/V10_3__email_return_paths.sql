-- Tresse email channel, per-message return paths and reply tokens for buttons.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

-- A button under a message becomes a personal reply address (bot+a.TOKEN@...): replying to it
-- presses the button; button_data is what the button carries.
alter table email_token add column button_data varchar(100);

-- Each mail sent: its Message-ID (random, not guessable, the same on every retry of the outbox
-- row) and its return path (bot+b.TOKEN@..., the SMTP envelope sender, seen by no one but the
-- recipient's servers). A delivery failure notice counts only when it comes back to a return
-- path, and only for the address that return path was made for.
create table email_sent (
    outbox_id    bigint       primary key,
    message_id   varchar(400) not null unique,
    return_token varchar(40)  not null unique,
    address      varchar(320) not null,
    created_at   timestamp with time zone not null
);
create index email_sent_created on email_sent (created_at);
