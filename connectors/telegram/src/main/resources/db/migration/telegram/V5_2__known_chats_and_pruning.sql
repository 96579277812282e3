-- Telegram connector, second step. Portable SQL: H2 2.x and PostgreSQL 12+.

-- a group upgraded to a supergroup (migrate_to_chat_id): a configured group stays known under
-- its new chat id, even after a restart with the old id still in tresse.yml
create table telegram_chat_migration (
    from_chat_id bigint primary key,
    to_chat_id   bigint not null,
    migrated_at  timestamp with time zone not null
);

-- bookkeeping rows are pruned after a while: the sent parts need a date
alter table telegram_sent_part add column sent_at timestamp with time zone default current_timestamp not null;
create index telegram_sent_part_sent_at on telegram_sent_part (sent_at);
create index telegram_message_ref_received_at on telegram_message_ref (received_at);
