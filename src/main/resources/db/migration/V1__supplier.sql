-- Supplier context. Conventions for every migration (ADR 0003): UUID primary keys assigned by the
-- application, "row_version" for optimistic locking, enumerations as checked VARCHARs holding the
-- Java enum constant, timestamps WITH TIME ZONE, structured documents as JSON text. The same script
-- runs unchanged on H2 2.x and PostgreSQL.

create table supplier (
    id                 uuid primary key,
    row_version        bigint       not null default 0,
    name               varchar(200) not null,
    -- The Keycloak organization alias: the token's "organization" claim names it (ADR 0002).
    organization_alias varchar(100) not null,
    status             varchar(20)  not null check (status in ('INVITED', 'ACTIVE', 'SUSPENDED')),
    contact_email      varchar(320),
    cvd_contact        varchar(320),
    cvd_policy_url     varchar(2000),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint uq_supplier_organization unique (organization_alias),
    constraint uq_supplier_name unique (name)
);

create table supplier_contact (
    id          uuid primary key,
    supplier_id uuid         not null references supplier (id) on delete cascade,
    name        varchar(200) not null,
    email       varchar(320) not null,
    role        varchar(100)
);
create index ix_supplier_contact_supplier on supplier_contact (supplier_id);

-- Registered signing keys and Sigstore identities; attestations are verified against these.
create table supplier_signing_identity (
    id                uuid primary key,
    row_version       bigint      not null default 0,
    supplier_id       uuid        not null references supplier (id),
    kind              varchar(20) not null check (kind in ('PUBLIC_KEY', 'SIGSTORE_IDENTITY')),
    algorithm         varchar(20) check (algorithm in ('ECDSA_P256', 'ED25519', 'RSA')),
    key_id            varchar(200),
    public_key_pem    varchar(20000),
    fingerprint       varchar(128),
    certificate_subject varchar(1000),
    oidc_issuer       varchar(1000),
    status            varchar(20) not null check (status in ('ACTIVE', 'ROTATED', 'REVOKED')),
    registered_at     timestamp with time zone not null,
    revoked_at        timestamp with time zone,
    revocation_reason varchar(1000)
);
create index ix_signing_identity_supplier on supplier_signing_identity (supplier_id);

-- A supplier's API clients for CI uploads (client-credentials clients in Keycloak).
create table supplier_api_client (
    id          uuid primary key,
    supplier_id uuid         not null references supplier (id),
    client_id   varchar(200) not null,
    name        varchar(200) not null,
    created_by  varchar(200) not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint uq_api_client unique (client_id)
);
