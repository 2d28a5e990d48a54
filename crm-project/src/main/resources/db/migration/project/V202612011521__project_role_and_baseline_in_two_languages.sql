-- Text the application writes itself (the demo project's roles and baseline) is kept in both
-- languages and shown in the reader's; text a person typed has no Chinese column and is shown as typed.
alter table project_member add column project_role_zh varchar(200);
alter table baseline add column name_zh varchar(200);

-- the demo project of earlier versions, written before there were two columns
update project_member set project_role_zh = r.zh
from (values
    ('Chair, general manager', '主席，总经理'),
    ('Sales operations lead', '销售运营负责人'),
    ('IT architect', 'IT 架构师'),
    ('Key user, sales department manager', '关键用户，销售部经理'),
    ('Key user, service desk', '关键用户，服务台'),
    ('Key user, marketing', '关键用户，市场部')
) as r (en, zh)
where project_member.project_role = r.en and project_member.project_role_zh is null
  and project_member.project_id in (select id from project where name = '华东区销售与服务 CRM 实施');

update baseline set name = 'Kick-off plan', name_zh = '启动计划'
where name = 'Kick-off plan / 启动计划'
  and project_id in (select id from project where name = '华东区销售与服务 CRM 实施')
  and not exists (select 1 from baseline other where other.project_id = baseline.project_id and other.name = 'Kick-off plan');
