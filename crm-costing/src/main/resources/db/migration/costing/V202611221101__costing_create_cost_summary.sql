-- The ledger summed by everything the TCO distinguishes, kept in the same transaction as
-- the lines, so that the TCO and the unfiltered ledger totals never scan the lines.
-- Valid for the project start date recorded in cost_summary_state; rebuilt from the lines
-- when the start date has changed (the TCO years move with it).
create table cost_summary_state (
    project_id bigint primary key references project (id) on delete cascade,
    start_date date not null
);

create table cost_summary (
    project_id bigint not null references project (id) on delete cascade,
    kind varchar(8) not null,
    category varchar(20) not null,
    stage varchar(16) not null,
    tco_year integer not null check (tco_year between 1 and 6),
    driver varchar(20) not null default '',
    purpose varchar(16) not null default '',
    amount numeric(19, 2) not null,
    lines bigint not null,
    primary key (project_id, kind, category, stage, tco_year, driver, purpose)
);
