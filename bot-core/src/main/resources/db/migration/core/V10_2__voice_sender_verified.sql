-- Whether the channel vouched for the sender of a named voice (false: an email nothing
-- authenticates, so its author may be forged). Coordinators see it marked.
alter table voice add column sender_verified boolean default true not null;
