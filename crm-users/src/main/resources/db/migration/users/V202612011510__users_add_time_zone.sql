-- The zone a user reads times in (a zone id such as Asia/Shanghai); null: the browser's.
-- Instants themselves stay timestamptz, in UTC.
alter table user_account
    add column time_zone varchar(64) check (time_zone ~ '^[A-Za-z][A-Za-z0-9_+/-]*$');
