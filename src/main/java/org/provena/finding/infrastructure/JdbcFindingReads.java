package org.provena.finding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.provena.finding.application.AssessmentView;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingReads;
import org.provena.finding.application.FindingView;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.finding.domain.UncontrolledRisk;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.shared.infrastructure.UuidColumns;
import org.provena.vulnerability.domain.version.InvalidVersionException;
import org.provena.vulnerability.domain.version.VersionScheme;
import org.provena.vulnerability.domain.version.VersionSchemes;

/**
 * Findings read in one SQL query over finding, package and vulnerability (a read model across
 * contexts: the tables are read, never written, here), then the page's aliases and fixed versions
 * in one query each, and — for the manufacturer only — its assessments in one more. The supplier
 * condition is part of the query (ADR 0004); a supplier's scope never reads an assessment.
 */
@ApplicationScoped
public class JdbcFindingReads implements FindingReads {

  private static final String COLUMNS =
      "select f.id, p.sbom_id, f.component_release_id, p.id, p.name, p.match_version, p.purl,"
          + " v.id, v.primary_id, v.summary, v.severity, v.cvss_v40_score, v.cvss_v40_vector,"
          + " v.cvss_v31_score, v.cvss_v31_vector, v.epss_score, v.epss_percentile,"
          + " v.kev_date_added, v.kev_due_date, f.state, f.first_seen_at, f.resolved_at,"
          + " f.resolution, f.matched_by, f.match_note, p.match_key, f.vex_status, f.vex_at";
  private static final String FROM =
      " from finding f join sbom_package p on p.id = f.package_id"
          + " join vulnerability v on v.id = f.vulnerability_id";
  private static final String ORDER =
      " order by case when v.kev_date_added is null then 1 else 0 end,"
          + " case v.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2"
          + " when 'LOW' then 3 when 'NONE' then 5 else 4 end,"
          + " coalesce(v.cvss_v40_score, v.cvss_v31_score, -1) desc, v.primary_id, p.name, f.id";

  @PersistenceContext EntityManager em;

  @Override
  public List<FindingView> ofSbom(
      SupplierScope scope, UUID sbomId, FindingFilter filter, PageRequest page) {
    return page(scope, "p.sbom_id = ?", sbomId, filter, page);
  }

  @Override
  public long countOfSbom(SupplierScope scope, UUID sbomId, FindingFilter filter) {
    return count(scope, "p.sbom_id = ?", sbomId, filter);
  }

  @Override
  public List<FindingView> ofRelease(
      SupplierScope scope, UUID componentReleaseId, FindingFilter filter, PageRequest page) {
    return page(scope, "f.component_release_id = ?", componentReleaseId, filter, page);
  }

  @Override
  public long countOfRelease(SupplierScope scope, UUID componentReleaseId, FindingFilter filter) {
    return count(scope, "f.component_release_id = ?", componentReleaseId, filter);
  }

  @Override
  public List<FindingView> ofSupplier(
      SupplierScope scope, UUID supplierId, FindingFilter filter, PageRequest page) {
    return page(scope, "f.supplier_id = ?", supplierId, filter, page);
  }

  @Override
  public long countOfSupplier(SupplierScope scope, UUID supplierId, FindingFilter filter) {
    return count(scope, "f.supplier_id = ?", supplierId, filter);
  }

  @Override
  public java.util.Optional<FindingView> find(SupplierScope scope, UUID findingId) {
    return page(
            scope,
            "f.id = ?",
            findingId,
            new FindingFilter(null, Set.of(), false, true),
            new PageRequest(0, 1))
        .stream()
        .findFirst();
  }

  private List<FindingView> page(
      SupplierScope scope, String subject, UUID id, FindingFilter filter, PageRequest page) {
    List<Object> parameters = new ArrayList<>();
    String where = where(subject, id, filter, parameters);
    String sql =
        COLUMNS
            + FROM
            + where
            + ORDER
            + " offset "
            + page.offset()
            + " rows fetch next "
            + page.limit()
            + " rows only";
    List<Row> rows = new ArrayList<>();
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int next = bind(select, parameters);
      ScopeFilter.bind(select, next, scope);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(new Row(r));
        }
      }
      return views(
          connection, rows, scope.seesAllSuppliers() ? assessments(connection, rows) : Map.of());
    } catch (SQLException e) {
      throw new PersistenceException("findings were not read", e);
    }
  }

  private long count(SupplierScope scope, String subject, UUID id, FindingFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String sql = "select count(*)" + FROM + where(subject, id, filter, parameters);
    try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement(sql)) {
      ScopeFilter.bind(select, bind(select, parameters), scope);
      try (ResultSet r = select.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new PersistenceException("findings were not counted", e);
    }
  }

  /** The conditions; the scope's two parameters come last. */
  private static String where(
      String subject, UUID id, FindingFilter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" where ").append(subject);
    parameters.add(id);
    if (!filter.includeResolved()) {
      where.append(" and f.state = 'OPEN'");
    }
    if (!filter.severities().isEmpty()) {
      where
          .append(" and v.severity in (")
          .append(String.join(", ", Collections.nCopies(filter.severities().size(), "?")))
          .append(")");
      parameters.addAll(new TreeSet<>(filter.severities()));
    }
    if (filter.kevOnly()) {
      where.append(" and v.kev_date_added is not null");
    }
    if (FindingFilter.UNANSWERED.equals(filter.vex())) {
      where.append(" and f.vex_status is null");
    } else if (filter.vex() != null) {
      where.append(" and f.vex_status = ?");
      parameters.add(filter.vex());
    }
    if (filter.text() != null) {
      String escaped = filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      String like = "%" + escaped + "%";
      where.append(
          " and (lower(p.name) like ? escape '\\' or lower(p.purl) like ? escape '\\'"
              + " or lower(v.primary_id) like ? escape '\\'"
              + " or exists (select 1 from vulnerability_alias a"
              + " where a.vulnerability_id = v.id and lower(a.alias) like ? escape '\\'))");
      for (int i = 0; i < 4; i++) {
        parameters.add(like);
      }
    }
    return where.append(" and ").append(ScopeFilter.sql("f.supplier_id")).toString();
  }

  private static int bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
    return parameters.size() + 1;
  }

  /**
   * The current assessment of each finding on the page that has one, with the FDA postmarket clocks
   * its history leaves: every assessment is read (a finding has a handful), oldest first.
   */
  private static Map<UUID, AssessmentView> assessments(Connection connection, List<Row> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return Map.of();
    }
    Map<UUID, List<AssessmentView>> history = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select finding_id, id, triage_state, safety_impact, risk_control, comment_text,"
                + " assessed_by, assessed_at from finding_assessment where finding_id in ("
                + String.join(", ", Collections.nCopies(rows.size(), "?"))
                + ") order by finding_id, assessed_at, id")) {
      bind(select, rows.stream().map(row -> (Object) row.id).toList());
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          UUID finding = UuidColumns.uuid(r.getObject(1));
          history
              .computeIfAbsent(finding, k -> new ArrayList<>())
              .add(
                  new AssessmentView(
                      UuidColumns.uuid(r.getObject(2)),
                      finding,
                      TriageState.valueOf(r.getString(3)),
                      r.getString(4) == null ? null : SafetyImpact.valueOf(r.getString(4)),
                      r.getString(5) == null ? null : RiskControl.valueOf(r.getString(5)),
                      r.getString(6),
                      r.getString(7),
                      r.getTimestamp(8).toInstant(),
                      null,
                      null,
                      null));
        }
      }
    }
    Map<UUID, AssessmentView> current = new HashMap<>();
    history.forEach(
        (finding, oldestFirst) -> {
          AssessmentView last = oldestFirst.get(oldestFirst.size() - 1);
          current.put(
              finding,
              UncontrolledRisk.after(
                      oldestFirst, AssessmentView::riskControl, AssessmentView::assessedAt)
                  .map(
                      risk ->
                          new AssessmentView(
                              last.id(),
                              finding,
                              last.triageState(),
                              last.safetyImpact(),
                              last.riskControl(),
                              last.comment(),
                              last.assessedBy(),
                              last.assessedAt(),
                              risk.since(),
                              risk.customerNoticeDue(),
                              risk.fixDue()))
                  .orElse(last));
        });
    return current;
  }

  private static List<FindingView> views(
      Connection connection, List<Row> rows, Map<UUID, AssessmentView> assessments)
      throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Set<UUID> vulnerabilities = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Row row : rows) {
      vulnerabilities.add(row.vulnerability);
      keys.add(row.matchKey);
    }
    Map<UUID, Set<String>> aliases = new HashMap<>();
    String in = String.join(", ", Collections.nCopies(vulnerabilities.size(), "?"));
    try (PreparedStatement select =
        connection.prepareStatement(
            "select vulnerability_id, alias from vulnerability_alias where vulnerability_id in ("
                + in
                + ")")) {
      bind(select, new ArrayList<>(vulnerabilities));
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          aliases
              .computeIfAbsent(UuidColumns.uuid(r.getObject(1)), k -> new TreeSet<>())
              .add(r.getString(2));
        }
      }
    }
    Map<String, Set<String>> fixed = new HashMap<>();
    List<Object> parameters = new ArrayList<>(vulnerabilities);
    parameters.addAll(keys);
    try (PreparedStatement select =
        connection.prepareStatement(
            "select vulnerability_id, match_key, fixed_versions from vulnerability_affected"
                + " where vulnerability_id in ("
                + in
                + ") and match_key in ("
                + String.join(", ", Collections.nCopies(keys.size(), "?"))
                + ") and fixed_versions is not null")) {
      bind(select, parameters);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          fixed
              .computeIfAbsent(
                  UuidColumns.uuid(r.getObject(1)) + "|" + r.getString(2),
                  k -> new LinkedHashSet<>())
              .addAll(List.of(r.getString(3).split("\n")));
        }
      }
    }
    List<FindingView> views = new ArrayList<>(rows.size());
    for (Row row : rows) {
      views.add(
          row.view(
              List.copyOf(aliases.getOrDefault(row.vulnerability, Set.of())),
              fixesFor(
                  row.matchKey,
                  row.version,
                  fixed.getOrDefault(row.vulnerability + "|" + row.matchKey, Set.of())),
              assessments.get(row.id)));
    }
    return views;
  }

  /**
   * The fixed versions that are later than the package's (2.15.0 for log4j 2.14.1, not the 2.3.1 of
   * another release line), in the ecosystem's order; all of them when that cannot be told.
   */
  static List<String> fixesFor(String matchKey, String version, Set<String> fixed) {
    if (fixed.isEmpty() || version == null) {
      return List.copyOf(fixed);
    }
    String type = matchKey.substring(0, Math.max(0, matchKey.indexOf('/')));
    java.util.Optional<VersionScheme> scheme = VersionSchemes.forPurlType(type);
    if (scheme.isEmpty() || !scheme.get().isValid(version)) {
      return List.copyOf(fixed);
    }
    List<String> later = new ArrayList<>();
    for (String f : fixed) {
      try {
        if (scheme.get().compare(f, version) > 0) {
          later.add(f);
        }
      } catch (InvalidVersionException e) {
        later.add(f);
      }
    }
    later.sort(
        (a, b) -> {
          try {
            return scheme.get().compare(a, b);
          } catch (InvalidVersionException e) {
            return a.compareTo(b);
          }
        });
    return later.isEmpty() ? List.copyOf(fixed) : List.copyOf(later);
  }

  /** One result row, before aliases and fixed versions are added. */
  private static final class Row {
    final UUID id;
    final UUID sbom;
    final UUID release;
    final UUID packageId;
    final String name;
    final String version;
    final String purl;
    final UUID vulnerability;
    final String vulnerabilityId;
    final String summary;
    final String severity;
    final BigDecimal cvss;
    final String vector;
    final Double epss;
    final Double percentile;
    final boolean kev;
    final Date kevDue;
    final String state;
    final Timestamp firstSeen;
    final Timestamp resolved;
    final String resolution;
    final String matchedBy;
    final String note;
    final String matchKey;
    final String vexStatus;
    final Timestamp vexAt;

    Row(ResultSet r) throws SQLException {
      id = UuidColumns.uuid(r.getObject(1));
      sbom = UuidColumns.uuid(r.getObject(2));
      release = UuidColumns.uuid(r.getObject(3));
      packageId = UuidColumns.uuid(r.getObject(4));
      name = r.getString(5);
      version = r.getString(6);
      purl = r.getString(7);
      vulnerability = UuidColumns.uuid(r.getObject(8));
      vulnerabilityId = r.getString(9);
      summary = r.getString(10);
      severity = r.getString(11);
      BigDecimal v40 = r.getBigDecimal(12);
      String v40Vector = r.getString(13);
      BigDecimal v31 = r.getBigDecimal(14);
      String v31Vector = r.getString(15);
      cvss = v40 != null ? v40 : v31;
      vector =
          v40 != null ? v40Vector : v31 != null ? v31Vector : firstNonNull(v40Vector, v31Vector);
      double e = r.getDouble(16);
      epss = r.wasNull() ? null : e;
      double p = r.getDouble(17);
      percentile = r.wasNull() ? null : p;
      kev = r.getDate(18) != null;
      kevDue = r.getDate(19);
      state = r.getString(20);
      firstSeen = r.getTimestamp(21);
      resolved = r.getTimestamp(22);
      resolution = r.getString(23);
      matchedBy = r.getString(24);
      note = r.getString(25);
      matchKey = r.getString(26);
      vexStatus = r.getString(27);
      vexAt = r.getTimestamp(28);
    }

    FindingView view(List<String> aliases, List<String> fixedVersions, AssessmentView assessment) {
      return new FindingView(
          id,
          sbom,
          release,
          packageId,
          name,
          version,
          purl,
          vulnerability,
          vulnerabilityId,
          aliases,
          summary,
          severity,
          cvss,
          vector,
          epss,
          percentile,
          kev,
          kevDue == null ? null : kevDue.toLocalDate(),
          fixedVersions,
          state,
          firstSeen.toInstant(),
          resolved == null ? null : resolved.toInstant(),
          resolution,
          matchedBy,
          note,
          vexStatus,
          vexAt == null ? null : vexAt.toInstant(),
          assessment);
    }

    private static String firstNonNull(String a, String b) {
      return a != null ? a : b;
    }
  }
}
