package org.provena.scoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.scoring.domain.Checks;
import org.provena.scoring.domain.DeviceInputs;
import org.provena.scoring.domain.DeviceScoring;
import org.provena.scoring.domain.EvidenceInputs;
import org.provena.scoring.domain.FindingInputs;
import org.provena.scoring.domain.Grade;
import org.provena.scoring.domain.OpenItem;
import org.provena.scoring.domain.ReleaseInputs;
import org.provena.scoring.domain.ReleaseScoring;
import org.provena.scoring.domain.Score;
import org.provena.scoring.domain.ScoringWeights;
import org.provena.scoring.domain.SupplierInputs;
import org.provena.scoring.domain.SupplierScoring;
import org.provena.testing.JpaTestDatabase;

/**
 * The scoring inputs read from a migrated H2 with one realistic fixture, written as the other
 * contexts store it: a supplier with a CVD contact and an overdue request; a release with a
 * processed SBOM (quality report, hashes, an edge, a Sigstore signature over it), findings with
 * KEV, EPSS, CVSS 4.0 and a VEX answer from an unsigned document, assessments calling one risk
 * uncontrolled, SLSA provenance and a secure-development form; a second release without an SBOM; a
 * device release containing both.
 */
class JdbcScoringInputsTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  static JpaTestDatabase db;
  static JdbcScoringInputs inputs;

  static final UUID SUPPLIER = UUID.randomUUID();
  static final UUID COMPONENT = UUID.randomUUID();
  static final UUID RELEASE = UUID.randomUUID();
  static final UUID BARE_RELEASE = UUID.randomUUID();
  static final UUID SBOM = UUID.randomUUID();
  static final UUID OLD_SBOM = UUID.randomUUID();
  static final UUID KEV_FINDING = UUID.randomUUID();
  static final UUID ANSWERED_FINDING = UUID.randomUUID();
  static final UUID UNCONTROLLED_FINDING = UUID.randomUUID();
  static final UUID PROVENANCE = UUID.randomUUID();
  static final UUID FORM = UUID.randomUUID();
  static final UUID DEVICE_RELEASE = UUID.randomUUID();
  static final String SBOM_SHA = "ab".repeat(32);

  static final String QUALITY =
      """
      {"ntia2021": {"profile": "ntia2021", "score": 100, "fields": []},
       "cisa2026": {"profile": "cisa2026", "score": 82, "fields": [
         {"check": "hash", "scope": "component", "total": 4, "present": 2, "declaredUnknown": 0,
          "declaredWithheld": 0, "missing": 2, "coverage": 50.0, "passed": false,
          "fix": "Give 2 components a hash."},
         {"check": "licence", "scope": "component", "total": 4, "present": 4, "declaredUnknown": 0,
          "declaredWithheld": 0, "missing": 0, "coverage": 100.0, "passed": true}]},
       "bsi": {"profile": "bsi", "score": 50, "fields": []},
       "fda": {"profile": "fda", "score": 0, "fields": []}}
      """;

  @BeforeAll
  static void fixture() throws SQLException {
    db = JpaTestDatabase.h2();
    inputs = db.inject(new JdbcScoringInputs());
    try (Connection c = db.connection()) {
      insert(
          c,
          "supplier",
          "id, name, organization_alias, status, cvd_contact, created_at, updated_at",
          SUPPLIER,
          "Acme Medical Software",
          "acme",
          "ACTIVE",
          "psirt@acme.example",
          at(400),
          at(400));
      insert(
          c,
          "component",
          "id, supplier_id, name, type, created_at",
          COMPONENT,
          SUPPLIER,
          "acme-tls",
          "LIBRARY",
          at(400));
      insert(
          c,
          "component_release",
          "id, component_id, supplier_id, version_label, level_of_support, end_of_support, created_at",
          RELEASE,
          COMPONENT,
          SUPPLIER,
          "3.0.1",
          "ACTIVELY_MAINTAINED",
          LocalDate.parse("2028-06-30"),
          at(300));
      insert(
          c,
          "component_release",
          "id, component_id, supplier_id, version_label, level_of_support, created_at",
          BARE_RELEASE,
          COMPONENT,
          SUPPLIER,
          "2.9.0",
          "UNKNOWN",
          at(300));
      insert(c, "stored_blob", "sha256, size_bytes, stored_at", SBOM_SHA, 1000L, at(100));
      insert(c, "stored_blob", "sha256, size_bytes, stored_at", "cd".repeat(32), 1000L, at(200));
      // An older SBOM, superseded: its facts must not be read.
      insert(
          c,
          "sbom_document",
          "id, supplier_id, component_release_id, original_sha256, format, spec_version, status,"
              + " package_count, uploaded_by, uploaded_at, processed_at, superseded_at",
          OLD_SBOM,
          SUPPLIER,
          RELEASE,
          "cd".repeat(32),
          "CYCLONEDX_JSON",
          "1.3",
          "PROCESSED",
          1,
          "ci",
          at(200),
          at(200),
          at(100));
      insert(
          c,
          "sbom_document",
          "id, supplier_id, component_release_id, original_sha256, format, spec_version, status,"
              + " package_count, quality_report, uploaded_by, uploaded_at, processed_at",
          SBOM,
          SUPPLIER,
          RELEASE,
          SBOM_SHA,
          "CYCLONEDX_JSON",
          "1.6",
          "PROCESSED",
          4,
          QUALITY,
          "ci",
          at(100),
          at(100));
      UUID[] packages = {
        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()
      };
      String[] names = {"acme-tls", "zlib", "expat", "log4j-core"};
      for (int i = 0; i < 4; i++) {
        insert(
            c,
            "sbom_package",
            "id, sbom_id, supplier_id, name, package_version",
            packages[i],
            SBOM,
            SUPPLIER,
            names[i],
            "1." + i);
      }
      insert(
          c,
          "sbom_package_hash",
          "package_id, algorithm, hash_value",
          packages[0],
          "SHA256",
          "11".repeat(32));
      insert(
          c,
          "sbom_package_hash",
          "package_id, algorithm, hash_value",
          packages[0],
          "MD5",
          "22".repeat(16));
      insert(
          c,
          "sbom_package_hash",
          "package_id, algorithm, hash_value",
          packages[1],
          "SHA1",
          "33".repeat(20));
      insert(
          c,
          "sbom_dependency_edge",
          "sbom_id, from_package_id, to_package_id",
          SBOM,
          packages[0],
          packages[1]);

      UUID log4shell = UUID.randomUUID();
      UUID answered = UUID.randomUUID();
      UUID medium = UUID.randomUUID();
      insert(
          c,
          "vulnerability",
          "id, primary_id, severity, cvss_v31_score, cvss_v40_score, epss_score, kev_date_added, kev_due_date",
          log4shell,
          "CVE-2021-44228",
          "CRITICAL",
          10.0,
          9.3,
          0.94,
          LocalDate.parse("2021-12-10"),
          LocalDate.parse("2021-12-24"));
      insert(
          c,
          "vulnerability",
          "id, primary_id, severity, cvss_v31_score",
          answered,
          "CVE-2022-37434",
          "CRITICAL",
          9.8);
      insert(
          c,
          "vulnerability",
          "id, primary_id, severity, cvss_v31_score, epss_score",
          medium,
          "CVE-2024-45491",
          "MEDIUM",
          5.5,
          0.02);
      insert(
          c,
          "finding",
          "id, supplier_id, component_release_id, package_id, vulnerability_id, matched_by, state, first_seen_at",
          KEV_FINDING,
          SUPPLIER,
          RELEASE,
          packages[3],
          log4shell,
          "OSV",
          "OPEN",
          at(20));
      insert(
          c,
          "finding",
          "id, supplier_id, component_release_id, package_id, vulnerability_id, matched_by, state, first_seen_at",
          ANSWERED_FINDING,
          SUPPLIER,
          RELEASE,
          packages[1],
          answered,
          "OSV",
          "OPEN",
          at(20));
      insert(
          c,
          "finding",
          "id, supplier_id, component_release_id, package_id, vulnerability_id, matched_by, state, first_seen_at",
          UNCONTROLLED_FINDING,
          SUPPLIER,
          RELEASE,
          packages[2],
          medium,
          "OSV",
          "OPEN",
          at(80));

      UUID vexDocument = UUID.randomUUID();
      UUID statement = UUID.randomUUID();
      insert(
          c,
          "vex_document",
          "id, supplier_id, component_release_id, format, original_sha256, signature_outcome,"
              + " statement_count, uploaded_by, uploaded_at",
          vexDocument,
          SUPPLIER,
          RELEASE,
          "OPENVEX",
          SBOM_SHA,
          "UNSIGNED",
          1,
          "ci",
          at(5));
      insert(
          c,
          "vex_document",
          "id, supplier_id, component_release_id, format, original_sha256, signature_outcome,"
              + " statement_count, uploaded_by, uploaded_at",
          UUID.randomUUID(),
          SUPPLIER,
          RELEASE,
          "OPENVEX",
          SBOM_SHA,
          "INVALID",
          1,
          "ci",
          at(4));
      insert(
          c,
          "vex_statement",
          "id, supplier_id, component_release_id, finding_id, vulnerability_ref, status,"
              + " justification, source, author, issued_at, recorded_at, document_id",
          statement,
          SUPPLIER,
          RELEASE,
          ANSWERED_FINDING,
          "CVE-2022-37434",
          "NOT_AFFECTED",
          "VULNERABLE_CODE_NOT_IN_EXECUTE_PATH",
          "OPENVEX",
          "Acme PSIRT",
          at(5),
          at(5),
          vexDocument);
      try (PreparedStatement s =
          c.prepareStatement(
              "update finding set vex_statement_id = ?, vex_status = 'NOT_AFFECTED', vex_at = ? where id = ?")) {
        s.setObject(1, statement);
        s.setObject(2, at(5));
        s.setObject(3, ANSWERED_FINDING);
        s.executeUpdate();
      }
      // Controlled first, then uncontrolled twice: the clock starts at the first uncontrolled one.
      insert(
          c,
          "finding_assessment",
          "id, finding_id, triage_state, safety_impact, risk_control, assessed_by, assessed_at",
          UUID.randomUUID(),
          UNCONTROLLED_FINDING,
          "IN_TRIAGE",
          "MINOR",
          "CONTROLLED",
          "sec",
          at(70));
      insert(
          c,
          "finding_assessment",
          "id, finding_id, triage_state, safety_impact, risk_control, assessed_by, assessed_at",
          UUID.randomUUID(),
          UNCONTROLLED_FINDING,
          "EXPLOITABLE",
          "SERIOUS",
          "UNCONTROLLED",
          "sec",
          at(65));
      insert(
          c,
          "finding_assessment",
          "id, finding_id, triage_state, safety_impact, risk_control, assessed_by, assessed_at",
          UUID.randomUUID(),
          UNCONTROLLED_FINDING,
          "EXPLOITABLE",
          "SERIOUS",
          "UNCONTROLLED",
          "sec",
          at(10));

      insert(
          c,
          "attestation",
          "id, supplier_id, component_release_id, kind, subject_binding, verification_status,"
              + " signature_outcome, slsa_build_level, issued_at, uploaded_by, uploaded_at",
          PROVENANCE,
          SUPPLIER,
          RELEASE,
          "SLSA_PROVENANCE",
          "MATCHED",
          "VERIFIED",
          "VALID",
          3,
          at(90),
          "ci",
          at(90));
      insert(
          c,
          "attestation",
          "id, supplier_id, kind, subject_digest_algorithm, subject_digest, subject_binding,"
              + " verification_status, signature_outcome, issued_at, uploaded_by, uploaded_at",
          UUID.randomUUID(),
          SUPPLIER,
          "SIGSTORE_BUNDLE",
          "SHA256",
          SBOM_SHA.toUpperCase(),
          "UNKNOWN",
          "VERIFIED",
          "VALID",
          at(99),
          "ci",
          at(99));
      insert(
          c,
          "attestation",
          "id, supplier_id, kind, verification_status, signature_outcome, issued_at, expires_at,"
              + " details, uploaded_by, uploaded_at",
          FORM,
          SUPPLIER,
          "CISA_SECURE_SOFTWARE_DEVELOPMENT",
          "VERIFIED",
          "VALID",
          at(30),
          at(-335),
          "{\"form\": \"cisa-secure-software-development-attestation\", \"allProducts\": false,"
              + " \"releases\": [{\"id\": \""
              + RELEASE
              + "\", \"name\": \"acme-tls\", \"version\": \"3.0.1\"}]}",
          "jane",
          at(30));

      insert(
          c,
          "evidence_request",
          "id, supplier_id, kind, due_date, state, requested_by, requested_at",
          UUID.randomUUID(),
          SUPPLIER,
          "VEX",
          LocalDate.parse("2026-11-15"),
          "OVERDUE",
          "buyer",
          at(40));
      insert(
          c,
          "evidence_request",
          "id, supplier_id, kind, due_date, state, requested_by, requested_at",
          UUID.randomUUID(),
          SUPPLIER,
          "SBOM",
          LocalDate.parse("2026-10-01"),
          "ACCEPTED",
          "buyer",
          at(90));

      UUID device = UUID.randomUUID();
      insert(c, "device", "id, name, created_at", device, "Infusion pump", at(500));
      insert(
          c,
          "device_release",
          "id, device_id, version_label, planned_end_of_support, created_at",
          DEVICE_RELEASE,
          device,
          "4.2",
          LocalDate.parse("2031-12-31"),
          at(200));
      insert(
          c,
          "device_release_component",
          "id, device_release_id, component_release_id, criticality, exposure",
          UUID.randomUUID(),
          DEVICE_RELEASE,
          RELEASE,
          "CLASS_C",
          "NETWORKED");
      insert(
          c,
          "device_release_component",
          "id, device_release_id, component_release_id, criticality, exposure",
          UUID.randomUUID(),
          DEVICE_RELEASE,
          BARE_RELEASE,
          "CLASS_A",
          "LOCAL_ONLY");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  @Test
  void a_release_reads_with_its_current_sboms_facts_findings_and_evidence() {
    ReleaseInputs release =
        db.inTransaction(() -> inputs.releases(List.of(RELEASE, UUID.randomUUID()))).get(0);

    assertThat(release.label()).isEqualTo("acme-tls 3.0.1");
    assertThat(release.supplierId()).isEqualTo(SUPPLIER);
    assertThat(release.endOfSupport()).isEqualTo(LocalDate.parse("2028-06-30"));
    assertThat(release.sbom().sbomId())
        .as("the current SBOM, not the superseded one")
        .isEqualTo(SBOM);
    assertThat(release.sbom().specVersion()).isEqualTo("1.6");
    assertThat(release.sbom().packageCount()).isEqualTo(4);
    assertThat(release.sbom().packagesWithStrongHash()).isEqualTo(1);
    assertThat(release.sbom().packagesWithWeakHashOnly()).isEqualTo(1);
    assertThat(release.sbom().packagesWithoutHash()).isEqualTo(2);
    assertThat(release.sbom().dependencyEdges()).isTrue();
    assertThat(release.sbom().cisaScore()).isEqualTo(82);
    assertThat(release.sbom().cisaGaps())
        .singleElement()
        .satisfies(g -> assertThat(g.fix()).isEqualTo("Give 2 components a hash."));
    assertThat(release.sbom().signature()).isEqualTo("VALID");
    assertThat(release.invalidVexDocuments()).isEqualTo(1);

    Map<String, FindingInputs> findings =
        release.findings().stream()
            .collect(Collectors.toMap(FindingInputs::vulnerabilityId, f -> f));
    assertThat(findings).hasSize(3);
    FindingInputs kev = findings.get("CVE-2021-44228");
    assertThat(kev.cvss()).as("CVSS 4.0 first").isEqualTo(9.3);
    assertThat(kev.epss()).isEqualTo(0.94);
    assertThat(kev.kevDueDate()).isEqualTo(LocalDate.parse("2021-12-24"));
    assertThat(kev.packageLabel()).isEqualTo("log4j-core 1.3");
    assertThat(kev.vex()).isNull();
    FindingInputs.Vex vex = findings.get("CVE-2022-37434").vex();
    assertThat(vex.status()).isEqualTo("NOT_AFFECTED");
    assertThat(vex.justification()).isEqualTo("VULNERABLE_CODE_NOT_IN_EXECUTE_PATH");
    assertThat(vex.documentSignature()).isEqualTo("UNSIGNED");
    FindingInputs.Assessment assessment = findings.get("CVE-2024-45491").assessment();
    assertThat(assessment.riskControl()).isEqualTo("UNCONTROLLED");
    assertThat(assessment.assessedAt()).isEqualTo(NOW.minus(10, ChronoUnit.DAYS));
    assertThat(assessment.uncontrolledSince()).isEqualTo(NOW.minus(65, ChronoUnit.DAYS));

    assertThat(release.evidence())
        .extracting(EvidenceInputs::kind)
        .containsExactlyInAnyOrder(
            "SLSA_PROVENANCE", "SIGSTORE_BUNDLE", "CISA_SECURE_SOFTWARE_DEVELOPMENT");
    EvidenceInputs form =
        release.evidence().stream()
            .filter(e -> e.attestationId().equals(FORM))
            .findFirst()
            .orElseThrow();
    assertThat(form.covers(RELEASE)).isTrue();
    assertThat(form.covers(BARE_RELEASE)).isFalse();
  }

  @Test
  void the_fixture_release_is_capped_for_its_kev_finding_and_its_missed_fda_fix() {
    ReleaseInputs release = db.inTransaction(() -> inputs.releases(List.of(RELEASE))).get(0);

    Score score = ReleaseScoring.score(release, NOW, ScoringWeights.defaults());

    assertThat(score.grade()).isIn(Grade.D, Grade.E, Grade.F);
    assertThat(score.openItems())
        .extracting(OpenItem::check)
        .contains(Checks.KEV, Checks.FIX_OVERDUE, Checks.BAD_SIGNATURE, Checks.UNSIGNED)
        .doesNotContain(Checks.NO_PROVENANCE, Checks.SECURE_DEVELOPMENT);
  }

  @Test
  void a_supplier_reads_with_its_releases_evidence_awaited_requests_and_contact() {
    SupplierInputs supplier = db.inTransaction(() -> inputs.suppliers(List.of(SUPPLIER))).get(0);

    assertThat(supplier.name()).isEqualTo("Acme Medical Software");
    assertThat(supplier.releaseIds()).containsExactlyInAnyOrder(RELEASE, BARE_RELEASE);
    assertThat(supplier.awaitedRequests())
        .singleElement()
        .satisfies(r -> assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2026-11-15")));
    assertThat(supplier.cvdContact()).isEqualTo("psirt@acme.example");
    assertThat(supplier.evidence())
        .as("supplier-wide evidence only")
        .extracting(EvidenceInputs::kind)
        .containsExactlyInAnyOrder("SIGSTORE_BUNDLE", "CISA_SECURE_SOFTWARE_DEVELOPMENT");

    Score score = SupplierScoring.score(supplier, Map.of(), NOW, ScoringWeights.defaults());
    assertThat(score.openItems())
        .extracting(OpenItem::check)
        .containsExactlyInAnyOrder(Checks.OVERDUE_REQUESTS, Checks.NO_CVD_CONTACT);
  }

  @Test
  void a_device_release_reads_with_its_components_and_inherits_the_kev_cap() {
    DeviceInputs device =
        db.inTransaction(() -> inputs.deviceReleases(List.of(DEVICE_RELEASE))).get(0);

    assertThat(device.label()).isEqualTo("Infusion pump 4.2");
    assertThat(device.plannedEndOfSupport()).isEqualTo(LocalDate.parse("2031-12-31"));
    assertThat(device.components())
        .extracting(
            DeviceInputs.Component::label,
            DeviceInputs.Component::criticality,
            DeviceInputs.Component::exposure)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme-tls 2.9.0", "CLASS_A", "LOCAL_ONLY"),
            org.assertj.core.groups.Tuple.tuple("acme-tls 3.0.1", "CLASS_C", "NETWORKED"));

    Map<java.util.UUID, Score> releaseScores =
        db.inTransaction(() -> inputs.releases(device.componentReleaseIds())).stream()
            .collect(
                Collectors.toMap(
                    ReleaseInputs::releaseId,
                    r -> ReleaseScoring.score(r, NOW, ScoringWeights.defaults())));
    Score score = DeviceScoring.score(device, releaseScores, NOW, ScoringWeights.defaults());

    assertThat(score.grade()).isIn(Grade.D, Grade.E, Grade.F);
    assertThat(score.openItems())
        .extracting(OpenItem::check)
        .contains(Checks.KEV, Checks.SUPPORT_ENDS_BEFORE_DEVICE, Checks.SUPPORT_UNKNOWN);
  }

  @Test
  void what_a_release_touches_and_what_exists_are_found_in_batches() {
    List<UUID> many = new java.util.ArrayList<>(List.of(RELEASE));
    for (int i = 0; i < 1200; i++) {
      many.add(UUID.randomUUID());
    }
    many.add(BARE_RELEASE);

    assertThat(db.inTransaction(() -> inputs.suppliersOf(many))).containsExactly(SUPPLIER);
    assertThat(db.inTransaction(() -> inputs.deviceReleasesContaining(many)))
        .containsExactly(DEVICE_RELEASE);
    assertThat(db.inTransaction(() -> inputs.releases(many)))
        .extracting(ReleaseInputs::releaseId)
        .containsExactly(RELEASE, BARE_RELEASE);
    assertThat(db.inTransaction(() -> inputs.allComponentReleases()))
        .containsExactlyInAnyOrder(RELEASE, BARE_RELEASE);
    assertThat(db.inTransaction(() -> inputs.allSuppliers())).containsExactly(SUPPLIER);
    assertThat(db.inTransaction(() -> inputs.allDeviceReleases())).containsExactly(DEVICE_RELEASE);
  }

  /** {@code days} days before NOW (negative: after). */
  static OffsetDateTime at(int days) {
    return NOW.minus(days, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
  }

  static void insert(Connection c, String table, String columns, Object... values)
      throws SQLException {
    int n = columns.split(",").length;
    assertThat(values).as(table + " values").hasSize(n);
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into "
                + table
                + " ("
                + columns
                + ") values ("
                + String.join(", ", Collections.nCopies(n, "?"))
                + ")")) {
      for (int i = 0; i < n; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
