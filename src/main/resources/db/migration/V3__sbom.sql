-- SBOM context: uploaded documents, their content-addressed originals, inventory and processing jobs.

-- Originals are content-addressed by SHA-256: the bytes live in the blob store (ADR 0005); this row
-- records that they were stored completely before any processing began.
create table stored_blob (
    sha256     char(64)     primary key,
    size_bytes bigint       not null,
    media_type varchar(200),
    stored_at  timestamp with time zone not null
);

create table sbom_document (
    id                   uuid primary key,
    row_version          bigint      not null default 0,
    supplier_id          uuid        not null references supplier (id),
    component_release_id uuid        not null references component_release (id),
    original_sha256      char(64)    not null references stored_blob (sha256),
    media_type           varchar(200),
    format               varchar(20) check (format in ('CYCLONEDX_JSON', 'CYCLONEDX_XML', 'SPDX_JSON', 'SPDX_TAG_VALUE', 'SPDX_JSON_LD')),
    spec_version         varchar(20),
    serial_number        varchar(200),
    document_version     integer,
    author               varchar(1000),
    tool_name            varchar(500),
    tool_version         varchar(200),
    document_timestamp   timestamp with time zone,
    lifecycle            varchar(200),
    status               varchar(20) not null check (status in ('PENDING', 'PROCESSING', 'PROCESSED', 'REJECTED')),
    package_count        integer,
    validation_errors    varchar(1000000),
    quality_report       varchar(1000000),
    uploaded_by          varchar(200) not null,
    uploaded_at          timestamp with time zone not null,
    processed_at         timestamp with time zone
);
create index ix_sbom_release on sbom_document (component_release_id);
create index ix_sbom_supplier on sbom_document (supplier_id);

create table sbom_package (
    id                 uuid primary key,
    sbom_id            uuid          not null references sbom_document (id) on delete cascade,
    supplier_id        uuid          not null references supplier (id),
    bom_ref            varchar(2000),
    package_type       varchar(50),
    namespace          varchar(1000),
    name               varchar(1000) not null,
    package_version    varchar(500),
    purl               varchar(4000),
    cpe                varchar(1000),
    licence_expression varchar(4000),
    supplier_name      varchar(1000)
);
create index ix_package_sbom on sbom_package (sbom_id);
create index ix_package_purl on sbom_package (purl);
create index ix_package_name on sbom_package (name);

create table sbom_package_hash (
    package_id uuid         not null references sbom_package (id) on delete cascade,
    algorithm  varchar(20)  not null check (algorithm in ('MD5', 'SHA1', 'SHA256', 'SHA384', 'SHA512', 'SHA3_256', 'SHA3_384', 'SHA3_512', 'BLAKE2B_256', 'BLAKE2B_384', 'BLAKE2B_512', 'BLAKE3')),
    hash_value varchar(256) not null,
    primary key (package_id, algorithm, hash_value)
);
create index ix_package_hash_value on sbom_package_hash (hash_value);

create table sbom_dependency_edge (
    sbom_id         uuid not null references sbom_document (id) on delete cascade,
    from_package_id uuid not null references sbom_package (id) on delete cascade,
    to_package_id   uuid not null references sbom_package (id) on delete cascade,
    primary key (from_package_id, to_package_id)
);
create index ix_edge_sbom on sbom_dependency_edge (sbom_id);

-- Durable background work: a row per job, claimed with a lease so that work accepted before a
-- crash is picked up after the restart and finished exactly once.
create table processing_job (
    id           uuid primary key,
    row_version  bigint       not null default 0,
    kind         varchar(50)  not null,
    subject_id   uuid         not null,
    state        varchar(20)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    attempts     integer      not null default 0,
    available_at timestamp with time zone not null,
    leased_by    varchar(200),
    lease_until  timestamp with time zone,
    last_error   varchar(4000),
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);
create index ix_job_ready on processing_job (state, available_at);
