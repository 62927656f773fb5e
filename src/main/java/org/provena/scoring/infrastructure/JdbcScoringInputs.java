package org.provena.scoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.provena.scoring.application.ScoringInputs;
import org.provena.scoring.domain.DeviceInputs;
import org.provena.scoring.domain.EvidenceInputs;
import org.provena.scoring.domain.FindingInputs;
import org.provena.scoring.domain.ReleaseInputs;
import org.provena.scoring.domain.SbomFacts;
import org.provena.scoring.domain.SupplierInputs;
import org.provena.shared.infrastructure.UuidColumns;

/**
 * The scoring model's inputs read with plain SQL over the tables of the supplier, component, SBOM,
 * vulnerability, finding, attestation, device and request contexts (a read model: read, never
 * written, here). Every read takes ids in chunks of {@value #CHUNK} and issues one query per table
 * and chunk — never one per release or package — and what is per package (hashes, dependency edges)
 * is aggregated by the database: a full recompute over 20,000 releases of 300 packages reads
 * counts, not 6 million rows. The SQL is the subset H2 and PostgreSQL share.
 *
 * <p>Unscoped on purpose: the scoring service is a system actor that scores every supplier's
 * releases; callers never hand what it reads to a user. Supplier isolation applies where scores are
 * read ({@code RiskScoreRepository}).
 */
@ApplicationScoped
public class JdbcScoringInputs implements ScoringInputs {

  /** Ids per query: well under the bind-parameter limits of both databases. */
  static final int CHUNK = 500;

  private static final Logger LOG = Logger.getLogger(JdbcScoringInputs.class.getName());

  private static final String SECURE_DEVELOPMENT = EvidenceInputs.SECURE_DEVELOPMENT;

  @PersistenceContext EntityManager em;

  // ---------------------------------------------------------------- component releases

  @Override
  public List<ReleaseInputs> releases(Collection<UUID> componentReleaseIds) {
    List<UUID> ids = distinct(componentReleaseIds);
    List<ReleaseInputs> all = new ArrayList<>(ids.size());
    for (List<UUID> chunk : chunks(ids)) {
      all.addAll(releaseChunk(chunk));
    }
    return all;
  }

  private record ReleaseRow(
      UUID id,
      UUID supplierId,
      UUID componentId,
      String componentName,
      String version,
      String levelOfSupport,
      LocalDate endOfSupport) {}

  private record SbomRow(
      UUID id,
      UUID releaseId,
      String format,
      String specVersion,
      int packageCount,
      String qualityReport,
      String sha256,
      boolean edges,
      Integer hashed,
      Integer strong) {}

  private List<ReleaseInputs> releaseChunk(List<UUID> chunk) {
    Map<UUID, ReleaseRow> releases = new LinkedHashMap<>();
    query(
        "select r.id, r.supplier_id, r.component_id, c.name, r.version_label,"
            + " r.level_of_support, r.end_of_support"
            + " from component_release r join component c on c.id = r.component_id"
            + " where r.id in ("
            + marks(chunk.size())
            + ")",
        chunk,
        r ->
            releases.put(
                uuid(r, 1),
                new ReleaseRow(
                    uuid(r, 1),
                    uuid(r, 2),
                    uuid(r, 3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    date(r, 7))));
    if (releases.isEmpty()) {
      return List.of();
    }
    List<UUID> found = new ArrayList<>(releases.keySet());
    Map<UUID, SbomFacts> sboms = currentSboms(found);
    Map<UUID, List<FindingInputs>> findings = findings(found);
    Map<UUID, List<EvidenceInputs>> releaseEvidence = new HashMap<>();
    evidence(
        "a.component_release_id in (" + marks(found.size()) + ")",
        found,
        (supplier, e) ->
            releaseEvidence.computeIfAbsent(e.componentReleaseId(), k -> new ArrayList<>()).add(e));
    List<UUID> suppliers =
        releases.values().stream().map(ReleaseRow::supplierId).distinct().toList();
    Map<UUID, List<EvidenceInputs>> supplierEvidence = supplierWideEvidence(suppliers);
    Map<UUID, Integer> invalidVex = new HashMap<>();
    query(
        "select component_release_id, count(*) from vex_document where component_release_id in ("
            + marks(found.size())
            + ") and signature_outcome = 'INVALID' group by component_release_id",
        found,
        r -> invalidVex.put(uuid(r, 1), r.getInt(2)));

    List<ReleaseInputs> inputs = new ArrayList<>(releases.size());
    for (UUID id : chunk) {
      ReleaseRow row = releases.get(id);
      if (row == null) {
        continue;
      }
      List<EvidenceInputs> evidence = new ArrayList<>(releaseEvidence.getOrDefault(id, List.of()));
      evidence.addAll(supplierEvidence.getOrDefault(row.supplierId(), List.of()));
      inputs.add(
          new ReleaseInputs(
              id,
              row.supplierId(),
              row.componentId(),
              row.componentName(),
              row.version(),
              row.levelOfSupport(),
              row.endOfSupport(),
              sboms.get(id),
              findings.getOrDefault(id, List.of()),
              evidence,
              invalidVex.getOrDefault(id, 0)));
    }
    return inputs;
  }

  /** Each release's current SBOM (newest processed, not superseded) with counts, not packages. */
  private Map<UUID, SbomFacts> currentSboms(List<UUID> releaseIds) {
    Map<UUID, SbomRow> rows = new LinkedHashMap<>();
    query(
        "select d.id, d.component_release_id, d.format, d.spec_version, d.package_count,"
            + " d.quality_report, d.original_sha256,"
            + " case when exists (select 1 from sbom_dependency_edge e where e.sbom_id = d.id)"
            + " then 1 else 0 end, d.hashed_packages, d.strong_hashed_packages"
            + " from sbom_document d where d.component_release_id in ("
            + marks(releaseIds.size())
            + ") and d.status = 'PROCESSED' and d.superseded_at is null"
            + " order by d.processed_at, d.id",
        releaseIds,
        r ->
            // Ordered oldest first: should two be current for a moment, the newest wins.
            rows.put(
                uuid(r, 2),
                new SbomRow(
                    uuid(r, 1),
                    uuid(r, 2),
                    r.getString(3),
                    r.getString(4),
                    r.getInt(5),
                    r.getString(6),
                    r.getString(7),
                    r.getInt(8) == 1,
                    (Integer) r.getObject(9, Integer.class),
                    (Integer) r.getObject(10, Integer.class))));
    if (rows.isEmpty()) {
      return Map.of();
    }
    // Counted when the SBOM was processed (V16); counted here only for a document from before.
    List<UUID> uncounted =
        rows.values().stream().filter(r -> r.hashed() == null).map(SbomRow::id).toList();
    Map<UUID, int[]> hashes = new HashMap<>();
    rows.values().stream()
        .filter(r -> r.hashed() != null)
        .forEach(r -> hashes.put(r.id(), new int[] {r.strong(), r.hashed()}));
    if (!uncounted.isEmpty()) {
      query(
          "select p.sbom_id,"
              + " count(distinct case when h.algorithm not in ('MD5', 'SHA1') then p.id end),"
              + " count(distinct p.id)"
              + " from sbom_package p join sbom_package_hash h on h.package_id = p.id"
              + " where p.sbom_id in ("
              + marks(uncounted.size())
              + ") group by p.sbom_id",
          uncounted,
          r -> hashes.put(uuid(r, 1), new int[] {r.getInt(2), r.getInt(3)}));
    }
    Map<String, String> signatures = sbomSignatures(rows.values());
    Map<UUID, SbomFacts> facts = new HashMap<>();
    for (SbomRow row : rows.values()) {
      int[] h = hashes.getOrDefault(row.id(), new int[] {0, 0});
      Quality quality = Quality.cisa2026(row.id(), row.qualityReport());
      facts.put(
          row.releaseId(),
          new SbomFacts(
              row.id(),
              row.format(),
              row.specVersion(),
              row.packageCount(),
              h[0],
              h[1] - h[0],
              row.edges(),
              quality.score(),
              quality.gaps(),
              signatures.getOrDefault(row.sha256(), "UNSIGNED")));
    }
    return facts;
  }

  /**
   * A signature over an SBOM is an attestation (a Sigstore bundle, an in-toto statement) whose
   * subject is the SBOM document itself: its SHA-256 digest is the stored original's. Valid if any
   * such attestation's signature verified, else invalid if one failed.
   */
  private Map<String, String> sbomSignatures(Collection<SbomRow> sboms) {
    List<String> digests =
        sboms.stream().map(SbomRow::sha256).filter(d -> d != null).distinct().toList();
    Map<String, String> outcome = new HashMap<>();
    if (digests.isEmpty()) {
      return outcome;
    }
    query(
        "select lower(a.subject_digest), a.signature_outcome, a.verification_status"
            + " from attestation a where a.subject_digest_algorithm = 'SHA256'"
            + " and lower(a.subject_digest) in ("
            + marks(digests.size())
            + ")",
        digests.stream().map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList(),
        r -> {
          String signature = r.getString(2);
          String status = r.getString(3);
          String result =
              "VALID".equals(signature) && !"INVALID".equals(status)
                  ? "VALID"
                  : "INVALID".equals(signature) ? "INVALID" : "UNSIGNED";
          outcome.merge(r.getString(1), result, JdbcScoringInputs::better);
        });
    Map<String, String> bySha = new HashMap<>();
    for (SbomRow row : sboms) {
      if (row.sha256() != null) {
        String o = outcome.get(row.sha256().toLowerCase(java.util.Locale.ROOT));
        if (o != null) {
          bySha.put(row.sha256(), o);
        }
      }
    }
    return bySha;
  }

  private static String better(String a, String b) {
    if (a.equals("VALID") || b.equals("VALID")) {
      return "VALID";
    }
    return a.equals("INVALID") || b.equals("INVALID") ? "INVALID" : "UNSIGNED";
  }

  /** Open findings with the vulnerability's severity inputs and the current VEX answer. */
  private Map<UUID, List<FindingInputs>> findings(List<UUID> releaseIds) {
    Map<UUID, FindingInputs.Assessment> assessments = assessments(releaseIds);
    Map<UUID, List<FindingInputs>> findings = new HashMap<>();
    query(
        "select f.id, f.component_release_id, v.primary_id, p.name, p.package_version,"
            + " v.severity, v.cvss_v40_score, v.cvss_v31_score, v.epss_score, v.kev_date_added,"
            + " v.kev_due_date, f.first_seen_at, f.vex_status, s.justification,"
            + " s.impact_statement, s.action_statement, f.vex_at, s.document_id,"
            + " vd.signature_outcome"
            + " from finding f join sbom_package p on p.id = f.package_id"
            + " join vulnerability v on v.id = f.vulnerability_id"
            + " left join vex_statement s on s.id = f.vex_statement_id"
            + " left join vex_document vd on vd.id = s.document_id"
            + " where f.component_release_id in ("
            + marks(releaseIds.size())
            + ") and f.state = 'OPEN' order by f.id",
        releaseIds,
        r -> {
          UUID id = uuid(r, 1);
          String name = r.getString(4);
          String version = r.getString(5);
          String vexStatus = r.getString(13);
          FindingInputs.Vex vex =
              vexStatus == null
                  ? null
                  : new FindingInputs.Vex(
                      vexStatus,
                      r.getString(14),
                      r.getString(15),
                      r.getString(16),
                      instant(r, 17),
                      r.getObject(18) == null ? null : r.getString(19));
          findings
              .computeIfAbsent(uuid(r, 2), k -> new ArrayList<>())
              .add(
                  new FindingInputs(
                      id,
                      r.getString(3),
                      version == null ? name : name + " " + version,
                      r.getString(6),
                      decimal(r, 7),
                      decimal(r, 8),
                      nullableDouble(r, 9),
                      date(r, 10),
                      date(r, 11),
                      instant(r, 12),
                      vex,
                      assessments.get(id)));
        });
    return findings;
  }

  /**
   * The latest assessment of each open finding, and since when the risk has been uncontrolled: the
   * start of the unbroken run of assessments, up to the latest, that call it uncontrolled.
   */
  private Map<UUID, FindingInputs.Assessment> assessments(List<UUID> releaseIds) {
    Map<UUID, FindingInputs.Assessment> latest = new HashMap<>();
    query(
        "select a.finding_id, a.triage_state, a.safety_impact, a.risk_control, a.assessed_at"
            + " from finding_assessment a join finding f on f.id = a.finding_id"
            + " where f.component_release_id in ("
            + marks(releaseIds.size())
            + ") and f.state = 'OPEN' order by a.finding_id, a.assessed_at, a.id",
        releaseIds,
        r -> {
          UUID finding = uuid(r, 1);
          String control = r.getString(4);
          Instant at = instant(r, 5);
          FindingInputs.Assessment before = latest.get(finding);
          Instant since = null;
          if ("UNCONTROLLED".equals(control)) {
            since =
                before != null && before.uncontrolledSince() != null
                    ? before.uncontrolledSince()
                    : at;
          }
          latest.put(
              finding,
              new FindingInputs.Assessment(r.getString(2), r.getString(3), control, at, since));
        });
    return latest;
  }

  // ---------------------------------------------------------------- evidence

  private Map<UUID, List<EvidenceInputs>> supplierWideEvidence(List<UUID> supplierIds) {
    Map<UUID, List<EvidenceInputs>> bySupplier = new HashMap<>();
    if (!supplierIds.isEmpty()) {
      evidence(
          "a.component_release_id is null and a.supplier_id in (" + marks(supplierIds.size()) + ")",
          supplierIds,
          (supplier, e) -> bySupplier.computeIfAbsent(supplier, k -> new ArrayList<>()).add(e));
    }
    return bySupplier;
  }

  private void evidence(
      String condition, List<?> parameters, BiConsumer<UUID, EvidenceInputs> owned) {
    query(
        "select a.id, a.component_release_id, a.kind, a.verification_status,"
            + " a.signature_outcome, a.subject_binding, a.slsa_build_level, a.issued_at,"
            + " a.expires_at, a.verification_reason,"
            + " case when a.kind = '"
            + SECURE_DEVELOPMENT
            + "' then a.details end, a.supplier_id"
            + " from attestation a where "
            + condition
            + " order by a.id",
        parameters,
        r -> {
          UUID id = uuid(r, 1);
          int level = r.getInt(7);
          Integer slsa = r.wasNull() ? null : level;
          Coverage coverage = Coverage.of(id, r.getString(11));
          owned.accept(
              uuid(r, 12),
              new EvidenceInputs(
                  id,
                  uuid(r, 2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  slsa,
                  instant(r, 8),
                  instant(r, 9),
                  r.getString(10),
                  coverage.all(),
                  coverage.releases()));
        });
  }

  /** Which releases a secure-development form covers (its details JSON, AttestationIntake). */
  private record Coverage(boolean all, Set<UUID> releases) {

    static Coverage of(UUID attestation, String details) {
      if (details == null || details.isBlank()) {
        return new Coverage(false, Set.of());
      }
      try (JsonReader reader = Json.createReader(new StringReader(details))) {
        JsonObject form = reader.readObject();
        Set<UUID> releases = new HashSet<>();
        JsonArray covered = form.getJsonArray("releases");
        if (covered != null) {
          for (JsonValue v : covered) {
            if (v instanceof JsonObject o && o.containsKey("id")) {
              releases.add(UUID.fromString(o.getString("id")));
            }
          }
        }
        return new Coverage(form.getBoolean("allProducts", false), releases);
      } catch (JsonException | ClassCastException | IllegalArgumentException e) {
        LOG.warning(() -> "attestation " + attestation + ": unreadable form details: " + e);
        return new Coverage(false, Set.of());
      }
    }
  }

  /** The CISA 2026 profile's score and failing checks from an SBOM's quality report JSON. */
  private record Quality(Integer score, List<SbomFacts.QualityGap> gaps) {

    static Quality cisa2026(UUID sbom, String report) {
      if (report == null || report.isBlank()) {
        return new Quality(null, List.of());
      }
      try (JsonReader reader = Json.createReader(new StringReader(report))) {
        JsonObject profile = reader.readObject().getJsonObject("cisa2026");
        if (profile == null || !profile.containsKey("score")) {
          return new Quality(null, List.of());
        }
        List<SbomFacts.QualityGap> gaps = new ArrayList<>();
        JsonArray fields = profile.getJsonArray("fields");
        if (fields != null) {
          for (JsonValue v : fields) {
            JsonObject f = v.asJsonObject();
            if (f.getBoolean("passed", false)) {
              continue;
            }
            gaps.add(
                new SbomFacts.QualityGap(
                    f.getString("check"),
                    f.containsKey("coverage") ? f.getJsonNumber("coverage").doubleValue() : 0,
                    f.getInt("total", 0),
                    f.getInt("missing", 0),
                    f.getInt("declaredUnknown", 0),
                    f.getInt("declaredWithheld", 0),
                    f.isNull("fix") || !f.containsKey("fix") ? null : f.getString("fix")));
          }
        }
        return new Quality(profile.getInt("score"), gaps);
      } catch (JsonException | ClassCastException | NullPointerException e) {
        LOG.warning(() -> "SBOM " + sbom + ": unreadable quality report: " + e);
        return new Quality(null, List.of());
      }
    }
  }

  // ---------------------------------------------------------------- suppliers

  @Override
  public List<SupplierInputs> suppliers(Collection<UUID> supplierIds) {
    List<UUID> ids = distinct(supplierIds);
    List<SupplierInputs> all = new ArrayList<>(ids.size());
    for (List<UUID> chunk : chunks(ids)) {
      Map<UUID, String[]> rows = new LinkedHashMap<>();
      query(
          "select id, name, cvd_contact, cvd_policy_url from supplier where id in ("
              + marks(chunk.size())
              + ")",
          chunk,
          r -> rows.put(uuid(r, 1), new String[] {r.getString(2), r.getString(3), r.getString(4)}));
      if (rows.isEmpty()) {
        continue;
      }
      List<UUID> found = new ArrayList<>(rows.keySet());
      Map<UUID, List<UUID>> releases = new HashMap<>();
      query(
          "select supplier_id, id from component_release where supplier_id in ("
              + marks(found.size())
              + ") order by supplier_id, id",
          found,
          r -> releases.computeIfAbsent(uuid(r, 1), k -> new ArrayList<>()).add(uuid(r, 2)));
      Map<UUID, List<SupplierInputs.Request>> requests = new HashMap<>();
      query(
          "select supplier_id, id, kind, due_date from evidence_request where supplier_id in ("
              + marks(found.size())
              + ") and state in ('OPEN', 'OVERDUE') order by due_date, id",
          found,
          r ->
              requests
                  .computeIfAbsent(uuid(r, 1), k -> new ArrayList<>())
                  .add(new SupplierInputs.Request(uuid(r, 2), r.getString(3), date(r, 4))));
      Map<UUID, List<EvidenceInputs>> evidence = supplierWideEvidence(found);
      for (UUID id : chunk) {
        String[] row = rows.get(id);
        if (row == null) {
          continue;
        }
        all.add(
            new SupplierInputs(
                id,
                row[0],
                releases.getOrDefault(id, List.of()),
                evidence.getOrDefault(id, List.of()),
                requests.getOrDefault(id, List.of()),
                row[1],
                row[2]));
      }
    }
    return all;
  }

  // ---------------------------------------------------------------- device releases

  @Override
  public List<DeviceInputs> deviceReleases(Collection<UUID> deviceReleaseIds) {
    List<UUID> ids = distinct(deviceReleaseIds);
    List<DeviceInputs> all = new ArrayList<>(ids.size());
    for (List<UUID> chunk : chunks(ids)) {
      Map<UUID, Object[]> rows = new LinkedHashMap<>();
      query(
          "select dr.id, d.name, dr.version_label, dr.planned_end_of_support"
              + " from device_release dr join device d on d.id = dr.device_id where dr.id in ("
              + marks(chunk.size())
              + ")",
          chunk,
          r -> rows.put(uuid(r, 1), new Object[] {r.getString(2), r.getString(3), date(r, 4)}));
      if (rows.isEmpty()) {
        continue;
      }
      List<UUID> found = new ArrayList<>(rows.keySet());
      Map<UUID, List<DeviceInputs.Component>> components = new HashMap<>();
      query(
          "select x.device_release_id, x.component_release_id, r.supplier_id, c.name,"
              + " r.version_label, x.criticality, x.exposure, r.end_of_support"
              + " from device_release_component x"
              + " join component_release r on r.id = x.component_release_id"
              + " join component c on c.id = r.component_id"
              + " where x.device_release_id in ("
              + marks(found.size())
              + ") order by c.name, r.version_label, r.id",
          found,
          r ->
              components
                  .computeIfAbsent(uuid(r, 1), k -> new ArrayList<>())
                  .add(
                      new DeviceInputs.Component(
                          uuid(r, 2),
                          uuid(r, 3),
                          r.getString(4) + " " + r.getString(5),
                          r.getString(6),
                          r.getString(7),
                          date(r, 8))));
      for (UUID id : chunk) {
        Object[] row = rows.get(id);
        if (row != null) {
          all.add(
              new DeviceInputs(
                  id,
                  (String) row[0],
                  (String) row[1],
                  (LocalDate) row[2],
                  components.getOrDefault(id, List.of())));
        }
      }
    }
    return all;
  }

  // ---------------------------------------------------------------- what a change touches

  @Override
  public Set<UUID> suppliersOf(Collection<UUID> componentReleaseIds) {
    return idsOf(
        "select distinct supplier_id from component_release where id in (%s)", componentReleaseIds);
  }

  @Override
  public Set<UUID> deviceReleasesContaining(Collection<UUID> componentReleaseIds) {
    return idsOf(
        "select distinct device_release_id from device_release_component"
            + " where component_release_id in (%s)",
        componentReleaseIds);
  }

  @Override
  public List<UUID> allComponentReleases() {
    return all("select id from component_release order by id");
  }

  @Override
  public List<UUID> allSuppliers() {
    return all("select id from supplier order by id");
  }

  @Override
  public List<UUID> allDeviceReleases() {
    return all("select id from device_release order by id");
  }

  private Set<UUID> idsOf(String sql, Collection<UUID> ids) {
    Set<UUID> found = new LinkedHashSet<>();
    for (List<UUID> chunk : chunks(distinct(ids))) {
      query(sql.formatted(marks(chunk.size())), chunk, r -> found.add(uuid(r, 1)));
    }
    return found;
  }

  private List<UUID> all(String sql) {
    List<UUID> ids = new ArrayList<>();
    query(sql, List.of(), r -> ids.add(uuid(r, 1)));
    return ids;
  }

  // ---------------------------------------------------------------- JDBC

  /** Reads one row; may throw what the result set throws. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private void query(String sql, List<?> parameters, RowReader reader) {
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          reader.read(r);
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("scoring inputs were not read", e);
    }
  }

  private static List<UUID> distinct(Collection<UUID> ids) {
    return List.copyOf(new LinkedHashSet<>(ids));
  }

  private static List<List<UUID>> chunks(List<UUID> ids) {
    List<List<UUID>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static UUID uuid(ResultSet r, int column) throws SQLException {
    return UuidColumns.uuid(r.getObject(column));
  }

  private static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Double decimal(ResultSet r, int column) throws SQLException {
    BigDecimal d = r.getBigDecimal(column);
    return d == null ? null : d.doubleValue();
  }

  private static Double nullableDouble(ResultSet r, int column) throws SQLException {
    double d = r.getDouble(column);
    return r.wasNull() ? null : d;
  }
}
