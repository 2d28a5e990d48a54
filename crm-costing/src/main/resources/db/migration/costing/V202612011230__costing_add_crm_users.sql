-- The number of CRM users a project is for: the divisor of the TCO per user. Null until
-- finance sets it.
alter table costing_settings add column crm_users integer check (crm_users between 1 and 10000000);
