-- A deliverable's owner is a member of its project, referred to by user name. An owner typed as
-- free text before is kept as it was typed (owner_text) unless it names exactly one member of the
-- project: by user name (letter case aside), or else by display name when only one member has it.
-- The audit trail and the bin of deleted deliverables are migrated the same way, so that the history
-- does not show an owner change where only the way of storing it changed.
alter table deliverable rename column owner to owner_text;
alter table deliverable add column owner_username varchar(64) references user_account (username);
alter table deliverable add check (owner_username is null or owner_text is null);

alter table deliverable_aud rename column owner to owner_text;
alter table deliverable_aud add column owner_username varchar(64);

alter table deliverable_bin rename column owner to owner_text;
alter table deliverable_bin add column owner_username varchar(64) references user_account (username);

-- the member each free-text owner names, where it names exactly one
create temporary table owner_match on commit drop as
with typed as (
    select distinct ph.project_id, d.owner_text as text
    from (select phase_id, owner_text from deliverable
          union select phase_id, owner_text from deliverable_aud
          union select phase_id, owner_text from deliverable_bin) d
    join project_phase ph on ph.id = d.phase_id
    where d.owner_text is not null and length(trim(d.owner_text)) > 0
),
people as (
    select distinct m.project_id, u.username, u.display_name
    from project_member m
    join user_account u on u.username = m.username
),
by_username as (
    select t.project_id, t.text, p.username
    from typed t
    join people p on p.project_id = t.project_id and p.username = lower(trim(t.text))
),
by_display_name as (
    select t.project_id, t.text, min(p.username) as username
    from typed t
    join people p on p.project_id = t.project_id and lower(trim(p.display_name)) = lower(trim(t.text))
    group by t.project_id, t.text
    having count(*) = 1
)
select * from by_username
union all
select n.* from by_display_name n
where not exists (select 1 from by_username u where u.project_id = n.project_id and u.text = n.text);

update deliverable d set owner_username = m.username, owner_text = null
from project_phase ph, owner_match m
where ph.id = d.phase_id and m.project_id = ph.project_id and m.text = d.owner_text;

update deliverable_aud d set owner_username = m.username, owner_text = null
from project_phase ph, owner_match m
where ph.id = d.phase_id and m.project_id = ph.project_id and m.text = d.owner_text;

update deliverable_bin d set owner_username = m.username, owner_text = null
from project_phase ph, owner_match m
where ph.id = d.phase_id and m.project_id = ph.project_id and m.text = d.owner_text;

-- "my open deliverables" on the home page
create index deliverable_open_by_owner on deliverable (owner_username, due_date) where completed_on is null;
