-- Several instances of the app share one database (ADR 015).

-- Sessions live here (Spring Session JDBC), so any instance serves any signed-in person. Taken from
-- Spring Session's schema-h2.sql and schema-postgresql.sql, written once for both: bytea is
-- PostgreSQL's binary type and an alias of H2's binary varying. principal_name holds the email a
-- person signs in with, which may be 254 characters long (Spring Session's own script allows 100).
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(254),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock: a scheduled job that must run on one instance at a time (the notification outbox)
-- holds its row here until lock_until. ShedLock's usingDbTime() writes and compares these with the
-- database's own clock (UTC on PostgreSQL), never an instance's, so the instances' clocks may differ.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
