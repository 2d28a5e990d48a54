-- Summaries shaped for what is read from them, so that the portfolio reads a few dozen rows a
-- project however long its ledger is, and the TCO page's variance to date reads no line:
--   cost_year_summary   by TCO year, kind and stage: the five-year totals, and the cost of the
--                       TCO years before a day's year;
--   cost_month_summary  by month, TCO year, kind, stage and category (no longer by phase): the
--                       months of a day's TCO year before its month, and the actual cost by month;
--   cost_day_summary    by day, TCO year, kind, stage and category: the days of a day's month;
--   cost_phase_summary  the lines with a phase by phase, kind and stage: the phase budgets.
-- All of them are kept with cost_summary in the same transactions, for the start date recorded
-- in cost_summary_state.
create table cost_year_summary (
    project_id bigint not null references project (id) on delete cascade,
    tco_year integer not null check (tco_year between 1 and 6),
    kind varchar(8) not null,
    stage varchar(16) not null,
    amount numeric(19, 2) not null,
    lines bigint not null,
    primary key (project_id, tco_year, kind, stage)
);

insert into cost_year_summary (project_id, tco_year, kind, stage, amount, lines)
select project_id, tco_year, kind, stage, sum(amount), sum(lines)
from cost_summary
group by 1, 2, 3, 4;

create table cost_phase_summary (
    project_id bigint not null references project (id) on delete cascade,
    phase integer not null,
    kind varchar(8) not null,
    stage varchar(16) not null,
    amount numeric(19, 2) not null,
    lines bigint not null,
    primary key (project_id, phase, kind, stage)
);

insert into cost_phase_summary (project_id, phase, kind, stage, amount, lines)
select project_id, phase, kind, stage, sum(amount), sum(lines)
from cost_month_summary
where phase <> 0
group by 1, 2, 3, 4;

drop table cost_month_summary;
drop table cost_day_summary;

create table cost_month_summary (
    project_id bigint not null references project (id) on delete cascade,
    month date not null check (month = date_trunc('month', month)::date),
    tco_year integer not null check (tco_year between 1 and 6),
    kind varchar(8) not null,
    stage varchar(16) not null,
    category varchar(20) not null,
    amount numeric(19, 2) not null,
    lines bigint not null,
    primary key (project_id, month, tco_year, kind, stage, category)
);

create table cost_day_summary (
    project_id bigint not null references project (id) on delete cascade,
    day date not null,
    tco_year integer not null check (tco_year between 1 and 6),
    kind varchar(8) not null,
    stage varchar(16) not null,
    category varchar(20) not null,
    amount numeric(19, 2) not null,
    lines bigint not null,
    primary key (project_id, day, tco_year, kind, stage, category)
);

-- the ledgers already stored, by the start their summary is for (whole years since the start,
-- as the TCO years count them)
insert into cost_month_summary (project_id, month, tco_year, kind, stage, category, amount, lines)
select c.project_id, date_trunc('month', c.incurred_on)::date,
       case when c.incurred_on < s.start_date then 1
            else least(6, 1 + extract(year from age(c.incurred_on, s.start_date))::integer) end,
       c.kind, c.stage, c.category, sum(c.amount), count(*)
from cost_line c
join cost_summary_state s on s.project_id = c.project_id
group by 1, 2, 3, 4, 5, 6;

insert into cost_day_summary (project_id, day, tco_year, kind, stage, category, amount, lines)
select c.project_id, c.incurred_on,
       case when c.incurred_on < s.start_date then 1
            else least(6, 1 + extract(year from age(c.incurred_on, s.start_date))::integer) end,
       c.kind, c.stage, c.category, sum(c.amount), count(*)
from cost_line c
join cost_summary_state s on s.project_id = c.project_id
group by 1, 2, 3, 4, 5, 6;
