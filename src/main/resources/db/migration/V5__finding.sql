-- Finding context: a package matched to a vulnerability, the supplier's VEX statements about it and
-- the manufacturer's assessments, both kept as history (newest row is current).

create table finding (
    id                   uuid primary key,
    row_version          bigint       not null default 0,
    supplier_id          uuid         not null references supplier (id),
    component_release_id uuid         not null references component_release (id),
    package_id           uuid         not null references sbom_package (id) on delete cascade,
    vulnerability_id     uuid         not null references vulnerability (id),
    matched_by           varchar(200) not null,
    match_note           varchar(2000),
    state                varchar(20)  not null check (state in ('OPEN', 'RESOLVED')),
    first_seen_at        timestamp with time zone not null,
    resolved_at          timestamp with time zone,
    constraint uq_finding unique (package_id, vulnerability_id)
);
create index ix_finding_release on finding (component_release_id);
create index ix_finding_supplier on finding (supplier_id);
create index ix_finding_vulnerability on finding (vulnerability_id);

-- A VEX statement as the supplier made it (portal answer or an uploaded CycloneDX VEX, OpenVEX,
-- CSAF document); it applies to a finding once product and vulnerability are resolved.
create table vex_statement (
    id                   uuid primary key,
    supplier_id          uuid         not null references supplier (id),
    component_release_id uuid references component_release (id),
    finding_id           uuid references finding (id) on delete cascade,
    vulnerability_ref    varchar(200) not null,
    product_ref          varchar(4000),
    status               varchar(30)  not null check (status in ('NOT_AFFECTED', 'AFFECTED', 'FIXED', 'UNDER_INVESTIGATION')),
    justification        varchar(60)  check (justification in ('COMPONENT_NOT_PRESENT', 'VULNERABLE_CODE_NOT_PRESENT', 'VULNERABLE_CODE_NOT_IN_EXECUTE_PATH', 'VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY', 'INLINE_MITIGATIONS_ALREADY_EXIST')),
    impact_statement     varchar(4000),
    action_statement     varchar(4000),
    source               varchar(20)  not null check (source in ('PORTAL', 'CYCLONEDX', 'OPENVEX', 'CSAF')),
    source_sha256        char(64),
    author               varchar(200) not null,
    issued_at            timestamp with time zone,
    recorded_at          timestamp with time zone not null
);
create index ix_vex_finding on vex_statement (finding_id, recorded_at);
create index ix_vex_supplier on vex_statement (supplier_id);

create table finding_assessment (
    id            uuid primary key,
    finding_id    uuid         not null references finding (id) on delete cascade,
    triage_state  varchar(30)  not null check (triage_state in ('NEW', 'IN_TRIAGE', 'EXPLOITABLE', 'NOT_EXPLOITABLE', 'FALSE_POSITIVE', 'MITIGATED', 'RESOLVED')),
    safety_impact varchar(20)  check (safety_impact in ('NONE', 'NEGLIGIBLE', 'MINOR', 'SERIOUS', 'CRITICAL', 'CATASTROPHIC')),
    risk_control  varchar(20)  check (risk_control in ('CONTROLLED', 'UNCONTROLLED')),
    comment_text  varchar(8000),
    assessed_by   varchar(200) not null,
    assessed_at   timestamp with time zone not null
);
create index ix_assessment_finding on finding_assessment (finding_id, assessed_at);
