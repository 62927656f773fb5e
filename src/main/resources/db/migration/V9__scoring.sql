-- Scoring context: every computed score is kept; the newest per subject is the current one.

create table risk_score (
    id            uuid primary key,
    subject_type  varchar(20) not null check (subject_type in ('COMPONENT_RELEASE', 'SUPPLIER', 'DEVICE_RELEASE')),
    subject_id    uuid        not null,
    -- Owner of a component-release or supplier score, so suppliers read only their own.
    supplier_id   uuid references supplier (id),
    score_value   integer     not null check (score_value between 0 and 100),
    grade         char(1)     not null check (grade in ('A', 'B', 'C', 'D', 'E', 'F')),
    factors       varchar(1000000) not null,
    model_version varchar(20) not null,
    computed_at   timestamp with time zone not null
);
create index ix_score_subject on risk_score (subject_type, subject_id, computed_at);
