-- Component context: a product a supplier delivers and its releases.

create table component (
    id          uuid primary key,
    row_version bigint       not null default 0,
    supplier_id uuid         not null references supplier (id),
    name        varchar(200) not null,
    type        varchar(30)  not null check (type in ('LIBRARY', 'FRAMEWORK', 'OPERATING_SYSTEM', 'FIRMWARE', 'APPLICATION', 'CONTAINER', 'DEVICE_MODULE')),
    description varchar(2000),
    created_at  timestamp with time zone not null,
    constraint uq_component_name unique (supplier_id, name)
);

create table component_release (
    id               uuid primary key,
    row_version      bigint       not null default 0,
    component_id     uuid         not null references component (id),
    -- Denormalised owner: every supplier-scoped query filters on it without a join (ADR 0004).
    supplier_id      uuid         not null references supplier (id),
    version_label    varchar(200) not null,
    purl             varchar(2000),
    cpe              varchar(1000),
    level_of_support varchar(30)  not null check (level_of_support in ('ACTIVELY_MAINTAINED', 'NO_LONGER_MAINTAINED', 'ABANDONED', 'UNKNOWN')),
    end_of_support   date,
    released_on      date,
    created_at       timestamp with time zone not null,
    constraint uq_component_release unique (component_id, version_label)
);
create index ix_component_release_supplier on component_release (supplier_id);

-- Hashes of the delivered artifact(s); attestation subjects are checked against them.
create table component_release_hash (
    component_release_id uuid         not null references component_release (id) on delete cascade,
    algorithm            varchar(20)  not null check (algorithm in ('MD5', 'SHA1', 'SHA256', 'SHA384', 'SHA512', 'SHA3_256', 'SHA3_384', 'SHA3_512', 'BLAKE2B_256', 'BLAKE2B_384', 'BLAKE2B_512', 'BLAKE3')),
    hash_value           varchar(256) not null,
    primary key (component_release_id, algorithm, hash_value)
);
create index ix_release_hash_value on component_release_hash (hash_value);
