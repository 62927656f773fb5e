package org.provena.finding.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.finding.infrastructure.FindingsOnH2.*;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.finding.application.FindingAnalysis;
import org.provena.finding.domain.Finding;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.sbom.application.ReleaseInventory;
import org.provena.sbom.domain.PackageEntry;
import org.provena.sbom.infrastructure.JdbcInventoryReads;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.shared.domain.SupplierScope;

/**
 * The bulk reads a device release's SBOM + VDR export is made of, on a migrated database: the
 * current inventories of several releases with their hashes, and their open findings with ratings
 * and the manufacturer's newest assessment — only within the caller's supplier scope.
 */
class DeviceExportReadsTest {

  private static final String SHA256 =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @BeforeAll
  static void database() throws ReflectiveOperationException {
    FindingsOnH2.open();
  }

  @AfterAll
  static void close() throws SQLException {
    FindingsOnH2.close();
  }

  @Test
  void open_findings_of_several_releases_come_with_ratings_and_the_newest_assessment()
      throws IOException {
    String name = "devparse-" + unique();
    String id = "PYSEC-2026-" + unique();
    String cve = "CVE-2026-" + unique();
    store(
        osv(
            id,
            cve,
            "PyPI",
            name,
            "[{\"introduced\": \"0\"}]",
            "\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\""));
    Fixture first = sbom(pypi(name, "1.0.0"));
    Fixture second = sbom(pypi(name, "1.0.0"), pypi("clean-" + unique(), "2.0"));
    JpaFindingRepository repository = db.inject(new JpaFindingRepository());
    db.inTransaction(
        () -> {
          Finding f = repository.findOpenByRelease(ALL, first.release().id()).get(0);
          f.assess(TriageState.IN_TRIAGE, null, null, "looking", "alice", NOW.minusSeconds(60));
          f.assess(
              TriageState.NOT_EXPLOITABLE,
              SafetyImpact.NEGLIGIBLE,
              RiskControl.CONTROLLED,
              "not reachable",
              "bob",
              NOW);
          repository.store(ALL, f);
        });
    JdbcFindingAnalysisReads reads = db.inject(new JdbcFindingAnalysisReads());

    List<FindingAnalysis> analyses =
        db.inTransaction(
            () -> reads.openOfReleases(ALL, List.of(first.release().id(), second.release().id())));

    assertThat(analyses).hasSize(2);
    FindingAnalysis assessed =
        analyses.stream()
            .filter(a -> a.componentReleaseId().equals(first.release().id()))
            .findFirst()
            .orElseThrow();
    // A vulnerability goes by its CVE where it has one; the advisory's own id is an alias.
    assertThat(assessed.vulnerabilityId()).isEqualTo(cve);
    assertThat(assessed.aliases()).contains(id);
    assertThat(assessed.cvssV31Vector()).startsWith("CVSS:3.1/");
    assertThat(assessed.cvssV31Score()).isNotNull();
    assertThat(assessed.supplierAnswer()).isNull();
    assertThat(assessed.assessment().triageState()).isEqualTo(TriageState.NOT_EXPLOITABLE);
    assertThat(assessed.assessment().assessedBy()).isEqualTo("bob");
    assertThat(
            analyses.stream()
                .filter(a -> a.componentReleaseId().equals(second.release().id()))
                .findFirst()
                .orElseThrow()
                .assessment())
        .isNull();
    assertThat(
            db.inTransaction(
                () ->
                    reads.openOfReleases(
                        SupplierScope.only(second.supplier().id()),
                        List.of(first.release().id(), second.release().id()))))
        .as("another supplier's findings are not read")
        .singleElement()
        .extracting(FindingAnalysis::componentReleaseId)
        .isEqualTo(second.release().id());
  }

  @Test
  void current_inventories_carry_every_package_with_its_hashes() {
    PackageEntry hashed =
        new PackageEntry(
            null,
            "library",
            null,
            "zlib",
            "1.3.1",
            "pkg:generic/zlib@1.3.1",
            null,
            "Zlib",
            "zlib project",
            Set.of(new ArtifactHash(HashAlgorithm.SHA256, SHA256)));
    Fixture f = sbom(hashed, pypi("other-" + unique(), "1.0"));
    Fixture foreign = sbom(pypi("foreign-" + unique(), "1.0"));
    JdbcInventoryReads reads = db.inject(new JdbcInventoryReads());

    List<ReleaseInventory> inventories =
        db.inTransaction(
            () ->
                reads.currentOf(
                    SupplierScope.only(f.supplier().id()),
                    List.of(f.release().id(), foreign.release().id(), UUID.randomUUID())));

    assertThat(inventories)
        .singleElement()
        .satisfies(
            inventory -> {
              assertThat(inventory.sbomId()).isEqualTo(f.sbom().id());
              assertThat(inventory.packages()).hasSize(2);
              assertThat(inventory.packages())
                  .filteredOn(p -> p.name().equals("zlib"))
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.hashes()).containsExactly("SHA256:" + SHA256);
                        assertThat(p.licence()).isEqualTo("Zlib");
                        assertThat(p.supplier()).isEqualTo("zlib project");
                      });
            });
  }
}
