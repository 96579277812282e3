-- Several Tresse instances on one PostgreSQL (issue 18). Portable SQL: H2 2.x and PostgreSQL 12+.

-- What only one instance may do at a time (poll a bot account, send on a channel): the instance
-- that holds it and until when. The holder renews it; once expired another instance takes it, and
-- the term grows at each change of hands. An embedded database has one instance: no row is written.
create table lease (
    name        varchar(200) primary key,
    owner       varchar(200) not null,
    term        bigint       not null,
    acquired_at timestamp with time zone not null,
    renewed_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);

-- An outbox row being sent: by which instance, until when. A claim that expires (its instance died
-- mid-send) may be taken by another; rows are claimed with select ... for update skip locked.
alter table outbox add column claimed_by varchar(200);
alter table outbox add column claimed_until timestamp with time zone;
