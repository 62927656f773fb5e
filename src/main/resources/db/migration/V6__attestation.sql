-- Attestation context: evidence about a supplier or a component release, with its stored original
-- and the result of verifying its signature, subject and validity period.

create table attestation (
    id                       uuid primary key,
    row_version              bigint      not null default 0,
    supplier_id              uuid        not null references supplier (id),
    component_release_id     uuid references component_release (id),
    kind                     varchar(40) not null check (kind in ('INTOTO_STATEMENT', 'SLSA_PROVENANCE', 'SIGSTORE_BUNDLE', 'CYCLONEDX_DECLARATIONS', 'CISA_SECURE_SOFTWARE_DEVELOPMENT', 'IEC_62443_4_1_CERTIFICATE', 'ISO_27001_CERTIFICATE', 'PENETRATION_TEST_SUMMARY')),
    subject_name             varchar(2000),
    subject_digest_algorithm varchar(20) check (subject_digest_algorithm in ('MD5', 'SHA1', 'SHA256', 'SHA384', 'SHA512', 'SHA3_256', 'SHA3_384', 'SHA3_512', 'BLAKE2B_256', 'BLAKE2B_384', 'BLAKE2B_512', 'BLAKE3')),
    subject_digest           varchar(256),
    subject_binding          varchar(20) check (subject_binding in ('MATCHED', 'MISMATCHED', 'NOT_APPLICABLE', 'UNKNOWN')),
    issuer                   varchar(1000),
    issued_at                timestamp with time zone,
    expires_at               timestamp with time zone,
    original_sha256          char(64) references stored_blob (sha256),
    media_type               varchar(200),
    verification_status      varchar(20) not null check (verification_status in ('PENDING', 'VERIFIED', 'UNSIGNED', 'INVALID', 'EXPIRED', 'EXPIRING')),
    verification_reason      varchar(4000),
    verified_at              timestamp with time zone,
    signing_identity_id      uuid references supplier_signing_identity (id),
    slsa_build_level         integer,
    details                  varchar(1000000),
    uploaded_by              varchar(200) not null,
    uploaded_at              timestamp with time zone not null
);
create index ix_attestation_supplier on attestation (supplier_id);
create index ix_attestation_release on attestation (component_release_id);
