-- The cost ledger, its recurring rules, benefits and the costing settings of a project.
create table cost_line (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    category varchar(20) not null check (category in ('HARDWARE', 'SOFTWARE', 'FACILITIES', 'COMMUNICATIONS',
        'LABOUR', 'CONSUMABLES', 'UTILITIES', 'ADMINISTRATION', 'TRAINING', 'OTHER')),
    stage varchar(16) not null check (stage in ('DEVELOPMENT', 'OPERATION')),
    kind varchar(8) not null check (kind in ('PLANNED', 'ACTUAL')),
    incurred_on date not null check (incurred_on between date '1990-01-01' and date '2100-12-31'),
    amount numeric(19, 2) not null,
    vendor varchar(200) not null check (length(trim(vendor)) > 0),
    description varchar(500),
    phase integer check (phase between 1 and 99),
    driver varchar(20) check (driver in ('TRAINING', 'DATA_MAINTENANCE', 'INTEGRATION', 'PROJECT_MANAGEMENT')),
    purpose varchar(16) check (purpose in ('KEEP_RUNNING', 'ADVANCE')),
    rule_id bigint,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    created_by varchar(64) not null,
    -- a plan is never negative; a credit (a negative actual) says why
    check (kind = 'ACTUAL' or amount >= 0),
    check (amount >= 0 or (description is not null and length(trim(description)) > 0))
);

create index cost_line_project_kind_date on cost_line (project_id, kind, incurred_on);
create index cost_line_project_date on cost_line (project_id, incurred_on, id);

-- e.g. software maintenance at 20% of a licence line, every year from year 2 to 5
create table recurring_rule (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    source_line_id bigint not null references cost_line (id) on delete cascade,
    percent numeric(7, 4) not null check (percent > 0 and percent <= 100),
    from_year integer not null check (from_year between 1 and 5),
    to_year integer not null check (to_year between 1 and 5),
    category varchar(20) not null check (category in ('HARDWARE', 'SOFTWARE', 'FACILITIES', 'COMMUNICATIONS',
        'LABOUR', 'CONSUMABLES', 'UTILITIES', 'ADMINISTRATION', 'TRAINING', 'OTHER')),
    stage varchar(16) not null check (stage in ('DEVELOPMENT', 'OPERATION')),
    description varchar(500) not null check (length(trim(description)) > 0),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    created_by varchar(64) not null,
    check (to_year >= from_year)
);

create index recurring_rule_source on recurring_rule (source_line_id);

-- a generated line goes with its rule
alter table cost_line add constraint cost_line_rule_fk foreign key (rule_id) references recurring_rule (id)
    on delete cascade;
-- a rule generates one line a year: never twice
create unique index cost_line_rule_date on cost_line (rule_id, incurred_on) where rule_id is not null;

create table benefit_line (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    year integer not null check (year between 1 and 5),
    kind varchar(8) not null check (kind in ('PLANNED', 'ACTUAL')),
    type varchar(16) not null check (type in ('REVENUE_UPLIFT', 'COST_SAVING', 'OTHER')),
    amount numeric(19, 2) not null check (amount >= 0),
    description varchar(500) not null check (length(trim(description)) > 0),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    created_by varchar(64) not null
);

create index benefit_line_project on benefit_line (project_id, kind, year);

create table costing_settings (
    project_id bigint primary key references project (id) on delete cascade,
    discount_rate numeric(9, 6) not null check (discount_rate >= 0 and discount_rate <= 1),
    version bigint not null default 0,
    updated_at timestamptz not null default now(),
    updated_by varchar(64) not null
);
