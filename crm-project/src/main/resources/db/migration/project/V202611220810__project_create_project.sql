create table project (
    id bigserial primary key,
    name varchar(200) not null check (length(trim(name)) > 0),
    organisation varchar(200) not null check (length(trim(organisation)) > 0),
    currency varchar(3) not null check (currency ~ '^[A-Z]{3}$'),
    start_date date not null,
    planned_go_live date not null,
    status varchar(16) not null default 'PLANNED'
        check (status in ('PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
    template varchar(32) not null default 'NINE_PHASE',
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    created_by varchar(64) not null,
    check (planned_go_live >= start_date)
);

create table project_member (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    username varchar(64) not null references user_account (username),
    membership varchar(16) not null check (membership in ('DIRECTOR', 'STEERING', 'TEAM')),
    project_role varchar(200),
    functional_group varchar(16) check (functional_group in ('MARKETING', 'SALES', 'SERVICE', 'IT')),
    allocation numeric(5, 2) not null check (allocation >= 0 and allocation <= 100),
    chair boolean not null default false,
    version bigint not null default 0,
    unique (project_id, username, membership)
);

create index project_member_username on project_member (username);
