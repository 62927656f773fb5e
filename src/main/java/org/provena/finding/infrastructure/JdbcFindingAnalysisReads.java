package org.provena.finding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.provena.finding.application.FindingAnalysis;
import org.provena.finding.application.FindingAnalysis.ManufacturerAssessment;
import org.provena.finding.application.FindingAnalysis.SupplierAnswer;
import org.provena.finding.application.FindingAnalysisReads;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.shared.infrastructure.UuidColumns;

/**
 * Open findings of many releases in three SQL queries: findings with their vulnerability and
 * current VEX statement, the vulnerabilities' aliases, and the findings' assessments (the newest
 * kept). Like {@link JdbcFindingReads} it reads the vulnerability tables as a read model and never
 * writes them; the supplier condition is part of each query (ADR 0004).
 */
@ApplicationScoped
public class JdbcFindingAnalysisReads implements FindingAnalysisReads {

  private static final String FINDINGS =
      "select f.id, f.component_release_id, f.package_id, v.id, v.primary_id, v.summary,"
          + " v.published_at, v.severity, v.cvss_v40_score, v.cvss_v40_vector, v.cvss_v31_score,"
          + " v.cvss_v31_vector, v.epss_score, v.epss_percentile, v.kev_date_added,"
          + " v.kev_due_date, f.first_seen_at, s.status, s.justification,"
          + " s.source_justification, s.impact_statement, s.action_statement,"
          + " coalesce(s.issued_at, s.recorded_at)"
          + " from finding f join vulnerability v on v.id = f.vulnerability_id"
          + " left join vex_statement s on s.id = f.vex_statement_id"
          + " where f.state = 'OPEN' and f.component_release_id in (%s) and "
          + ScopeFilter.sql("f.supplier_id")
          + " order by f.component_release_id, v.primary_id, f.package_id";

  private static final String ASSESSMENTS =
      "select a.finding_id, a.triage_state, a.safety_impact, a.risk_control, a.comment_text,"
          + " a.assessed_by, a.assessed_at from finding_assessment a"
          + " join finding f on f.id = a.finding_id"
          + " where f.state = 'OPEN' and f.component_release_id in (%s) and "
          + ScopeFilter.sql("f.supplier_id")
          + " order by a.finding_id, a.assessed_at, a.id";

  @PersistenceContext EntityManager em;

  @Override
  public List<FindingAnalysis> openOfReleases(
      SupplierScope scope, Collection<UUID> componentReleaseIds) {
    if (componentReleaseIds.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", Collections.nCopies(componentReleaseIds.size(), "?"));
    Connection connection = em.unwrap(Connection.class);
    try {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(FINDINGS.formatted(in))) {
        ScopeFilter.bind(select, bind(select, componentReleaseIds), scope);
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            rows.add(new Row(r));
          }
        }
      }
      if (rows.isEmpty()) {
        return List.of();
      }
      Map<UUID, ManufacturerAssessment> assessments = new HashMap<>();
      try (PreparedStatement select = connection.prepareStatement(ASSESSMENTS.formatted(in))) {
        ScopeFilter.bind(select, bind(select, componentReleaseIds), scope);
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            // Ordered oldest first: the last one put is the finding's current assessment.
            assessments.put(
                UuidColumns.uuid(r.getObject(1)),
                new ManufacturerAssessment(
                    TriageState.valueOf(r.getString(2)),
                    r.getString(3) == null ? null : SafetyImpact.valueOf(r.getString(3)),
                    r.getString(4) == null ? null : RiskControl.valueOf(r.getString(4)),
                    r.getString(5),
                    r.getString(6),
                    r.getTimestamp(7).toInstant()));
          }
        }
      }
      Map<UUID, Set<String>> aliases = aliases(connection, rows);
      List<FindingAnalysis> analyses = new ArrayList<>(rows.size());
      for (Row row : rows) {
        analyses.add(
            row.analysis(
                List.copyOf(aliases.getOrDefault(row.vulnerability, Set.of())),
                assessments.get(row.id)));
      }
      return analyses;
    } catch (SQLException e) {
      throw new PersistenceException("finding analyses were not read", e);
    }
  }

  private static Map<UUID, Set<String>> aliases(Connection connection, List<Row> rows)
      throws SQLException {
    Set<UUID> vulnerabilities = new LinkedHashSet<>();
    rows.forEach(row -> vulnerabilities.add(row.vulnerability));
    Map<UUID, Set<String>> aliases = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select vulnerability_id, alias from vulnerability_alias where vulnerability_id in ("
                + String.join(", ", Collections.nCopies(vulnerabilities.size(), "?"))
                + ")")) {
      bind(select, vulnerabilities);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          aliases
              .computeIfAbsent(UuidColumns.uuid(r.getObject(1)), k -> new TreeSet<>())
              .add(r.getString(2));
        }
      }
    }
    return aliases;
  }

  private static int bind(PreparedStatement statement, Collection<UUID> ids) throws SQLException {
    int i = 1;
    for (UUID id : ids) {
      statement.setObject(i++, id);
    }
    return i;
  }

  /** One finding row, before aliases and assessment are added. */
  private static final class Row {
    final UUID id;
    final UUID release;
    final UUID packageId;
    final UUID vulnerability;
    final String vulnerabilityId;
    final String summary;
    final Instant published;
    final String severity;
    final java.math.BigDecimal v40;
    final String v40Vector;
    final java.math.BigDecimal v31;
    final String v31Vector;
    final Double epss;
    final Double percentile;
    final LocalDate kevAdded;
    final LocalDate kevDue;
    final Instant firstSeen;
    final SupplierAnswer answer;

    Row(ResultSet r) throws SQLException {
      id = UuidColumns.uuid(r.getObject(1));
      release = UuidColumns.uuid(r.getObject(2));
      packageId = UuidColumns.uuid(r.getObject(3));
      vulnerability = UuidColumns.uuid(r.getObject(4));
      vulnerabilityId = r.getString(5);
      summary = r.getString(6);
      published = instant(r.getTimestamp(7));
      severity = r.getString(8);
      v40 = r.getBigDecimal(9);
      v40Vector = r.getString(10);
      v31 = r.getBigDecimal(11);
      v31Vector = r.getString(12);
      double e = r.getDouble(13);
      epss = r.wasNull() ? null : e;
      double p = r.getDouble(14);
      percentile = r.wasNull() ? null : p;
      kevAdded = date(r.getDate(15));
      kevDue = date(r.getDate(16));
      firstSeen = instant(r.getTimestamp(17));
      String status = r.getString(18);
      answer =
          status == null
              ? null
              : new SupplierAnswer(
                  VexStatus.valueOf(status),
                  r.getString(19) == null ? null : VexJustification.valueOf(r.getString(19)),
                  r.getString(20),
                  r.getString(21),
                  r.getString(22),
                  instant(r.getTimestamp(23)));
    }

    FindingAnalysis analysis(List<String> aliases, ManufacturerAssessment assessment) {
      return new FindingAnalysis(
          id,
          release,
          packageId,
          vulnerabilityId,
          aliases,
          summary,
          published,
          severity,
          v40,
          v40Vector,
          v31,
          v31Vector,
          epss,
          percentile,
          kevAdded,
          kevDue,
          firstSeen,
          answer,
          assessment);
    }

    private static Instant instant(Timestamp t) {
      return t == null ? null : t.toInstant();
    }

    private static LocalDate date(Date d) {
      return d == null ? null : d.toLocalDate();
    }
  }
}
