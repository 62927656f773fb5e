package org.provena.finding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.provena.finding.domain.VexLinks;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.shared.infrastructure.JdbcBatch;
import org.provena.shared.infrastructure.UuidColumns;

/**
 * VEX links in SQL on the persistence context's connection. Candidate findings are read with their
 * package and release in one query (a read model over finding, sbom_package, sbom_document and
 * component_release, as the finding reads are), their hashes in one query each; ids go in slices of
 * {@value #SLICE} so that no statement carries an unbounded IN list.
 */
@ApplicationScoped
public class JdbcVexLinks implements VexLinks {

  static final int SLICE = 500;

  private static final String CANDIDATE_COLUMNS =
      "select f.id, f.supplier_id, f.component_release_id, p.purl, p.cpe, p.name,"
          + " p.package_version, p.bom_ref, p.id, s.serial_number, r.purl, r.cpe, c.name,"
          + " r.version_label, pp.bom_ref"
          + " from finding f join sbom_package p on p.id = f.package_id"
          + " join sbom_document s on s.id = p.sbom_id"
          + " left join sbom_package pp on pp.id = s.primary_package_id"
          + " join component_release r on r.id = f.component_release_id"
          + " join component c on c.id = r.component_id";

  /**
   * When a statement was made, as {@code VexStatement.effectiveAt} says: its own time, never later
   * than it was recorded.
   */
  static final String EFFECTIVE =
      "case when s.issued_at is not null and s.issued_at < s.recorded_at then s.issued_at"
          + " else s.recorded_at end";

  @PersistenceContext EntityManager em;

  /** The context's connection, after its pending changes are written: SQL sees them. */
  private Connection connection() {
    em.flush();
    return em.unwrap(Connection.class);
  }

  @Override
  public void indexKeys(UUID statementId, Collection<String> keys) {
    try (JdbcBatch insert =
        new JdbcBatch(
            connection(), "insert into vex_statement_key (statement_id, vuln_key) values (?, ?)")) {
      for (String key : new LinkedHashSet<>(keys)) {
        PreparedStatement row = insert.row();
        row.setObject(1, statementId);
        row.setString(2, key.length() > 200 ? key.substring(0, 200) : key);
        insert.add();
      }
    } catch (SQLException e) {
      throw new PersistenceException("VEX statement keys were not stored", e);
    }
  }

  @Override
  public List<Candidate> candidates(
      UUID supplierId, Collection<String> keys, UUID componentReleaseId) {
    if (keys.isEmpty()) {
      return List.of();
    }
    // Ids are stored as their databases spell them (CVE-2021-44228, GHSA-jfh8-c2jp-5v3q,
    // PYSEC-2021-1): comparing those spellings uses the indexes, where lower() would scan.
    List<String> list = new ArrayList<>(spellings(keys));
    String in = placeholders(list.size());
    String sql =
        CANDIDATE_COLUMNS
            + " where f.supplier_id = ?"
            + (componentReleaseId == null ? "" : " and f.component_release_id = ?")
            + " and f.vulnerability_id in (select v.id from vulnerability v where v.primary_id"
            + " in ("
            + in
            + ") union select a.vulnerability_id from vulnerability_alias a where a.alias in ("
            + in
            + "))";
    List<Object> parameters = new ArrayList<>();
    parameters.add(supplierId);
    if (componentReleaseId != null) {
      parameters.add(componentReleaseId);
    }
    parameters.addAll(list);
    parameters.addAll(list);
    return read(sql, parameters);
  }

  @Override
  public List<Candidate> candidatesByFinding(Collection<UUID> findingIds) {
    List<Candidate> all = new ArrayList<>();
    for (List<UUID> slice : slices(findingIds)) {
      all.addAll(
          read(
              CANDIDATE_COLUMNS + " where f.id in (" + placeholders(slice.size()) + ")",
              new ArrayList<>(slice)));
    }
    return all;
  }

  @Override
  public List<UUID[]> pendingFor(Collection<UUID> findingIds) {
    List<UUID[]> pairs = new ArrayList<>();
    for (List<UUID> slice : slices(findingIds)) {
      // 1. Every id each finding's vulnerability goes by, lower case, with the finding's owner.
      Map<String, List<UUID[]>> byKey = new HashMap<>();
      String in = placeholders(slice.size());
      String keysOfFindings =
          "select f.id, f.supplier_id, f.component_release_id, lower(v.primary_id)"
              + " from finding f join vulnerability v on v.id = f.vulnerability_id"
              + " where f.id in ("
              + in
              + ") union all select f.id, f.supplier_id, f.component_release_id, lower(a.alias)"
              + " from finding f join vulnerability_alias a on a.vulnerability_id = f.vulnerability_id"
              + " where f.id in ("
              + in
              + ")";
      List<Object> twice = new ArrayList<>(slice);
      twice.addAll(slice);
      try (PreparedStatement select = connection().prepareStatement(keysOfFindings)) {
        bind(select, twice);
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            byKey
                .computeIfAbsent(r.getString(4), k -> new ArrayList<>())
                .add(
                    new UUID[] {
                      UuidColumns.uuid(r.getObject(1)),
                      UuidColumns.uuid(r.getObject(2)),
                      UuidColumns.uuid(r.getObject(3))
                    });
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("the findings' vulnerability ids were not read", e);
      }
      if (byKey.isEmpty()) {
        continue;
      }
      Set<String> existing = new HashSet<>();
      try (PreparedStatement select =
          connection()
              .prepareStatement(
                  "select statement_id, finding_id from vex_statement_finding where finding_id in ("
                      + in
                      + ")")) {
        bind(select, new ArrayList<>(slice));
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            existing.add(UuidColumns.uuid(r.getObject(1)) + "|" + UuidColumns.uuid(r.getObject(2)));
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("VEX applications were not read", e);
      }
      // 2. The statements naming those ids, through ix_vex_statement_key; a portal answer or a
      // document whose signature is not invalid.
      List<String> keys = new ArrayList<>(byKey.keySet());
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < keys.size(); i += SLICE) {
        List<String> part = keys.subList(i, Math.min(keys.size(), i + SLICE));
        String sql =
            "select k.statement_id, k.vuln_key, s.supplier_id, s.component_release_id"
                + " from vex_statement_key k join vex_statement s on s.id = k.statement_id"
                + " left join vex_document d on d.id = s.document_id"
                + " where k.vuln_key in ("
                + placeholders(part.size())
                + ") and (s.document_id is null or d.signature_outcome <> 'INVALID')";
        try (PreparedStatement select = connection().prepareStatement(sql)) {
          bind(select, new ArrayList<>(part));
          try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
              UUID statement = UuidColumns.uuid(r.getObject(1));
              UUID supplier = UuidColumns.uuid(r.getObject(3));
              UUID release = UuidColumns.uuid(r.getObject(4));
              for (UUID[] finding : byKey.get(r.getString(2))) {
                String pair = statement + "|" + finding[0];
                if (finding[1].equals(supplier)
                    && (release == null || release.equals(finding[2]))
                    && !existing.contains(pair)
                    && seen.add(pair)) {
                  pairs.add(new UUID[] {statement, finding[0]});
                }
              }
            }
          }
        } catch (SQLException e) {
          throw new PersistenceException("pending VEX statements were not read", e);
        }
      }
    }
    return pairs;
  }

  @Override
  public Map<UUID, String> productsOf(Collection<UUID> statementIds) {
    Map<UUID, String> products = new HashMap<>();
    for (List<UUID> slice : slices(statementIds)) {
      try (PreparedStatement select =
          connection()
              .prepareStatement(
                  "select id, products from vex_statement where id in ("
                      + placeholders(slice.size())
                      + ")")) {
        bind(select, new ArrayList<>(slice));
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            if (r.getString(2) != null) {
              products.put(UuidColumns.uuid(r.getObject(1)), r.getString(2));
            }
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("VEX statements' products were not read", e);
      }
    }
    return products;
  }

  @Override
  public int link(UUID statementId, Collection<UUID> findingIds, Instant now) {
    if (findingIds.isEmpty()) {
      return 0;
    }
    Set<UUID> linked = new HashSet<>(findingsOf(statementId));
    int added = 0;
    try (JdbcBatch insert =
        new JdbcBatch(
            connection(),
            "insert into vex_statement_finding (statement_id, finding_id, applied_at)"
                + " values (?, ?, ?)")) {
      for (UUID finding : new LinkedHashSet<>(findingIds)) {
        if (linked.contains(finding)) {
          continue;
        }
        PreparedStatement row = insert.row();
        row.setObject(1, statementId);
        row.setObject(2, finding);
        row.setTimestamp(3, Timestamp.from(now));
        insert.add();
        added++;
      }
    } catch (SQLException e) {
      throw new PersistenceException("VEX statements were not applied", e);
    }
    return added;
  }

  @Override
  public List<UUID> unlink(UUID statementId) {
    List<UUID> findings = findingsOf(statementId);
    try (PreparedStatement delete =
        connection().prepareStatement("delete from vex_statement_finding where statement_id = ?")) {
      delete.setObject(1, statementId);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("VEX statement was not taken off its findings", e);
    }
    return findings;
  }

  @Override
  public int statementsOfRelease(UUID componentReleaseId) {
    try (PreparedStatement select =
        connection()
            .prepareStatement(
                "select count(distinct l.statement_id) from vex_statement_finding l"
                    + " join finding f on f.id = l.finding_id where f.component_release_id = ?")) {
      select.setObject(1, componentReleaseId);
      try (ResultSet r = select.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new PersistenceException("VEX statements were not counted", e);
    }
  }

  @Override
  public List<UUID> findingsOf(UUID statementId) {
    List<UUID> findings = new ArrayList<>();
    try (PreparedStatement select =
        connection()
            .prepareStatement(
                "select finding_id from vex_statement_finding where statement_id = ?")) {
      select.setObject(1, statementId);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          findings.add(UuidColumns.uuid(r.getObject(1)));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("VEX applications were not read", e);
    }
    return findings;
  }

  @Override
  public Set<UUID> refreshCurrent(Collection<UUID> findingIds) {
    Set<UUID> changedReleases = new LinkedHashSet<>();
    for (List<UUID> slice : slices(findingIds)) {
      // One row per finding and linked statement, newest first (one row of nulls for a finding
      // without statements): the first row seen for a finding carries its current answer, next to
      // the answer it has now, so that only findings whose answer changes are written.
      Map<UUID, Object[]> current = new LinkedHashMap<>();
      String sql =
          "select f.id, f.component_release_id, f.vex_statement_id, s.id, s.status, ("
              + EFFECTIVE
              + ")"
              + " from finding f left join vex_statement_finding l on l.finding_id = f.id"
              + " left join vex_statement s on s.id = l.statement_id"
              + " where f.id in ("
              + placeholders(slice.size())
              + ") order by f.id, ("
              + EFFECTIVE
              + ") desc,"
              + " s.recorded_at desc, s.id desc";
      try (PreparedStatement select = connection().prepareStatement(sql)) {
        bind(select, new ArrayList<>(slice));
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            current.putIfAbsent(
                UuidColumns.uuid(r.getObject(1)),
                new Object[] {
                  UuidColumns.uuid(r.getObject(2)),
                  UuidColumns.uuid(r.getObject(3)),
                  UuidColumns.uuid(r.getObject(4)),
                  r.getString(5),
                  r.getTimestamp(6)
                });
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("current VEX answers were not read", e);
      }
      try (JdbcBatch answered =
              new JdbcBatch(
                  connection(),
                  "update finding set vex_statement_id = ?, vex_status = ?, vex_at = ? where id = ?");
          JdbcBatch unanswered =
              new JdbcBatch(
                  connection(),
                  "update finding set vex_statement_id = null, vex_status = null, vex_at = null"
                      + " where id = ?")) {
        for (Map.Entry<UUID, Object[]> finding : current.entrySet()) {
          Object[] row = finding.getValue();
          if (Objects.equals(row[1], row[2])) {
            continue;
          }
          changedReleases.add((UUID) row[0]);
          if (row[2] == null) {
            unanswered.row().setObject(1, finding.getKey());
            unanswered.add();
            continue;
          }
          PreparedStatement update = answered.row();
          update.setObject(1, row[2]);
          update.setString(2, (String) row[3]);
          update.setTimestamp(3, (Timestamp) row[4]);
          update.setObject(4, finding.getKey());
          answered.add();
        }
      } catch (SQLException e) {
        throw new PersistenceException("current VEX answers were not stored", e);
      }
    }
    return changedReleases;
  }

  private List<Candidate> read(String sql, List<Object> parameters) {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement select = connection().prepareStatement(sql)) {
      bind(select, parameters);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Object[] {
                UuidColumns.uuid(r.getObject(1)),
                UuidColumns.uuid(r.getObject(2)),
                UuidColumns.uuid(r.getObject(3)),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                UuidColumns.uuid(r.getObject(9)),
                r.getString(10),
                r.getString(11),
                r.getString(12),
                r.getString(13),
                r.getString(14),
                r.getString(15)
              });
        }
      }
      Set<UUID> packages = new LinkedHashSet<>();
      Set<UUID> releases = new LinkedHashSet<>();
      for (Object[] row : rows) {
        packages.add((UUID) row[8]);
        releases.add((UUID) row[2]);
      }
      Map<UUID, Set<ArtifactHash>> packageHashes =
          hashes("sbom_package_hash", "package_id", packages);
      Map<UUID, Set<ArtifactHash>> releaseHashes =
          hashes("component_release_hash", "component_release_id", releases);
      List<Candidate> candidates = new ArrayList<>(rows.size());
      for (Object[] row : rows) {
        candidates.add(
            new Candidate(
                (UUID) row[0],
                (UUID) row[1],
                (UUID) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                packageHashes.getOrDefault((UUID) row[8], Set.of()),
                (String) row[9],
                (String) row[14],
                (String) row[10],
                (String) row[11],
                (String) row[12],
                (String) row[13],
                releaseHashes.getOrDefault((UUID) row[2], Set.of())));
      }
      return candidates;
    } catch (SQLException e) {
      throw new PersistenceException("VEX candidates were not read", e);
    }
  }

  private Map<UUID, Set<ArtifactHash>> hashes(String table, String owner, Set<UUID> ids)
      throws SQLException {
    Map<UUID, Set<ArtifactHash>> hashes = new HashMap<>();
    for (List<UUID> slice : slices(ids)) {
      try (PreparedStatement select =
          connection()
              .prepareStatement(
                  "select "
                      + owner
                      + ", algorithm, hash_value from "
                      + table
                      + " where "
                      + owner
                      + " in ("
                      + placeholders(slice.size())
                      + ")")) {
        bind(select, new ArrayList<>(slice));
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            hashes
                .computeIfAbsent(UuidColumns.uuid(r.getObject(1)), k -> new HashSet<>())
                .add(new ArtifactHash(HashAlgorithm.valueOf(r.getString(2)), r.getString(3)));
          }
        }
      }
    }
    return hashes;
  }

  /**
   * The ways an id may be stored: as given, upper case (CVE, PYSEC, GO, RUSTSEC … ids), and for
   * GitHub advisories with the GHSA prefix upper and the rest lower case.
   */
  static Set<String> spellings(Collection<String> keys) {
    Set<String> spellings = new LinkedHashSet<>();
    for (String key : keys) {
      spellings.add(key);
      spellings.add(key.toUpperCase(java.util.Locale.ROOT));
      if (key.regionMatches(true, 0, "ghsa-", 0, 5)) {
        spellings.add("GHSA-" + key.substring(5).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return spellings;
  }

  private static List<List<UUID>> slices(Collection<UUID> ids) {
    List<UUID> all = new ArrayList<>(new LinkedHashSet<>(ids));
    List<List<UUID>> slices = new ArrayList<>();
    for (int i = 0; i < all.size(); i += SLICE) {
      slices.add(all.subList(i, Math.min(all.size(), i + SLICE)));
    }
    return slices;
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
  }
}
