-- One celebration week per year. Its dates default to the first Monday in October; a manager
-- may move it to another Monday.
create table celebration_week (
    celebration_year integer primary key,
    starts_on date not null,
    theme varchar(120),
    welcome varchar(2000),
    budget numeric(12, 2),
    version bigint not null default 0
);
