-- Methodology templates: a project copies its phases and typical deliverables from one at creation,
-- so editing a template never changes an existing project.
create table methodology_template (
    code varchar(32) primary key check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_en varchar(200) not null check (length(trim(name_en)) > 0),
    name_zh varchar(200) not null check (length(trim(name_zh)) > 0),
    builtin boolean not null default false,
    version bigint not null default 0
);

create table template_phase (
    id bigserial primary key,
    template_code varchar(32) not null references methodology_template (code) on delete cascade,
    number integer not null check (number between 1 and 20),
    name_en varchar(200) not null check (length(trim(name_en)) > 0),
    name_zh varchar(200) not null check (length(trim(name_zh)) > 0),
    duration_weight integer not null default 1 check (duration_weight between 1 and 100),
    unique (template_code, number)
);

create table template_deliverable (
    id bigserial primary key,
    template_phase_id bigint not null references template_phase (id) on delete cascade,
    position integer not null check (position >= 0),
    name_en varchar(300) not null check (length(trim(name_en)) > 0),
    name_zh varchar(300) not null check (length(trim(name_zh)) > 0)
);

create index template_deliverable_phase on template_deliverable (template_phase_id);

-- The phases of a project.
create table project_phase (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    number integer not null check (number between 1 and 20),
    name_en varchar(200) not null,
    name_zh varchar(200) not null,
    planned_start date not null,
    planned_end date not null,
    actual_start date,
    actual_end date,
    status varchar(16) not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'AWAITING_GATE', 'DONE')),
    version bigint not null default 0,
    unique (project_id, number),
    check (planned_end >= planned_start),
    check (actual_end is null or actual_start is null or actual_end >= actual_start)
);

-- Deliverables (milestones) of a phase. name_zh is set for deliverables copied from a template;
-- a deliverable a person adds or renames has only its free-text name.
create table deliverable (
    id bigserial primary key,
    phase_id bigint not null references project_phase (id) on delete cascade,
    name varchar(300) not null check (length(trim(name)) > 0),
    name_zh varchar(300),
    owner varchar(200),
    due_date date not null,
    completed_on date,
    weight numeric(9, 2) not null default 1 check (weight > 0),
    document_link varchar(1000),
    version bigint not null default 0
);

create index deliverable_phase on deliverable (phase_id);

-- Every gate decision is kept, not only the last one.
create table gate_decision (
    id bigserial primary key,
    phase_id bigint not null references project_phase (id) on delete cascade,
    decision varchar(8) not null check (decision in ('APPROVE', 'REJECT')),
    reason varchar(2000),
    decided_by varchar(64) not null references user_account (username),
    decided_at timestamptz not null,
    check (decision = 'APPROVE' or (reason is not null and length(trim(reason)) > 0))
);

create index gate_decision_phase on gate_decision (phase_id);

-- Baselines: named, frozen copies of every planned date of a project.
create table baseline (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    name varchar(200) not null check (length(trim(name)) > 0),
    created_by varchar(64) not null references user_account (username),
    created_at timestamptz not null,
    unique (project_id, name)
);

create table baseline_phase (
    baseline_id bigint not null references baseline (id) on delete cascade,
    phase_number integer not null,
    planned_start date not null,
    planned_end date not null,
    primary key (baseline_id, phase_number)
);

-- no foreign key to deliverable: a baseline outlives a deliverable deleted later
create table baseline_deliverable (
    baseline_id bigint not null references baseline (id) on delete cascade,
    deliverable_id bigint not null,
    phase_number integer not null,
    name varchar(300) not null,
    name_zh varchar(300),
    due_date date not null,
    primary key (baseline_id, deliverable_id)
);

-- Hibernate Envers: one revision per transaction, with who made it.
create sequence audit_revision_seq start with 1 increment by 1;

create table audit_revision (
    id bigint primary key,
    revision_epoch_millis bigint not null,
    username varchar(64) not null
);

create table project_phase_aud (
    id bigint not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    project_id bigint,
    number integer,
    name_en varchar(200),
    name_zh varchar(200),
    planned_start date,
    planned_end date,
    actual_start date,
    actual_end date,
    status varchar(16),
    primary key (id, rev)
);

create table deliverable_aud (
    id bigint not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    phase_id bigint,
    name varchar(300),
    name_zh varchar(300),
    owner varchar(200),
    due_date date,
    completed_on date,
    weight numeric(9, 2),
    document_link varchar(1000),
    primary key (id, rev)
);

create table gate_decision_aud (
    id bigint not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    phase_id bigint,
    decision varchar(8),
    reason varchar(2000),
    decided_by varchar(64),
    decided_at timestamptz,
    primary key (id, rev)
);
