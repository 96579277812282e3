-- Personal links to the web ballot (/lien, email ballots): one use, 15 minutes. Only a hash of
-- the token is kept, so the table itself opens nothing.
create table personal_link (
    token_hash varchar(64) primary key,
    person_id  bigint      not null references person (id),
    poll_id    bigint,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    used_by    varchar(64)
);
create index personal_link_person on personal_link (person_id);
