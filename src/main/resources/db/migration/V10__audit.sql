-- Audit context: append-only, hash-chained log of every change to evidence, findings and assessments.

create sequence audit_event_seq start with 1 increment by 1;

create table audit_event (
    seq           bigint       primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(200) not null,
    supplier_id   uuid,
    action        varchar(100) not null,
    subject_type  varchar(50)  not null,
    subject_id    varchar(200),
    detail        varchar(1000000),
    previous_hash char(64)     not null,
    entry_hash    char(64)     not null,
    -- One successor per entry: two writers chaining onto the same entry cannot both commit.
    constraint uq_audit_previous unique (previous_hash)
);
create index ix_audit_occurred on audit_event (occurred_at);
create index ix_audit_subject on audit_event (subject_type, subject_id);
