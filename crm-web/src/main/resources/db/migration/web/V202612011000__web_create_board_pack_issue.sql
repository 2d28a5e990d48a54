-- Downloading a board pack records nothing; issuing one to the steering committee is an explicit decision, and
-- "decisions since the last pack" count from the last issued one. The rows of board_pack recorded downloads,
-- which marked nothing a committee had received, so they are not carried over.
drop table board_pack;

create table board_pack_issue (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    number integer not null check (number >= 1),
    issued_at timestamptz not null,
    issued_by varchar(64) not null,
    constraint board_pack_issue_number unique (project_id, number)
);
