-- Ids nobody sees (outbox rows, scheduled jobs, stored files, /lier attempts) are reserved by the
-- thousand: H2 writes its sequence down, committing its whole store in a session of its own (a
-- Telegram batch's uncommitted rows with it), each time its reserve runs out: every 32 outbox rows
-- by default, 7 % of the poller's samples in a 1,000-vote storm. After a crash such an id jumps
-- ahead, never back, so the outbox keeps its order. (The numbers people see stay gap-free: V13_2,
-- V17_3.) PostgreSQL's twin keeps one at a time.
alter table outbox alter column id set cache 1000;
alter table scheduled_job alter column id set cache 1000;
alter table outbox_file alter column id set cache 1000;
alter table link_attempt alter column id set cache 1000;
