-- Request context: what the manufacturer asked a supplier for, by when, and what became of it.

create table evidence_request (
    id                   uuid primary key,
    row_version          bigint       not null default 0,
    supplier_id          uuid         not null references supplier (id),
    kind                 varchar(30)  not null check (kind in ('SBOM', 'VEX', 'ATTESTATION', 'ATTESTATION_RENEWAL')),
    component_release_id uuid references component_release (id),
    attestation_kind     varchar(40)  check (attestation_kind in ('INTOTO_STATEMENT', 'SLSA_PROVENANCE', 'SIGSTORE_BUNDLE', 'CYCLONEDX_DECLARATIONS', 'CISA_SECURE_SOFTWARE_DEVELOPMENT', 'IEC_62443_4_1_CERTIFICATE', 'ISO_27001_CERTIFICATE', 'PENETRATION_TEST_SUMMARY')),
    message              varchar(4000),
    due_date             date         not null,
    state                varchar(20)  not null check (state in ('OPEN', 'ANSWERED', 'ACCEPTED', 'DECLINED', 'OVERDUE', 'WITHDRAWN')),
    requested_by         varchar(200) not null,
    requested_at         timestamp with time zone not null,
    closed_at            timestamp with time zone,
    decline_reason       varchar(4000)
);
create index ix_request_supplier on evidence_request (supplier_id, state);

create table evidence_request_finding (
    request_id uuid not null references evidence_request (id) on delete cascade,
    finding_id uuid not null references finding (id) on delete cascade,
    primary key (request_id, finding_id)
);

create table evidence_request_transition (
    id         uuid primary key,
    request_id uuid         not null references evidence_request (id) on delete cascade,
    from_state varchar(20)  check (from_state in ('OPEN', 'ANSWERED', 'ACCEPTED', 'DECLINED', 'OVERDUE', 'WITHDRAWN')),
    to_state   varchar(20)  not null check (to_state in ('OPEN', 'ANSWERED', 'ACCEPTED', 'DECLINED', 'OVERDUE', 'WITHDRAWN')),
    actor      varchar(200) not null,
    note       varchar(4000),
    at         timestamp with time zone not null
);
create index ix_request_transition on evidence_request_transition (request_id, at);
