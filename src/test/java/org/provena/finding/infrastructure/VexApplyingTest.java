package org.provena.finding.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.finding.infrastructure.FindingsOnH2.*;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.component.domain.Component;
import org.provena.component.domain.ComponentRelease;
import org.provena.component.domain.ComponentType;
import org.provena.component.domain.LevelOfSupport;
import org.provena.component.infrastructure.JpaComponentRepository;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingView;
import org.provena.finding.application.ProductsJson;
import org.provena.finding.domain.Finding;
import org.provena.finding.domain.FindingsChanged;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexDocument;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexSource;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatus;
import org.provena.supplier.domain.Supplier;
import org.provena.vulnerability.domain.AdvisoryChanges;

/**
 * VEX statements meet findings on the real schema: by any of the vulnerability's ids, by the
 * package or the release the product names, now and for findings opened later; the newest statement
 * is the current answer; a statement never crosses to another supplier, another release when
 * restricted, or out of a document whose signature is invalid.
 */
class VexApplyingTest {

  private static final VexClaim NOT_AFFECTED =
      new VexClaim(
          VexStatus.NOT_AFFECTED, VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH, null, null);
  private static final VexClaim AFFECTED =
      new VexClaim(VexStatus.AFFECTED, null, null, "Upgrade to 2.0.0");

  @BeforeAll
  static void database() throws ReflectiveOperationException {
    FindingsOnH2.open();
  }

  @AfterAll
  static void close() throws SQLException {
    FindingsOnH2.close();
  }

  @Test
  void a_statement_naming_an_alias_answers_the_finding_of_its_package() throws IOException {
    Advisory a = advisory();
    Fixture f = sbom(npm(a.name, "1.2.0"), npm("unrelated-" + unique(), "1.0.0"));

    List<UUID> covered =
        state(
            f.supplier(),
            null,
            a.ghsa,
            product("pkg:npm/" + a.name + "@1.2.0"),
            NOT_AFFECTED,
            at(1));

    FindingView finding = single(f);
    assertThat(covered).containsExactly(finding.id());
    assertThat(finding.vexStatus()).isEqualTo("NOT_AFFECTED");
    assertThat(finding.vulnerabilityId())
        .as("the statement named the GHSA, the finding the CVE")
        .isEqualTo(a.cve);
    assertThat(findingsOf(f, FindingFilter.awaitingVex())).isEmpty();
  }

  @Test
  void a_statement_made_before_the_advisory_arrived_applies_when_the_finding_is_opened()
      throws IOException {
    String name = "later-" + unique();
    String cve = "CVE-2026-" + unique();
    Fixture f = sbom(npm(name, "1.0.0"));
    state(f.supplier(), null, cve, product("pkg:npm/" + name), AFFECTED, at(1));
    assertThat(findingsOf(f, FindingFilter.open())).isEmpty();

    AdvisoryChanges changes =
        store(osv("GHSA-" + unique(), cve, "npm", name, "[{\"introduced\": \"0\"}]", null));
    db.inTransaction(() -> matching.rematchPass(List.copyOf(changes.matchKeys())));

    assertThat(single(f).vexStatus())
        .as("a version-less purl covers every version of the package (OpenVEX)")
        .isEqualTo("AFFECTED");
  }

  @Test
  void a_statement_about_the_release_covers_its_findings_of_that_vulnerability_only()
      throws IOException {
    Advisory a = advisory();
    Advisory b = advisory();
    Fixture f = sbom(npm(a.name, "1.0.0"), npm(b.name, "1.0.0"));
    String releasePurl = "pkg:generic/acme/firmware-" + unique() + "@4.2";
    identify(f.release(), releasePurl);

    state(f.supplier(), null, a.cve, product(releasePurl), NOT_AFFECTED, at(1));

    List<FindingView> found = findingsOf(f, FindingFilter.open());
    assertThat(found)
        .filteredOn(v -> v.packageName().equals(a.name))
        .singleElement()
        .extracting(FindingView::vexStatus)
        .isEqualTo("NOT_AFFECTED");
    assertThat(found)
        .filteredOn(v -> v.packageName().equals(b.name))
        .singleElement()
        .extracting(FindingView::vexStatus)
        .isNull();
  }

  @Test
  void subcomponents_narrow_a_release_statement_to_the_packages_they_name() throws IOException {
    Advisory a = advisory();
    Fixture f = sbom(npm(a.name, "1.0.0"), npm(a.name, "1.1.0"));
    String releasePurl = "pkg:generic/acme/hub-" + unique() + "@1";
    identify(f.release(), releasePurl);
    VexProduct release =
        new VexProduct(
            releasePurl,
            null,
            null,
            null,
            null,
            null,
            List.of(product("pkg:npm/" + a.name + "@1.1.0")));

    state(f.supplier(), null, a.cve, release, NOT_AFFECTED, at(1));

    assertThat(findingsOf(f, FindingFilter.open()))
        .extracting(FindingView::packageVersion, FindingView::vexStatus)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("1.0.0", null),
            org.assertj.core.groups.Tuple.tuple("1.1.0", "NOT_AFFECTED"));
  }

  @Test
  void the_newest_statement_is_the_answer_whatever_order_they_arrive_in() throws IOException {
    Advisory a = advisory();
    Fixture f = sbom(npm(a.name, "1.0.0"));
    VexProduct p = product("pkg:npm/" + a.name + "@1.0.0");

    state(f.supplier(), null, a.cve, p, AFFECTED, at(20));
    state(f.supplier(), null, a.cve, p, NOT_AFFECTED, at(10));

    FindingView finding = single(f);
    assertThat(finding.vexStatus())
        .as("the statement made later wins, though it was uploaded first")
        .isEqualTo("AFFECTED");
    assertThat(db.inTransaction(() -> statements.historyOf(ALL, finding.id())))
        .extracting(VexStatement::status)
        .containsExactly(VexStatus.NOT_AFFECTED, VexStatus.AFFECTED);
  }

  @Test
  void a_statement_dated_in_the_future_counts_from_when_it_was_recorded() throws IOException {
    Advisory a = advisory();
    Fixture f = sbom(npm(a.name, "1.0.0"));
    VexProduct p = product("pkg:npm/" + a.name + "@1.0.0");

    state(f.supplier(), null, a.cve, p, AFFECTED, Instant.parse("2099-01-01T00:00:00Z"));
    // A later answer, recorded after the future-dated one.
    VexDocument d = document(f.supplier(), SignatureCheck.unsigned("not signed"));
    db.inTransaction(
        () -> {
          VexStatement s =
              VexStatement.imported(
                  d,
                  null,
                  new VexDocumentStatement(
                      "$", a.cve, List.of(), List.of(p), NOT_AFFECTED, null, NOW.plusSeconds(7200)),
                  new ProductsJson().write(List.of(p)),
                  NOW.plusSeconds(7200));
          statements.store(ALL, s);
          links.indexKeys(s.id(), s.vulnerabilityKeys());
          vex.apply(s, List.of(p));
        });

    assertThat(single(f).vexStatus())
        .as("2099 counts as the moment it was recorded, before the later answer")
        .isEqualTo("NOT_AFFECTED");
  }

  @Test
  void a_statement_restricted_to_one_release_leaves_the_others_alone() throws IOException {
    Advisory a = advisory();
    Fixture one = sbom(npm(a.name, "1.0.0"));
    Fixture two = sbom(one.release(), one.supplier(), NOW, npm(a.name, "1.0.0"));
    Fixture elsewhere = sbomOf(one.supplier(), npm(a.name, "1.0.0"));

    state(
        one.supplier(),
        one.release().id(),
        a.cve,
        product("pkg:npm/" + a.name),
        NOT_AFFECTED,
        at(1));

    assertThat(single(two).vexStatus()).isEqualTo("NOT_AFFECTED");
    assertThat(single(elsewhere).vexStatus()).isNull();
  }

  @Test
  void another_suppliers_statement_never_answers_a_finding() throws IOException {
    Advisory a = advisory();
    Fixture mine = sbom(npm(a.name, "1.0.0"));
    Fixture theirs = sbom(npm(a.name, "1.0.0"));

    state(theirs.supplier(), null, a.cve, product("pkg:npm/" + a.name), NOT_AFFECTED, at(1));

    assertThat(single(theirs).vexStatus()).isEqualTo("NOT_AFFECTED");
    assertThat(single(mine).vexStatus()).isNull();
  }

  @Test
  void statements_of_a_document_whose_signature_is_invalid_never_wait_for_findings()
      throws IOException {
    String name = "forged-" + unique();
    String cve = "CVE-2026-" + unique();
    Fixture f = sbom(npm(name, "1.0.0"));
    VexDocument forged =
        document(f.supplier(), SignatureCheck.invalid("the payload was changed", "key abc"));
    statement(forged, null, cve, product("pkg:npm/" + name), NOT_AFFECTED, at(1));

    AdvisoryChanges changes =
        store(osv("GHSA-" + unique(), cve, "npm", name, "[{\"introduced\": \"0\"}]", null));
    db.inTransaction(() -> matching.rematchPass(List.copyOf(changes.matchKeys())));

    assertThat(single(f).vexStatus()).isNull();
  }

  @Test
  void a_portal_answer_carries_over_to_the_releases_next_sbom() throws IOException {
    Advisory a = advisory();
    Fixture first = sbom(npm(a.name, "1.0.0"));
    FindingView finding = single(first);
    VexProduct p = product("pkg:npm/" + a.name + "@1.0.0");
    db.inTransaction(
        () -> {
          Finding entity =
              db.inject(new JpaFindingRepository()).find(ALL, finding.id()).orElseThrow();
          VexStatement answer =
              VexStatement.answered(
                  entity,
                  List.of(finding.vulnerabilityId()),
                  new ProductsJson().write(List.of(p)),
                  NOT_AFFECTED,
                  "supplier",
                  at(1));
          statements.store(ALL, answer);
          links.indexKeys(answer.id(), answer.vulnerabilityKeys());
          vex.apply(answer, List.of(p));
        });

    Fixture next =
        sbom(first.release(), first.supplier(), NOW.plusSeconds(60), npm(a.name, "1.0.0"));

    assertThat(single(next).vexStatus()).isEqualTo("NOT_AFFECTED");
    assertThat(single(next).id()).isNotEqualTo(finding.id());
  }

  // --- helpers ---

  @Test
  void a_statement_that_changes_an_answer_reports_that_release_and_no_other() throws IOException {
    Advisory a = advisory();
    Fixture answered = sbom(npm(a.name, "1.0.0"));
    Fixture untouched = sbom(npm(a.name, "1.0.0"));
    changes.clear();

    state(
        answered.supplier(),
        null,
        a.cve,
        product("pkg:npm/" + a.name + "@1.0.0"),
        NOT_AFFECTED,
        at(1));

    assertThat(changes.fired())
        .extracting(FindingsChanged::componentReleaseIds)
        .containsExactly(Set.of(answered.release().id()));
    assertThat(single(untouched).vexStatus()).isNull();
  }

  @Test
  void a_statement_older_than_the_current_answer_changes_nothing_and_reports_nothing()
      throws IOException {
    Advisory a = advisory();
    Fixture f = sbom(npm(a.name, "1.0.0"));
    VexProduct product = product("pkg:npm/" + a.name + "@1.0.0");
    state(f.supplier(), null, a.cve, product, AFFECTED, at(10));
    changes.clear();

    state(f.supplier(), null, a.cve, product, NOT_AFFECTED, at(5));

    assertThat(single(f).vexStatus()).isEqualTo("AFFECTED");
    assertThat(changes.fired()).isEmpty();
  }

  private record Advisory(String name, String cve, String ghsa) {}

  /** An npm package affected in every version, under a GHSA id with a CVE alias. */
  private static Advisory advisory() throws IOException {
    Advisory a = new Advisory("pkg-" + unique(), "CVE-2026-" + unique(), "GHSA-" + unique());
    store(osv(a.ghsa, a.cve, "npm", a.name, "[{\"introduced\": \"0\"}]", null));
    return a;
  }

  private static Instant at(int minutes) {
    return NOW.plusSeconds(60L * minutes);
  }

  private static VexProduct product(String purl) {
    return new VexProduct(purl, null, null, null, null, null, List.of());
  }

  private static FindingView single(Fixture f) {
    List<FindingView> found = findingsOf(f, FindingFilter.open());
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static void identify(ComponentRelease release, String purl) {
    db.inTransaction(
        () -> {
          var components = db.inject(new JpaComponentRepository());
          ComponentRelease found = components.findRelease(ALL, release.id()).orElseThrow();
          found.identify(purl, null);
          components.storeRelease(ALL, found);
        });
  }

  /** A second release of the same supplier, with an SBOM. */
  private static Fixture sbomOf(Supplier supplier, org.provena.sbom.domain.PackageEntry entry) {
    Component component =
        Component.register(supplier.id(), "other-" + unique(), ComponentType.LIBRARY, null, NOW);
    ComponentRelease release = component.release("2.0.0", LevelOfSupport.UNKNOWN, null, NOW);
    db.inTransaction(
        () -> {
          var components = db.inject(new JpaComponentRepository());
          components.store(ALL, component);
          components.storeRelease(ALL, release);
        });
    return sbom(release, supplier, NOW, entry);
  }

  private static VexDocument document(Supplier supplier, SignatureCheck signature) {
    VexDocument d =
        VexDocument.received(
            supplier.id(),
            null,
            new VexDocumentContent(
                VexSource.OPENVEX, "0.2.0", "urn:test:" + unique(), "psirt", NOW, List.of(), null),
            storedBlob(),
            "application/json",
            signature,
            null,
            "ci",
            NOW);
    db.inTransaction(() -> db.inject(new JpaVexDocumentRepository()).store(ALL, d));
    return d;
  }

  /** A trusted document's statement, stored and applied as the intake does. */
  private static List<UUID> state(
      Supplier supplier,
      UUID releaseId,
      String vulnerability,
      VexProduct product,
      VexClaim claim,
      Instant when) {
    return statement(
        document(supplier, SignatureCheck.unsigned("not signed")),
        releaseId,
        vulnerability,
        product,
        claim,
        when);
  }

  private static List<UUID> statement(
      VexDocument document,
      UUID releaseId,
      String vulnerability,
      VexProduct product,
      VexClaim claim,
      Instant when) {
    VexDocumentStatement read =
        new VexDocumentStatement(
            "$.statements[0]", vulnerability, List.of(), List.of(product), claim, null, when);
    return db.inTransaction(
        () -> {
          VexStatement s =
              VexStatement.imported(
                  document,
                  releaseId,
                  read,
                  new ProductsJson().write(List.of(product)),
                  NOW.plusSeconds(3600));
          statements.store(ALL, s);
          links.indexKeys(s.id(), s.vulnerabilityKeys());
          return document.isTrusted() ? vex.apply(s, List.of(product)) : List.<UUID>of();
        });
  }

  private static String storedBlob() {
    String digest = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    db.inTransaction(
        () ->
            db.inject(new org.provena.sbom.infrastructure.JpaStoredBlobRepository())
                .store(
                    org.provena.sbom.domain.StoredBlob.stored(digest, 1, "application/json", NOW)));
    return digest;
  }
}
