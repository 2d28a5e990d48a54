-- A deleted deliverable waits here for a while, so that its deletion can be undone with the same id
-- (and so its audit history); older entries are cleared by later deletions.
create table deliverable_bin (
    id bigint primary key,
    project_id bigint not null references project (id) on delete cascade,
    phase_id bigint not null references project_phase (id) on delete cascade,
    name varchar(300) not null,
    name_zh varchar(300),
    owner varchar(200),
    due_date date not null,
    completed_on date,
    weight numeric(9, 2) not null,
    document_link varchar(1000),
    version bigint not null,
    deleted_at timestamptz not null,
    deleted_by varchar(64) not null
);

create index deliverable_bin_deleted on deliverable_bin (deleted_at);
