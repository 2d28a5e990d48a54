-- A deleted cost line waits here for a while, with the recurring rules that took it as their source,
-- so that its deletion can be undone with the same id; older entries are cleared by later deletions.
create table cost_line_bin (
    id bigint primary key,
    project_id bigint not null references project (id) on delete cascade,
    category varchar(20) not null,
    stage varchar(16) not null,
    kind varchar(8) not null,
    incurred_on date not null,
    amount numeric(19, 2) not null,
    vendor varchar(200) not null,
    description varchar(500),
    phase integer,
    driver varchar(20),
    purpose varchar(16),
    version bigint not null,
    created_at timestamptz not null,
    created_by varchar(64) not null,
    deleted_at timestamptz not null,
    deleted_by varchar(64) not null
);

create index cost_line_bin_deleted on cost_line_bin (deleted_at);

create table recurring_rule_bin (
    id bigint primary key,
    project_id bigint not null,
    source_line_id bigint not null references cost_line_bin (id) on delete cascade,
    percent numeric(7, 4) not null,
    from_year integer not null,
    to_year integer not null,
    category varchar(20) not null,
    stage varchar(16) not null,
    description varchar(500) not null,
    version bigint not null,
    created_at timestamptz not null,
    created_by varchar(64) not null
);
