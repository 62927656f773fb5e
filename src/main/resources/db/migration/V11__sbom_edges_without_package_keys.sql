-- Dependency edges keep their document as the one foreign key (deleted with it) and lose the two
-- foreign keys to sbom_package: an SBOM of 300,000 packages has about 600,000 edges, and checking
-- two references per row was half the cost of writing them (ADR 0008). The one writer of edges
-- (JpaSbomPackageRepository.storeInventory) refuses an edge between packages not stored with it,
-- in the same transaction. The table is rebuilt because the old constraints have generated names.
create table sbom_dependency_edge_new (
    sbom_id         uuid not null references sbom_document (id) on delete cascade,
    from_package_id uuid not null,
    to_package_id   uuid not null,
    primary key (from_package_id, to_package_id)
);
insert into sbom_dependency_edge_new (sbom_id, from_package_id, to_package_id)
    select sbom_id, from_package_id, to_package_id from sbom_dependency_edge;
drop table sbom_dependency_edge;
alter table sbom_dependency_edge_new rename to sbom_dependency_edge;
create index ix_edge_sbom on sbom_dependency_edge (sbom_id);
-- "Which packages depend on this one" (the roots of the dependency tree): the reverse direction.
create index ix_edge_to on sbom_dependency_edge (to_package_id);
