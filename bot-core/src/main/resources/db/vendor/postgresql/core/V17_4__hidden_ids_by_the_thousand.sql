-- PostgreSQL's side of V17_4: its sequences cost no store-wide commit, and a cache there is each
-- connection's own, so ids would no longer follow the order rows are written in (the outbox
-- delivers in id order): they stay reserved one at a time.
alter table outbox alter column id set cache 1;
alter table scheduled_job alter column id set cache 1;
alter table outbox_file alter column id set cache 1;
alter table link_attempt alter column id set cache 1;
