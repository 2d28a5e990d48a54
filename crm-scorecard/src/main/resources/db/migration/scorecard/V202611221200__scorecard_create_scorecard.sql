-- The balanced scorecard of a project: perspective weights and thresholds, KPIs and their
-- measurements (corrections keep the superseded entry), expert rankings, qualitative indicators.

create table scorecard_settings (
    project_id bigint primary key references project (id) on delete cascade,
    weight_financial numeric(12, 10) not null check (weight_financial >= 0),
    weight_customer numeric(12, 10) not null check (weight_customer >= 0),
    weight_internal_process numeric(12, 10) not null check (weight_internal_process >= 0),
    weight_learning_growth numeric(12, 10) not null check (weight_learning_growth >= 0),
    green_threshold numeric(5, 4) not null default 0.8,
    amber_threshold numeric(5, 4) not null default 0.5,
    version bigint not null default 0,
    check (abs(weight_financial + weight_customer + weight_internal_process + weight_learning_growth - 1) <= 0.0001),
    check (amber_threshold >= 0 and amber_threshold <= green_threshold and green_threshold <= 1)
);

create table scorecard_kpi (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    library_code varchar(40),
    perspective varchar(20) not null
        check (perspective in ('FINANCIAL', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH')),
    name varchar(200) not null check (length(trim(name)) > 0),
    name_zh varchar(200),
    description varchar(1000),
    description_zh varchar(1000),
    unit varchar(40) not null check (length(trim(unit)) > 0),
    unit_zh varchar(40),
    direction varchar(20) not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    measure_type varchar(10) not null check (measure_type in ('DIRECT', 'RATIO', 'GROWTH')),
    scale numeric(19, 6) check (scale is null or scale > 0),
    baseline numeric(19, 4) not null,
    target numeric(19, 4) not null,
    weight numeric(19, 8) not null check (weight >= 0),
    period_type varchar(8) not null check (period_type in ('MONTH', 'QUARTER')),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    check (target <> baseline),
    check (measure_type <> 'RATIO' or scale is not null),
    unique (project_id, name)
);

create table scorecard_measurement (
    id bigserial primary key,
    kpi_id bigint not null references scorecard_kpi (id) on delete cascade,
    period varchar(7) not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
    value numeric(19, 4),
    numerator numeric(19, 4),
    denominator numeric(19, 4) check (denominator is null or denominator <> 0),
    amount numeric(19, 4),
    entered_by varchar(64) not null,
    entered_at timestamptz not null,
    superseded_at timestamptz,
    check (value is not null or (numerator is not null and denominator is not null) or amount is not null)
);

-- one current entry per KPI and period; corrections supersede, never overwrite
create unique index scorecard_measurement_current on scorecard_measurement (kpi_id, period)
    where superseded_at is null;

create table scorecard_ranking (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    subject varchar(20) not null
        check (subject in ('PERSPECTIVES', 'FINANCIAL', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH')),
    threshold numeric(5, 4) not null default 0.7 check (threshold > 0 and threshold <= 1),
    adopted_round integer,
    adopted_at timestamptz,
    created_by varchar(64) not null,
    created_at timestamptz not null,
    version bigint not null default 0
);

create table scorecard_ranking_item (
    ranking_id bigint not null references scorecard_ranking (id) on delete cascade,
    position integer not null check (position >= 0),
    name varchar(200) not null,
    primary key (ranking_id, position),
    unique (ranking_id, name)
);

create table scorecard_ranking_round (
    id bigserial primary key,
    ranking_id bigint not null references scorecard_ranking (id) on delete cascade,
    number integer not null check (number >= 1),
    opened_at timestamptz not null,
    closed_at timestamptz,
    unique (ranking_id, number)
);

create table scorecard_ballot (
    id bigserial primary key,
    round_id bigint not null references scorecard_ranking_round (id) on delete cascade,
    expert varchar(64) not null references user_account (username),
    submitted_at timestamptz not null,
    unique (round_id, expert)
);

create table scorecard_ballot_rank (
    ballot_id bigint not null references scorecard_ballot (id) on delete cascade,
    item varchar(200) not null,
    rank integer not null check (rank >= 1),
    primary key (ballot_id, item)
);

create table scorecard_indicator (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    perspective varchar(20) not null
        check (perspective in ('FINANCIAL', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH')),
    name varchar(200) not null check (length(trim(name)) > 0),
    description varchar(1000),
    weight numeric(19, 8) not null check (weight >= 0),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    unique (project_id, name)
);

create table scorecard_grade (
    id bigserial primary key,
    indicator_id bigint not null references scorecard_indicator (id) on delete cascade,
    rater varchar(64) not null references user_account (username),
    grade varchar(10) not null check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    graded_at timestamptz not null,
    unique (indicator_id, rater)
);

create index scorecard_kpi_project on scorecard_kpi (project_id);
create index scorecard_ranking_project on scorecard_ranking (project_id);
create index scorecard_indicator_project on scorecard_indicator (project_id);
