-- The first answer to a POST sent with an Idempotency-Key, kept 24 hours per user and key: the same key with the
-- same request answers it again and stores nothing new; with another request it is refused. status 0 marks a
-- request still being answered, so that a second one with the same key cannot run beside it.
create table api_idempotency (
    username varchar(64) not null,
    idempotency_key varchar(200) not null,
    request_hash char(64) not null,
    status integer not null check (status = 0 or status between 200 and 299),
    content_type varchar(200),
    location varchar(2000),
    body bytea,
    created_at timestamptz not null,
    primary key (username, idempotency_key)
);

create index api_idempotency_created_at on api_idempotency (created_at);
