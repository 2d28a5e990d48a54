-- The ledger summed by month, kind, stage and phase (0: none), each month split by the TCO
-- year its days fall in (a TCO year may begin inside a month). The portfolio and earned
-- value read it for the cost to date, the phase budgets and the actual cost by month,
-- instead of summing the lines. Kept with cost_summary in the same transactions, for the
-- start date recorded in cost_summary_state.
create table cost_month_summary (
    project_id bigint not null references project (id) on delete cascade,
    month date not null check (month = date_trunc('month', month)::date),
    tco_year integer not null check (tco_year between 1 and 6),
    kind varchar(8) not null,
    stage varchar(16) not null,
    phase integer not null default 0,
    amount numeric(19, 2) not null,
    lines bigint not null,
    primary key (project_id, month, tco_year, kind, stage, phase)
);

-- the ledgers already stored, by the start their summary is for (whole years since the
-- start, as the TCO years count them)
insert into cost_month_summary (project_id, month, tco_year, kind, stage, phase, amount, lines)
select c.project_id, date_trunc('month', c.incurred_on)::date,
       case when c.incurred_on < s.start_date then 1
            else least(6, 1 + extract(year from age(c.incurred_on, s.start_date))::integer) end,
       c.kind, c.stage, coalesce(c.phase, 0), sum(c.amount), count(*)
from cost_line c
join cost_summary_state s on s.project_id = c.project_id
group by 1, 2, 3, 4, 5, 6;

-- The same by day, kind and stage: the days of the current month, so that the cost to a
-- day needs no line either.
create table cost_day_summary (
    project_id bigint not null references project (id) on delete cascade,
    day date not null,
    tco_year integer not null check (tco_year between 1 and 6),
    kind varchar(8) not null,
    stage varchar(16) not null,
    amount numeric(19, 2) not null,
    lines bigint not null,
    primary key (project_id, day, kind, stage)
);

insert into cost_day_summary (project_id, day, tco_year, kind, stage, amount, lines)
select c.project_id, c.incurred_on,
       case when c.incurred_on < s.start_date then 1
            else least(6, 1 + extract(year from age(c.incurred_on, s.start_date))::integer) end,
       c.kind, c.stage, sum(c.amount), count(*)
from cost_line c
join cost_summary_state s on s.project_id = c.project_id
group by 1, 2, 3, 4, 5;
