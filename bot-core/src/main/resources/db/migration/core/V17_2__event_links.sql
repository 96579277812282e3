-- A personal link may open one event's page with its answer buttons (a mail's link, /lien): it
-- names the event; a link to the ballot names none. What the link is for is no secret: the answer
-- to an event is seen by its organisers anyway.
alter table personal_link add column event_id bigint;
