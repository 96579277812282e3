-- The address a visitor of the web pages left for an answer to their voice: kept until the
-- answer is forwarded, and never longer than six months.
create table web_contact (
    room       varchar(64)  primary key,
    address    varchar(320) not null,
    created_at timestamp with time zone not null
);
