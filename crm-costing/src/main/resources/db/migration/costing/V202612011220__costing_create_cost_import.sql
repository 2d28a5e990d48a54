-- Every import of a file is recorded, and its lines point at it, so that an identical
-- file is noticed (same SHA-256 of its bytes) and an import can be undone exactly.
create table cost_import (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    file_name varchar(255) not null,
    sha256 char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    lines integer not null check (lines >= 0),
    skipped_generated integer not null default 0 check (skipped_generated >= 0),
    imported_by varchar(64) not null,
    imported_at timestamptz not null
);

create index cost_import_project_hash on cost_import (project_id, sha256);

alter table cost_line add column import_id bigint references cost_import (id);

create index cost_line_import on cost_line (import_id) where import_id is not null;

-- A file uploaded for a preview, kept until it is committed or discarded, at most until
-- it expires; the token is a random secret of the uploader.
create table cost_import_upload (
    token varchar(64) primary key,
    project_id bigint not null references project (id) on delete cascade,
    uploaded_by varchar(64) not null,
    file_name varchar(255) not null,
    xlsx boolean not null,
    charset varchar(16) not null,
    content bytea not null,
    expires_at timestamptz not null
);

create index cost_import_upload_expiry on cost_import_upload (expires_at);
