-- The ledger filtered by category (and kind, and year) reads its page from this index in
-- date order. Without it, a category that is rare within a kind (actual labour, say) was
-- found by reading every line of that kind in the year: 50,000 index entries and 64 ms
-- for a project of 100,000 lines, against 7 buffers and 0.2 ms with it.
create index cost_line_project_category_kind_date on cost_line (project_id, category, kind, incurred_on, id);
