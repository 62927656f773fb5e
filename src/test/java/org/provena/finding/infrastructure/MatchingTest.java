package org.provena.finding.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.finding.infrastructure.FindingsOnH2.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingView;
import org.provena.finding.application.WhereUsedView.ReleaseUse;
import org.provena.finding.domain.FindingsChanged;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.vulnerability.domain.Advisory;
import org.provena.vulnerability.domain.AdvisoryChanges;
import org.provena.vulnerability.domain.AdvisoryStore.KevListing;
import org.provena.vulnerability.domain.Feed;
import org.provena.vulnerability.domain.KevEntry;
import org.provena.vulnerability.infrastructure.feed.NvdReader;
import org.provena.vulnerability.infrastructure.feed.OsvReader;

/**
 * Feed records stored, packages matched, findings opened, resolved and reopened, read back and
 * found by where-used: the JDBC stores and the matching service on the real schema (H2 here; the
 * same code runs on PostgreSQL in the integration tests).
 */
class MatchingTest {

  @BeforeAll
  static void database() throws ReflectiveOperationException {
    FindingsOnH2.open();
  }

  @AfterAll
  static void close() throws SQLException {
    FindingsOnH2.close();
  }

  @Test
  void matching_an_sbom_with_findings_reports_its_release_as_changed() throws IOException {
    String name = "changed-" + unique();
    store(osv("GHSA-" + unique(), null, "npm", name, "[{\"introduced\": \"0\"}]", null));
    changes.clear();

    Fixture f = sbom(npm(name, "1.0.0"));

    assertThat(changes.fired())
        .extracting(FindingsChanged::componentReleaseIds)
        .containsExactly(Set.of(f.release().id()));
  }

  @Test
  void an_sbom_with_nothing_to_find_reports_no_change() {
    changes.clear();

    sbom(npm("harmless-" + unique(), "1.0.0"));

    assertThat(changes.fired()).isEmpty();
  }

  @Test
  void a_feed_import_reports_only_the_releases_whose_findings_it_changed() throws IOException {
    String name = "ranged-" + unique();
    Fixture vulnerable = sbom(npm(name, "1.2.0"));
    Fixture fixed = sbom(npm(name, "2.0.0"));
    changes.clear();

    AdvisoryChanges imported =
        store(
            osv(
                "GHSA-" + unique(),
                null,
                "npm",
                name,
                "[{\"introduced\": \"1.0.0\"}, {\"fixed\": \"1.5.0\"}]",
                null));
    db.inTransaction(() -> matching.rematchPass(List.copyOf(imported.matchKeys())));

    assertThat(changes.fired())
        .extracting(FindingsChanged::componentReleaseIds)
        .as("the release at 2.0.0 has the package but not the vulnerable version")
        .containsExactly(Set.of(vulnerable.release().id()));
    assertThat(findingsOf(fixed, FindingFilter.open())).isEmpty();

    changes.clear();
    db.inTransaction(() -> matching.rematchPass(List.copyOf(imported.matchKeys())));
    assertThat(changes.fired()).as("matching again finds nothing new").isEmpty();
  }

  @Test
  void a_package_in_an_osv_range_gets_a_finding_with_what_makes_it_urgent() throws IOException {
    String name = "urllib-" + unique();
    store(
        osv(
            "GHSA-" + unique(),
            "CVE-2026-" + unique(),
            "PyPI",
            name,
            "[{\"introduced\": \"1.0\"}, {\"fixed\": \"1.4.2\"}]",
            "\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\""));
    Fixture f =
        sbom(pypi(name, "1.4.1"), pypi(name, "1.4.2"), pypi(name.toUpperCase(), "1.4.0rc1"));

    List<FindingView> found = findingsOf(f, FindingFilter.open());

    assertThat(found)
        .extracting(FindingView::packageVersion)
        .as("1.4.2 is the fix; 1.4.0rc1 is after 1.0 in PEP 440 order, and the name folds case")
        .containsExactlyInAnyOrder("1.4.1", "1.4.0rc1");
    FindingView finding = found.get(0);
    assertThat(finding.vulnerabilityId()).startsWith("CVE-2026-");
    assertThat(finding.aliases()).singleElement().asString().startsWith("GHSA-");
    assertThat(finding.severity()).isEqualTo("CRITICAL");
    assertThat(finding.cvssScore()).isEqualByComparingTo("9.8");
    assertThat(finding.fixedVersions()).containsExactly("1.4.2");
    assertThat(finding.matchedBy()).isEqualTo("OSV ecosystem (pypi)");
    assertThat(finding.matchNote()).contains("is in vers:pypi/>=1.0|<1.4.2");
  }

  @Test
  void a_feed_update_resolves_what_no_longer_matches_and_opens_what_now_does() throws IOException {
    String name = "left-pad-" + unique();
    String id = "GHSA-" + unique();
    store(osv(id, null, "npm", name, "[{\"introduced\": \"0\"}, {\"fixed\": \"2.0.0\"}]", null));
    Fixture f = sbom(npm(name, "1.9.9"), npm(name, "2.0.1"));
    assertThat(findingsOf(f, FindingFilter.open()))
        .extracting(FindingView::packageVersion)
        .containsExactly("1.9.9");

    AdvisoryChanges changes =
        store(
            osv(
                id,
                null,
                "npm",
                name,
                "[{\"introduced\": \"2.0.1\"}, {\"fixed\": \"2.0.2\"}]",
                null,
                "2026-11-29T00:00:00Z"));
    db.inTransaction(() -> matching.rematchPass(List.copyOf(changes.matchKeys())));

    assertThat(findingsOf(f, FindingFilter.open()))
        .extracting(FindingView::packageVersion)
        .containsExactly("2.0.1");
    List<FindingView> all = findingsOf(f, new FindingFilter(null, Set.of(), false, true));
    assertThat(all).hasSize(2);
    assertThat(all)
        .filteredOn(v -> v.state().equals("RESOLVED"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.packageVersion()).isEqualTo("1.9.9");
              assertThat(v.resolvedAt()).isEqualTo(NOW);
              assertThat(v.resolution()).isEqualTo("no longer matched by any advisory");
            });
  }

  @Test
  void distribution_packages_match_by_vendor_and_name_in_dpkg_order() throws IOException {
    String name = "libexample" + unique();
    store(
        osv(
            "DSA-" + unique() + "-1",
            null,
            "Debian:12",
            name,
            "[{\"introduced\": \"0\"}, {\"fixed\": \"3.0.11-1~deb12u2\"}]",
            null));
    Fixture f =
        sbom(
            entry(name, null, "pkg:deb/debian/" + name + "@3.0.11-1~deb12u1?arch=amd64", null),
            entry(name, null, "pkg:deb/debian/" + name + "@3.0.11-1?arch=amd64", null),
            entry(name, null, "pkg:deb/ubuntu/" + name + "@3.0.0-1?arch=amd64", null));

    assertThat(findingsOf(f, FindingFilter.open()))
        .extracting(FindingView::packageVersion)
        .as("~ sorts before everything: ~deb12u1 < ~deb12u2 < (nothing); Ubuntu is not Debian")
        .containsExactly("3.0.11-1~deb12u1");
  }

  @Test
  void go_modules_compare_incompatible_and_pseudo_versions() throws IOException {
    String module = "github.com/example" + unique() + "/server";
    store(
        osv(
            "GO-2026-" + unique(),
            null,
            "Go",
            module,
            "[{\"introduced\": \"0\"}, {\"fixed\": \"20.10.9+incompatible\"}]",
            null));
    Fixture f =
        sbom(
            entry("server", null, "pkg:golang/" + module + "@v20.10.7%2Bincompatible", null),
            entry("server", null, "pkg:golang/" + module + "@v20.10.9%2Bincompatible", null),
            entry(
                "server",
                null,
                "pkg:golang/" + module + "@v0.0.0-20190101000000-abcdef123456",
                null));

    assertThat(findingsOf(f, FindingFilter.open()))
        .extracting(FindingView::packageVersion)
        .containsExactlyInAnyOrder("v20.10.7+incompatible", "v0.0.0-20190101000000-abcdef123456");
  }

  @Test
  void importing_the_same_records_again_changes_nothing() throws IOException {
    String name = "same-" + unique();
    String record = osv("GHSA-" + unique(), null, "npm", name, "[{\"introduced\": \"0\"}]", null);
    assertThat(store(record).stored()).isEqualTo(1);
    AdvisoryChanges again = store(record);
    assertThat(again.stored()).isZero();
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.matchKeys()).isEmpty();
  }

  @Test
  void records_naming_the_same_cve_make_one_vulnerability_and_bridging_records_merge_two()
      throws IOException, SQLException {
    String cve = "CVE-2026-" + unique();
    String ghsa = "GHSA-" + unique();
    String pysec = "PYSEC-2026-" + unique();
    String name = "merge-" + unique();
    // First a GHSA record without its CVE, and a PYSEC record with the CVE: two vulnerabilities.
    store(osv(ghsa, null, "PyPI", name, "[{\"introduced\": \"0\"}, {\"fixed\": \"2.0\"}]", null));
    store(osv(pysec, cve, "PyPI", name, "[{\"introduced\": \"0\"}, {\"fixed\": \"2.0\"}]", null));
    assertThat(vulnerabilityCount(ghsa, pysec, cve)).isEqualTo(2);
    Fixture f = sbom(pypi(name, "1.0"));
    assertThat(findingsOf(f, FindingFilter.open())).hasSize(2);

    // The GHSA record is updated to name the CVE: the two are one, its id the CVE.
    AdvisoryChanges changes =
        store(
            osv(
                ghsa,
                cve,
                "PyPI",
                name,
                "[{\"introduced\": \"0\"}, {\"fixed\": \"2.0\"}]",
                null,
                "2026-11-29T00:00:00Z"));
    db.inTransaction(() -> matching.rematchPass(List.copyOf(changes.matchKeys())));

    assertThat(vulnerabilityCount(ghsa, pysec, cve)).isEqualTo(1);
    List<FindingView> merged = findingsOf(f, FindingFilter.open());
    assertThat(merged).singleElement().extracting(FindingView::vulnerabilityId).isEqualTo(cve);
    assertThat(merged.get(0).aliases()).containsExactlyInAnyOrder(ghsa, pysec);
  }

  @Test
  void a_record_bridging_two_vulnerabilities_new_in_the_same_batch_merges_them()
      throws IOException, SQLException {
    String cve1 = "CVE-2026-" + unique();
    String cve2 = "CVE-2026-" + unique();
    String name = "bridge-" + unique();
    String events = "[{\"introduced\": \"0\"}]";
    List<Advisory> batch = new ArrayList<>();
    for (String json :
        List.of(
            osv("GHSA-" + unique(), cve1, "npm", name, events, null),
            osv("GHSA-" + unique(), cve2, "npm", name, events, null),
            osv("GHSA-" + unique(), cve1 + "\", \"" + cve2, "npm", name, events, null))) {
      new OsvReader()
          .read(
              new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), batch::add, p -> {});
    }
    assertThat(batch).hasSize(3);

    db.inTransaction(() -> advisories.store(Feed.OSV, batch, NOW));

    assertThat(vulnerabilityCount(cve1, cve2, cve2)).isEqualTo(1);
  }

  @Test
  void merging_two_vulnerabilities_keeps_the_assessments_of_both_findings()
      throws IOException, SQLException {
    String cveX = "CVE-2026-" + unique();
    String cveY = "CVE-2026-" + unique();
    String ghsaX = "GHSA-" + unique();
    String name = "history-" + unique();
    String events = "[{\"introduced\": \"0\"}]";
    store(osv(ghsaX, cveX, "npm", name, events, null));
    store(osv("GHSA-" + unique(), cveY, "npm", name, events, null));
    Fixture f = sbom(npm(name, "1.0.0"));
    List<FindingView> two = findingsOf(f, FindingFilter.open());
    assertThat(two).hasSize(2);
    FindingView onY =
        two.stream().filter(v -> v.vulnerabilityId().equals(cveY)).findFirst().orElseThrow();
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into finding_assessment (id, finding_id, triage_state, comment_text,"
                    + " assessed_by, assessed_at) values (?, ?, 'NOT_EXPLOITABLE', ?, 'security', ?)")) {
      s.setObject(1, UUID.randomUUID());
      s.setObject(2, onY.id());
      s.setString(3, "JNDI disabled in this build");
      s.setTimestamp(4, java.sql.Timestamp.from(NOW));
      s.executeUpdate();
    }

    // The GHSA record now names both CVEs: one vulnerability, one finding, the triage kept.
    store(osv(ghsaX, cveX + "\", \"" + cveY, "npm", name, events, null, "2026-11-29T00:00:00Z"));

    List<FindingView> one = findingsOf(f, FindingFilter.open());
    assertThat(one).singleElement().extracting(FindingView::vulnerabilityId).isEqualTo(cveX);
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select comment_text from finding_assessment where finding_id = ?")) {
      s.setObject(1, one.get(0).id());
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("JNDI disabled in this build");
      }
    }
  }

  @Test
  void the_findings_filter_takes_an_underscore_literally() throws IOException {
    String name = "typing_ext" + unique();
    store(osv("GHSA-" + unique(), null, "npm", name, "[{\"introduced\": \"0\"}]", null));
    Fixture f = sbom(npm(name, "1.0.0"), npm(name.replace("_", "x"), "1.0.0"));
    assertThat(findingsOf(f, new FindingFilter("g_e", Set.of(), false, false))).hasSize(1);
  }

  @Test
  void a_package_known_only_by_its_cpe_is_matched_against_nvd_configurations() throws IOException {
    String product = "pump_firmware_" + unique();
    String cve = "CVE-2026-" + unique();
    String page =
        """
        {"resultsPerPage": 1, "startIndex": 0, "totalResults": 1, "format": "NVD_CVE",
         "version": "2.0", "vulnerabilities": [{"cve": {
           "id": "%s", "published": "2026-01-10T10:00:00.000", "lastModified": "2026-02-01T10:00:00.000",
           "vulnStatus": "Analyzed",
           "descriptions": [{"lang": "en", "value": "Infusion pump firmware accepts unsigned updates."}],
           "metrics": {"cvssMetricV31": [{"source": "nvd@nist.gov", "type": "Primary",
             "cvssData": {"version": "3.1", "vectorString": "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
             "baseScore": 8.8, "baseSeverity": "HIGH"}}]},
           "configurations": [{"nodes": [{"operator": "OR", "negate": false, "cpeMatch": [
             {"vulnerable": true, "criteria": "cpe:2.3:o:acme:%s:*:*:*:*:*:*:*:*",
              "versionStartIncluding": "2.0", "versionEndExcluding": "2.4.1", "matchCriteriaId": "X"}]}]}]
         }}]}
        """
            .formatted(cve, product);
    List<Advisory> records = new ArrayList<>();
    new NvdReader()
        .read(
            new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), records::add, p -> {});
    db.inTransaction(() -> advisories.store(Feed.NVD, records, NOW));
    Fixture f =
        sbom(
            cpe("cpe:2.3:o:acme:" + product + ":2.3.9:*:*:*:*:*:*:*"),
            cpe("cpe:2.3:o:acme:" + product + ":2.4.1:*:*:*:*:*:*:*"));

    assertThat(findingsOf(f, FindingFilter.open()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.vulnerabilityId()).isEqualTo(cve);
              assertThat(v.packageVersion()).isEqualTo("2.3.9");
              assertThat(v.severity()).isEqualTo("HIGH");
              assertThat(v.matchedBy()).startsWith("NVD cpe");
            });
  }

  @Test
  void an_nvd_criterion_with_any_version_and_no_bounds_affects_every_version() throws IOException {
    String product = "monitor_" + unique();
    String cve = "CVE-2026-" + unique();
    String page =
        """
        {"resultsPerPage": 1, "startIndex": 0, "totalResults": 1, "format": "NVD_CVE",
         "version": "2.0", "vulnerabilities": [{"cve": {
           "id": "%s", "published": "2026-01-10T10:00:00.000", "lastModified": "2026-02-01T10:00:00.000",
           "vulnStatus": "Analyzed",
           "descriptions": [{"lang": "en", "value": "Hard-coded service password."}],
           "configurations": [{"nodes": [{"operator": "OR", "negate": false, "cpeMatch": [
             {"vulnerable": true, "criteria": "cpe:2.3:h:acme:%s:*:*:*:*:*:*:*:*", "matchCriteriaId": "Y"}]}]}]
         }}]}
        """
            .formatted(cve, product);
    List<Advisory> records = new ArrayList<>();
    new NvdReader()
        .read(
            new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), records::add, p -> {});
    db.inTransaction(() -> advisories.store(Feed.NVD, records, NOW));
    Fixture f = sbom(cpe("cpe:2.3:h:acme:" + product + ":7.0:*:*:*:*:*:*:*"));

    assertThat(findingsOf(f, FindingFilter.open()))
        .singleElement()
        .extracting(FindingView::vulnerabilityId)
        .isEqualTo(cve);
  }

  @Test
  void kev_and_epss_reach_the_findings_and_put_known_exploited_ones_first() throws IOException {
    String name = "kev-" + unique();
    String exploited = "CVE-2026-" + unique();
    String other = "CVE-2026-" + unique();
    store(osv("GHSA-" + unique(), exploited, "npm", name, "[{\"introduced\": \"0\"}]", null));
    store(
        osv(
            "GHSA-" + unique(),
            other,
            "npm",
            name,
            "[{\"introduced\": \"0\"}]",
            "\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\""));
    db.inTransaction(
        () -> {
          advisories.applyKev(
              Map.of(
                  exploited,
                  new KevListing(
                      exploited,
                      "Example flaw",
                      "An example",
                      new KevEntry(
                          java.time.LocalDate.of(2026, 11, 1),
                          java.time.LocalDate.of(2026, 11, 22),
                          "Apply updates",
                          "Known",
                          "Example",
                          name))),
              NOW);
          advisories.applyEpss(
              Map.of(
                  exploited,
                  new org.provena.vulnerability.domain.EpssScore(
                      0.9731, 0.9990, java.time.LocalDate.of(2026, 11, 30))));
        });
    Fixture f = sbom(npm(name, "1.0.0"));

    List<FindingView> found = findingsOf(f, FindingFilter.open());
    assertThat(found).extracting(FindingView::vulnerabilityId).containsExactly(exploited, other);
    assertThat(found.get(0).kev()).isTrue();
    assertThat(found.get(0).kevDueDate()).isEqualTo("2026-11-22");
    assertThat(found.get(0).epss()).isEqualTo(0.9731);
    assertThat(findingsOf(f, new FindingFilter(null, Set.of(), true, false))).hasSize(1);
    assertThat(findingsOf(f, new FindingFilter(null, Set.of("critical"), false, false)))
        .extracting(FindingView::vulnerabilityId)
        .containsExactly(other);
  }

  @Test
  void a_new_sbom_of_the_release_supersedes_the_old_one_and_keeps_first_seen() throws IOException {
    String name = "carry-" + unique();
    store(osv("GHSA-" + unique(), null, "npm", name, "[{\"introduced\": \"0\"}]", null));
    Fixture first = sbom(npm(name, "1.0.0"));
    Instant firstSeen = findingsOf(first, FindingFilter.open()).get(0).firstSeenAt();

    Fixture second =
        sbom(
            first.release(),
            first.supplier(),
            Instant.parse("2026-12-05T00:00:00Z"),
            npm(name, "1.0.1"));

    assertThat(findingsOf(first, FindingFilter.open())).isEmpty();
    assertThat(findingsOf(first, new FindingFilter(null, Set.of(), false, true)))
        .singleElement()
        .extracting(FindingView::resolution)
        .isEqualTo("superseded by a newer SBOM of the release");
    assertThat(findingsOf(second, FindingFilter.open()))
        .singleElement()
        .extracting(FindingView::firstSeenAt)
        .isEqualTo(firstSeen);
  }

  @Test
  void where_used_finds_current_sboms_by_key_version_and_name_within_the_scope()
      throws IOException {
    String name = "where-" + unique();
    Fixture a = sbom(npm(name, "3.1.0"));
    Fixture b = sbom(npm(name, "3.2.0"));
    String key = "npm/" + name;

    assertThat(db.inTransaction(() -> whereUsed.byKey(ALL, key, null, 100)))
        .extracting(ReleaseUse::componentReleaseId)
        .containsExactlyInAnyOrder(a.release().id(), b.release().id());
    assertThat(db.inTransaction(() -> whereUsed.byKey(ALL, key, "3.2.0", 100)))
        .extracting(ReleaseUse::componentReleaseId)
        .containsExactly(b.release().id());
    assertThat(db.inTransaction(() -> whereUsed.byName(ALL, Set.of(name), 100))).hasSize(2);
    assertThat(
            db.inTransaction(
                () -> whereUsed.byKey(SupplierScope.only(a.supplier().id()), key, null, 100)))
        .extracting(ReleaseUse::componentReleaseId)
        .containsExactly(a.release().id());
    assertThat(db.inTransaction(() -> whereUsed.byKey(SupplierScope.none(), key, null, 100)))
        .isEmpty();
  }

  @Test
  void another_supplier_sees_none_of_the_findings() throws IOException {
    String name = "scoped-" + unique();
    store(osv("GHSA-" + unique(), null, "npm", name, "[{\"introduced\": \"0\"}]", null));
    Fixture f = sbom(npm(name, "1.0.0"));
    Fixture other = sbom(npm("unrelated-" + unique(), "1.0.0"));

    assertThat(
            db.inTransaction(
                () ->
                    findings.ofSbom(
                        SupplierScope.only(f.supplier().id()),
                        f.sbom().id(),
                        FindingFilter.open(),
                        PageRequest.first(10))))
        .hasSize(1);
    assertThat(
            db.inTransaction(
                () ->
                    findings.ofSbom(
                        SupplierScope.only(other.supplier().id()),
                        f.sbom().id(),
                        FindingFilter.open(),
                        PageRequest.first(10))))
        .isEmpty();
    assertThat(
            db.inTransaction(
                () ->
                    findings.countOfRelease(
                        SupplierScope.only(other.supplier().id()),
                        f.release().id(),
                        FindingFilter.open())))
        .isZero();
    assertThat(
            db.inTransaction(
                () ->
                    findings.ofSbom(
                        SupplierScope.none(),
                        f.sbom().id(),
                        FindingFilter.open(),
                        PageRequest.first(10))))
        .isEmpty();
  }

  private static int vulnerabilityCount(String... ids) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(distinct id) from vulnerability where primary_id in (?, ?, ?)"
                    + " or id in (select vulnerability_id from vulnerability_alias"
                    + " where alias in (?, ?, ?))")) {
      for (int i = 0; i < 3; i++) {
        s.setString(i + 1, ids[i]);
        s.setString(i + 4, ids[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
