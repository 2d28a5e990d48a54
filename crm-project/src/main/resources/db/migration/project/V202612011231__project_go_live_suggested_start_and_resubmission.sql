-- Each template marks its go-live phase (at most one); a project copies the mark with its
-- phases, so editing a template never changes an existing project.
alter table template_phase add column go_live boolean not null default false;
create unique index template_phase_one_go_live on template_phase (template_code) where go_live;
update template_phase set go_live = true
where (template_code, number) in (('NINE_PHASE', 8), ('THREE_PHASE', 2), ('FIVE_PHASE', 4), ('SIX_PHASE', 5));

alter table project_phase add column go_live boolean not null default false;
create unique index project_phase_one_go_live on project_phase (project_id) where go_live;
update project_phase pp set go_live = true
from project p, template_phase tp
where p.id = pp.project_id and tp.template_code = p.template and tp.number = pp.number and tp.go_live;

-- A phase's actual start is what the director records; a first completion only suggests
-- it, and reopening that completion takes the suggestion back.
alter table project_phase add column actual_start_suggested boolean not null default false;
alter table project_phase add check (actual_start is not null or not actual_start_suggested);

alter table project_phase_aud add column go_live boolean;
alter table project_phase_aud add column actual_start_suggested boolean;

-- The gate record keeps resubmissions beside the decisions, in order; a resubmission's
-- note is optional.
alter table gate_decision drop constraint gate_decision_decision_check;
alter table gate_decision drop constraint gate_decision_check;
alter table gate_decision add constraint gate_decision_decision_check
    check (decision in ('APPROVE', 'REJECT', 'RESUBMIT'));
alter table gate_decision add constraint gate_decision_reason_check
    check (decision <> 'REJECT' or (reason is not null and length(trim(reason)) > 0));
