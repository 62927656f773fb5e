-- Attestations and VEX (issue 5).

-- Attestations: every subject the document names (an in-toto statement may name several), kept as
-- JSON text; subject_name/subject_digest stay the one that bound to the release (or the first).
-- The signer as the signature says, how the signature checked out apart from the overall status,
-- the in-toto predicate type, the certificate or form fields entered in the portal, and when the
-- evidence became valid (a certificate's "valid from").
alter table attestation add column subjects varchar(1000000);
alter table attestation add column signer varchar(2000);
alter table attestation add column signature_reason varchar(4000);
alter table attestation add column signature_outcome varchar(20) check (signature_outcome in ('UNSIGNED', 'VALID', 'INVALID'));
alter table attestation add column predicate_type varchar(500);
alter table attestation add column valid_from timestamp with time zone;
alter table attestation add column binding_reason varchar(2000);
create index ix_attestation_expiry on attestation (expires_at);

-- Signing identities carry a label the supplier chose ("release key 2026", "GitHub release workflow").
alter table supplier_signing_identity add column label varchar(200);
create index ix_signing_identity_fingerprint on supplier_signing_identity (fingerprint);

-- A VEX document as uploaded: the original (stored like an SBOM's, content-addressed), what the
-- reader made of it, how its signature checked out, and the release it was uploaded for, if any.
create table vex_document (
    id                   uuid primary key,
    supplier_id          uuid         not null references supplier (id),
    component_release_id uuid references component_release (id),
    format               varchar(20)  not null check (format in ('CYCLONEDX', 'OPENVEX', 'CSAF')),
    spec_version         varchar(20),
    document_ref         varchar(1000),
    author               varchar(1000),
    issued_at            timestamp with time zone,
    original_sha256      char(64)     not null references stored_blob (sha256),
    media_type           varchar(200),
    signature_outcome    varchar(20)  not null check (signature_outcome in ('UNSIGNED', 'VALID', 'INVALID')),
    signature_reason     varchar(4000),
    signer               varchar(2000),
    signing_identity_id  uuid references supplier_signing_identity (id),
    statement_count      integer      not null,
    warnings             varchar(1000000),
    uploaded_by          varchar(200) not null,
    uploaded_at          timestamp with time zone not null
);
create index ix_vex_document_supplier on vex_document (supplier_id, uploaded_at);

-- Statements: the document they came from, where in it, every id the vulnerability goes by (newline
-- separated, lower case: what applying them compares), the justification as the format words it,
-- the products as the document names them (JSON), and the release the upload was restricted to.
alter table vex_statement add column document_id uuid references vex_document (id);
alter table vex_statement add column location varchar(500);
alter table vex_statement add column vulnerability_keys varchar(8000);
alter table vex_statement add column source_justification varchar(200);
alter table vex_statement add column products varchar(1000000);
create index ix_vex_statement_document on vex_statement (document_id);

-- Which findings a statement applies to: a document's statement may cover many findings (every
-- release containing the package); a finding collects statements over time. The newest by issue
-- time is the finding's current VEX answer, kept on the finding for the lists that filter by it.
create table vex_statement_finding (
    statement_id uuid not null references vex_statement (id) on delete cascade,
    finding_id   uuid not null references finding (id) on delete cascade,
    applied_at   timestamp with time zone not null,
    primary key (statement_id, finding_id)
);
create index ix_vex_application_finding on vex_statement_finding (finding_id);
insert into vex_statement_finding (statement_id, finding_id, applied_at)
    select id, finding_id, recorded_at from vex_statement where finding_id is not null;

alter table finding add column vex_statement_id uuid references vex_statement (id) on delete set null;
alter table finding add column vex_status varchar(30) check (vex_status in ('NOT_AFFECTED', 'AFFECTED', 'FIXED', 'UNDER_INVESTIGATION'));
alter table finding add column vex_at timestamp with time zone;
create index ix_finding_vex on finding (supplier_id, state, vex_status);

-- The ids a statement names its vulnerability by, one row each (lower case), so that a finding
-- opened later finds the statements about its vulnerability through an index.
create table vex_statement_key (
    statement_id uuid         not null references vex_statement (id) on delete cascade,
    vuln_key     varchar(200) not null,
    primary key (statement_id, vuln_key)
);
create index ix_vex_statement_key on vex_statement_key (vuln_key);

-- An SBOM's primary component (CycloneDX metadata.component, the package an SPDX document
-- describes): its hashes are the delivered artifact's, which attestation subjects are checked against.
alter table sbom_document add column primary_package_id uuid;

-- The audit chain's head: one row that every appending transaction updates first, so that appends
-- from concurrent transactions queue up and each chains onto the entry committed before it, instead
-- of two chaining onto the same entry and one failing on uq_audit_previous.
create table audit_chain_head (
    id         integer primary key check (id = 1),
    appends    bigint not null
);
insert into audit_chain_head (id, appends) values (1, 0);
