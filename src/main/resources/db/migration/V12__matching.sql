-- Vulnerability matching (issue 4).

-- What matching compares, reduced once when a package is listed (PackageCoordinates): the match
-- key (purl type/namespace/name, or cpe/part:vendor:product for a package known only by its CPE),
-- the version it is matched at, and the lower-cased name for where-used searches by name.
-- Rows listed before this migration get them from PackageKeyBackfill at startup.
alter table sbom_package add column match_key varchar(2000);
alter table sbom_package add column match_version varchar(500);
alter table sbom_package add column match_name varchar(1000);
create index ix_package_match on sbom_package (match_key);
create index ix_package_match_name on sbom_package (match_name);

-- A release's current SBOM is its newest processed one; older ones are kept, marked superseded.
alter table sbom_document add column superseded_at timestamp with time zone;
update sbom_document set superseded_at = processed_at
 where status = 'PROCESSED'
   and exists (select 1 from sbom_document newer
                where newer.component_release_id = sbom_document.component_release_id
                  and newer.status = 'PROCESSED'
                  and (newer.processed_at > sbom_document.processed_at
                       or (newer.processed_at = sbom_document.processed_at and newer.id > sbom_document.id)));

-- One row per feed record (an OSV record, an NVD CVE) merged into a vulnerability: an import skips
-- a record whose content is unchanged and replaces only the affected entries and links the record
-- itself gave, so two records under one CVE (GHSA and PYSEC, say) never overwrite each other.
create table advisory_record (
    record_id        varchar(200) primary key,
    feed             varchar(10)  not null check (feed in ('OSV', 'NVD')),
    vulnerability_id uuid         not null references vulnerability (id) on delete cascade,
    content_sha256   char(64)     not null,
    modified_at      timestamp with time zone,
    imported_at      timestamp with time zone not null
);
create index ix_record_vulnerability on advisory_record (vulnerability_id);

alter table vulnerability_affected add column record_id varchar(200);
alter table vulnerability_affected add column match_key varchar(2000);
create index ix_affected_match on vulnerability_affected (match_key);
create index ix_affected_record on vulnerability_affected (record_id);
alter table vulnerability_reference add column record_id varchar(200);
create index ix_reference_record on vulnerability_reference (record_id);

-- Why a finding was resolved (no longer matched, superseded by a newer SBOM of the release).
alter table finding add column resolution varchar(200);

-- What a finished import did, in words, for the admin view ("1,024 records: 1,000 new or changed,
-- 24 unchanged; 310 packages matched again").
alter table feed_import add column outcome varchar(2000);
