-- Personal API tokens: only the SHA-256 of the secret is kept, never the secret itself.
create table api_token (
    id bigserial primary key,
    user_id bigint not null references user_account (id) on delete cascade,
    name varchar(100) not null check (length(trim(name)) > 0),
    secret_sha256 varchar(64) not null check (secret_sha256 ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null,
    expires_on date not null,
    last_used_at timestamptz,
    constraint api_token_secret_uq unique (secret_sha256),
    constraint api_token_name_uq unique (user_id, name)
);
