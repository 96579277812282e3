-- The numbers people see and type (person n°, poll n°, decision n°, voice n°, announcement n°)
-- are taken one at a time: H2 reserved them by 32, and a crash made the next poll n°40 after n°10.
-- (PostgreSQL reserves one at a time already; after a crash it may still skip a few.)
alter table person alter column id set cache 1;
alter table poll alter column id set cache 1;
alter table decision alter column id set cache 1;
alter table voice alter column id set cache 1;
alter table announcement alter column id set cache 1;
