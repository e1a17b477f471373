-- A roster file between its preview and its import. It used to travel back with the confirming
-- form, which made the server accept 16 MB forms on every address (a few such posts at once
-- filled the heap). Kept in the database, not on a disk, since several instances share it.
-- Deleted when imported; the app deletes rows older than a day whenever a file is uploaded.
create table roster_upload (
    id varchar(36) primary key,
    -- The user name of the manager who uploaded it; only they can import it.
    uploaded_by varchar(320) not null,
    file_name varchar(255),
    -- text is a character large object on H2 and unlimited on PostgreSQL.
    content text not null,
    uploaded_at timestamp with time zone not null
);

create index ix_roster_upload_uploaded_at on roster_upload (uploaded_at);
