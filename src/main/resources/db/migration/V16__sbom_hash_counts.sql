-- SBOM context: how many of a document's packages carry a hash, and a strong one (not only MD5 or
-- SHA-1), counted once when it is processed. Scoring reads them for every current SBOM at each pass;
-- counting them from sbom_package_hash each time read every hash row of the portfolio (ADR 0017).

alter table sbom_document add column hashed_packages integer;
alter table sbom_document add column strong_hashed_packages integer;

update sbom_document d set
    hashed_packages = (select count(distinct p.id) from sbom_package p
                       join sbom_package_hash h on h.package_id = p.id
                       where p.sbom_id = d.id),
    strong_hashed_packages = (select count(distinct p.id) from sbom_package p
                              join sbom_package_hash h on h.package_id = p.id
                              where p.sbom_id = d.id and h.algorithm not in ('MD5', 'SHA1'))
where d.status = 'PROCESSED';
