-- Each board pack handed out, so the next one can list the decisions taken since.
create table board_pack (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    generated_at timestamptz not null default now(),
    generated_by varchar(64) not null,
    language varchar(8) not null check (language in ('en', 'zh-CN'))
);

create index board_pack_project on board_pack (project_id, generated_at);
