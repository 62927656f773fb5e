package org.provena.finding.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.provena.component.domain.Component;
import org.provena.component.domain.ComponentRelease;
import org.provena.component.domain.ComponentType;
import org.provena.component.domain.LevelOfSupport;
import org.provena.component.infrastructure.JpaComponentRepository;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingMatching;
import org.provena.finding.application.FindingView;
import org.provena.finding.application.ProductsJson;
import org.provena.finding.application.VexApplying;
import org.provena.finding.domain.FindingsChanged;
import org.provena.sbom.domain.PackageEntry;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomMetadata;
import org.provena.sbom.domain.SbomPackage;
import org.provena.sbom.domain.SbomProcessed;
import org.provena.sbom.domain.StoredBlob;
import org.provena.sbom.infrastructure.JpaSbomPackageRepository;
import org.provena.sbom.infrastructure.JpaSbomRepository;
import org.provena.sbom.infrastructure.JpaStoredBlobRepository;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.domain.Supplier;
import org.provena.supplier.infrastructure.JpaSupplierRepository;
import org.provena.testing.JpaTestDatabase;
import org.provena.vulnerability.application.AffectedRules;
import org.provena.vulnerability.domain.Advisory;
import org.provena.vulnerability.domain.AdvisoryChanges;
import org.provena.vulnerability.domain.Feed;
import org.provena.vulnerability.infrastructure.JdbcAdvisoryStore;
import org.provena.vulnerability.infrastructure.feed.OsvReader;

/**
 * The finding stores and services on a migrated in-memory H2, wired by hand, with fixtures: a
 * supplier's release with an SBOM processed (inventory stored, packages matched), our own OSV
 * records stored. One test class at a time {@link #open opens} it and {@link #close closes} it.
 */
final class FindingsOnH2 {

  static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  static final SupplierScope ALL = SupplierScope.all();

  static JdbcAdvisoryStore advisories;
  static FindingMatching matching;
  static JdbcFindingReads findings;
  static JdbcWhereUsedReads whereUsed;

  static JpaTestDatabase db;
  static JdbcVexLinks links;
  static JpaVexStatementRepository statements;
  static VexApplying vex;
  static RecordedEvents<FindingsChanged> changes;

  private FindingsOnH2() {}

  static void open() throws ReflectiveOperationException {
    db = JpaTestDatabase.h2();
    changes = new RecordedEvents<>();
    advisories = db.inject(new JdbcAdvisoryStore());
    AffectedRules rules = new AffectedRules();
    set(rules, "store", advisories);
    matching = new FindingMatching();
    set(matching, "store", db.inject(new JdbcMatchStore()));
    set(matching, "rules", rules);
    set(matching, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
    set(matching, "changed", changes);
    links = db.inject(new JdbcVexLinks());
    statements = db.inject(new JpaVexStatementRepository());
    vex = new VexApplying();
    set(vex, "links", links);
    set(vex, "productsJson", new ProductsJson());
    set(vex, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
    set(vex, "changed", changes);
    set(matching, "vex", vex);
    findings = db.inject(new JdbcFindingReads());
    whereUsed = db.inject(new JdbcWhereUsedReads());
  }

  static void close() throws SQLException {
    db.close();
  }

  record Fixture(Supplier supplier, ComponentRelease release, SbomDocument sbom) {}

  static PackageEntry pypi(String name, String version) {
    return entry(name, version, "pkg:pypi/" + name.toLowerCase() + "@" + version, null);
  }

  static PackageEntry npm(String name, String version) {
    return entry(name, version, "pkg:npm/" + name + "@" + version, null);
  }

  static PackageEntry cpe(String cpe) {
    return entry("firmware", null, null, cpe);
  }

  static PackageEntry entry(String name, String version, String purl, String cpe) {
    return new PackageEntry(null, "library", null, name, version, purl, cpe, null, null, Set.of());
  }

  static Fixture sbom(PackageEntry... entries) {
    Supplier supplier = Supplier.invite("Supplier " + unique(), "org-" + unique(), null, NOW);
    db.inTransaction(() -> db.inject(new JpaSupplierRepository()).store(ALL, supplier));
    Component component =
        Component.register(supplier.id(), "lib-" + unique(), ComponentType.LIBRARY, null, NOW);
    ComponentRelease release = component.release("1.0.0", LevelOfSupport.UNKNOWN, null, NOW);
    db.inTransaction(
        () -> {
          var components = db.inject(new JpaComponentRepository());
          components.store(ALL, component);
          components.storeRelease(ALL, release);
        });
    return sbom(release, supplier, NOW, entries);
  }

  /** An SBOM of the release processed at {@code at}: inventory, current SBOM, findings. */
  static Fixture sbom(
      ComponentRelease release, Supplier supplier, Instant at, PackageEntry... entries) {
    String digest = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    SbomDocument sbom =
        SbomDocument.accept(supplier.id(), release.id(), digest, "application/json", "ci", at);
    List<SbomPackage> packages = new ArrayList<>();
    for (PackageEntry e : entries) {
      packages.add(SbomPackage.listedIn(sbom, e));
    }
    db.inTransaction(
        () -> {
          db.inject(new JpaStoredBlobRepository())
              .store(StoredBlob.stored(digest, 42, "application/json", at));
          var sboms = db.inject(new JpaSbomRepository());
          sbom.startProcessing();
          sbom.markProcessed(
              new SbomMetadata(
                  SbomFormat.CYCLONEDX_JSON, "1.6", null, 1, null, null, null, null, null),
              packages.size(),
              null,
              at);
          sboms.store(ALL, sbom);
          db.em().flush();
          db.inject(new JpaSbomPackageRepository()).storeInventory(ALL, sbom, packages, List.of());
          List<UUID> superseded = sboms.supersedeOthers(ALL, sbom, at);
          matching.onSbomProcessed(
              new SbomProcessed(sbom.id(), release.id(), supplier.id(), superseded));
        });
    return new Fixture(supplier, release, sbom);
  }

  static List<FindingView> findingsOf(Fixture f, FindingFilter filter) {
    return db.inTransaction(
        () -> findings.ofSbom(ALL, f.sbom().id(), filter, PageRequest.first(100)));
  }

  static AdvisoryChanges store(String json) throws IOException {
    List<Advisory> records = new ArrayList<>();
    new OsvReader()
        .read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), records::add, p -> {});
    assertThat(records).hasSize(1);
    return db.inTransaction(() -> advisories.store(Feed.OSV, records, NOW));
  }

  static String osv(
      String id, String alias, String ecosystem, String name, String events, String cvss) {
    return osv(id, alias, ecosystem, name, events, cvss, "2026-11-01T00:00:00Z");
  }

  /** An OSV record of our own: one package, one ECOSYSTEM range, optionally a CVSS vector. */
  static String osv(
      String id,
      String alias,
      String ecosystem,
      String name,
      String events,
      String cvss,
      String modified) {
    return """
        {"schema_version": "1.6.0", "id": "%s", "modified": "%s", "published": "2026-10-01T00:00:00Z",
         "aliases": [%s], "summary": "Test advisory %s",
         "severity": [%s],
         "affected": [{"package": {"ecosystem": "%s", "name": "%s"},
                       "ranges": [{"type": "ECOSYSTEM", "events": %s}]}],
         "references": [{"type": "ADVISORY", "url": "https://example.org/%s"}]}
        """
        .formatted(
            id,
            modified,
            alias == null ? "" : "\"" + alias + "\"",
            id,
            cvss == null ? "" : "{\"type\": \"CVSS_V3\", \"score\": " + cvss + "}",
            ecosystem,
            name,
            events,
            id);
  }

  static void set(Object bean, String field, Object value) throws ReflectiveOperationException {
    var f = bean.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(bean, value);
  }

  static String unique() {
    return Integer.toString((int) (Math.random() * 90000) + 10000);
  }
}
