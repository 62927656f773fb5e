-- Scoring: what needs computing again. Marked in the transaction that changed the evidence (so a
-- change is never lost), taken by the score worker, deleted once computed unless marked again
-- meanwhile (marked_at moved on).

create table score_backlog (
    subject_type varchar(20) not null check (subject_type in ('COMPONENT_RELEASE', 'SUPPLIER', 'DEVICE_RELEASE')),
    subject_id   uuid        not null,
    marked_at    timestamp with time zone not null,
    primary key (subject_type, subject_id)
);
create index ix_score_backlog_marked on score_backlog (marked_at);

-- A supplier's scores (its scorecard, its releases) without a scan of every score.
create index ix_score_supplier on risk_score (supplier_id, subject_type, computed_at);
