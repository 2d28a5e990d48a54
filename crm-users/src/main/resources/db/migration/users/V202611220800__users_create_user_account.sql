create table user_account (
    id bigserial primary key,
    username varchar(64) not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name varchar(200) not null check (length(trim(display_name)) > 0),
    password_hash varchar(255) not null,
    enabled boolean not null default true,
    version bigint not null default 0,
    created_at timestamptz not null default now()
);

create table user_role (
    user_id bigint not null references user_account (id) on delete cascade,
    role varchar(16) not null check (role in ('ADMIN', 'DIRECTOR', 'FINANCE', 'STEERING')),
    primary key (user_id, role)
);
