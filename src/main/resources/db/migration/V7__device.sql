-- Device context: the manufacturer's products, their releases and the component releases in them.

create table device (
    id           uuid primary key,
    row_version  bigint       not null default 0,
    name         varchar(200) not null,
    model_number varchar(100),
    description  varchar(2000),
    created_at   timestamp with time zone not null,
    constraint uq_device_name unique (name)
);

create table device_release (
    id                     uuid primary key,
    row_version            bigint       not null default 0,
    device_id              uuid         not null references device (id),
    version_label          varchar(200) not null,
    released_on            date,
    planned_end_of_support date,
    created_at             timestamp with time zone not null,
    constraint uq_device_release unique (device_id, version_label)
);

-- IEC 62304 software safety class of the component in this device, and its network exposure.
create table device_release_component (
    id                   uuid primary key,
    device_release_id    uuid        not null references device_release (id) on delete cascade,
    component_release_id uuid        not null references component_release (id),
    criticality          varchar(10) not null check (criticality in ('CLASS_A', 'CLASS_B', 'CLASS_C')),
    exposure             varchar(20) not null check (exposure in ('NETWORKED', 'LOCAL_ONLY', 'NONE')),
    constraint uq_device_release_component unique (device_release_id, component_release_id)
);
create index ix_drc_component_release on device_release_component (component_release_id);
