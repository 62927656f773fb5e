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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.provena.finding.domain.FindingState;
import org.provena.finding.domain.MatchStore;
import org.provena.shared.domain.TimeOrderedIds;
import org.provena.shared.infrastructure.JdbcBatch;
import org.provena.shared.infrastructure.UuidColumns;

/** Findings in bulk, with JDBC batches on the persistence context's connection. */
@ApplicationScoped
public class JdbcMatchStore implements MatchStore {

  private static final int IN_CHUNK = 500;
  private static final String PACKAGE_COLUMNS =
      "select p.id, p.supplier_id, d.component_release_id, p.match_key, p.match_version"
          + " from sbom_package p join sbom_document d on d.id = p.sbom_id";

  @PersistenceContext EntityManager em;

  @Override
  public List<PackageToMatch> packagesOfSbom(UUID sbomId) {
    return query(
        PACKAGE_COLUMNS + " where p.sbom_id = ? and p.match_key <> ''",
        List.of(sbomId),
        JdbcMatchStore::packageRow);
  }

  @Override
  public List<PackageToMatch> currentPackagesWithKeys(Collection<String> matchKeys) {
    // One query with the keys as an array: a list of IN chunks repeats the scan per chunk.
    return query(
        PACKAGE_COLUMNS
            + " where d.status = 'PROCESSED' and d.superseded_at is null"
            + " and p.match_key = any (?)",
        List.of(new KeyArray(matchKeys)),
        JdbcMatchStore::packageRow);
  }

  private static final String FINDING_COLUMNS =
      "select f.id, f.package_id, f.vulnerability_id, f.state from finding f"
          + " join sbom_package p on p.id = f.package_id";

  @Override
  public List<KnownFinding> findingsOfSbom(UUID sbomId) {
    return query(
        FINDING_COLUMNS + " where p.sbom_id = ?", List.of(sbomId), JdbcMatchStore::findingRow);
  }

  @Override
  public List<KnownFinding> findingsOfKeys(Collection<String> matchKeys) {
    return query(
        FINDING_COLUMNS + " where p.match_key = any (?)",
        List.of(new KeyArray(matchKeys)),
        JdbcMatchStore::findingRow);
  }

  /** A parameter bound as an SQL array of varchar. */
  private record KeyArray(Collection<String> keys) {}

  private static KnownFinding findingRow(ResultSet r) throws SQLException {
    return new KnownFinding(
        UuidColumns.uuid(r.getObject(1)),
        UuidColumns.uuid(r.getObject(2)),
        UuidColumns.uuid(r.getObject(3)),
        FindingState.valueOf(r.getString(4)));
  }

  @Override
  public Map<String, Instant> firstSeenInRelease(UUID componentReleaseId) {
    Map<String, Instant> firstSeen = new HashMap<>();
    for (Object[] row :
        query(
            "select f.vulnerability_id, p.match_key, min(f.first_seen_at) from finding f"
                + " join sbom_package p on p.id = f.package_id"
                + " where f.component_release_id = ? group by f.vulnerability_id, p.match_key",
            List.of(componentReleaseId),
            r ->
                new Object[] {
                  UuidColumns.uuid(r.getObject(1)), r.getString(2), r.getTimestamp(3)
                })) {
      firstSeen.put(row[0] + "|" + row[1], ((Timestamp) row[2]).toInstant());
    }
    return firstSeen;
  }

  @Override
  public List<UUID> open(List<NewFinding> findings) {
    List<UUID> ids = new java.util.ArrayList<>(findings.size());
    try (JdbcBatch insert =
        new JdbcBatch(
            connection(),
            "insert into finding (id, row_version, supplier_id, component_release_id, package_id,"
                + " vulnerability_id, matched_by, match_note, state, first_seen_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")) {
      for (NewFinding f : findings) {
        PreparedStatement row = insert.row();
        UUID id = TimeOrderedIds.next();
        ids.add(id);
        row.setObject(1, id);
        row.setObject(2, f.supplierId());
        row.setObject(3, f.componentReleaseId());
        row.setObject(4, f.packageId());
        row.setObject(5, f.vulnerabilityId());
        row.setString(6, clip(f.matchedBy(), 200));
        row.setString(7, clip(f.note(), 2000));
        row.setTimestamp(8, Timestamp.from(f.firstSeenAt()));
        insert.add();
      }
    } catch (SQLException e) {
      throw new PersistenceException("findings were not opened", e);
    }
    return ids;
  }

  @Override
  public void reopen(
      Collection<UUID> findingIds, Map<UUID, String> matchedBy, Map<UUID, String> notes) {
    try (JdbcBatch update =
        new JdbcBatch(
            connection(),
            "update finding set state = 'OPEN', resolved_at = null, resolution = null,"
                + " matched_by = ?, match_note = ?, row_version = row_version + 1 where id = ?")) {
      for (UUID id : findingIds) {
        PreparedStatement row = update.row();
        row.setString(1, clip(matchedBy.get(id), 200));
        row.setString(2, clip(notes.get(id), 2000));
        row.setObject(3, id);
        update.add();
      }
    } catch (SQLException e) {
      throw new PersistenceException("findings were not reopened", e);
    }
  }

  @Override
  public void resolve(Collection<UUID> findingIds, Instant now, String resolution) {
    try (JdbcBatch update =
        new JdbcBatch(
            connection(),
            "update finding set state = 'RESOLVED', resolved_at = ?, resolution = ?,"
                + " row_version = row_version + 1 where id = ? and state = 'OPEN'")) {
      for (UUID id : findingIds) {
        PreparedStatement row = update.row();
        row.setTimestamp(1, Timestamp.from(now));
        row.setString(2, clip(resolution, 200));
        row.setObject(3, id);
        update.add();
      }
    } catch (SQLException e) {
      throw new PersistenceException("findings were not resolved", e);
    }
  }

  @Override
  public int resolveOpenOfSboms(Collection<UUID> sbomIds, Instant now, String resolution) {
    int resolved = 0;
    for (List<UUID> chunk : chunks(sbomIds)) {
      try (PreparedStatement update =
          connection()
              .prepareStatement(
                  "update finding set state = 'RESOLVED', resolved_at = ?, resolution = ?,"
                      + " row_version = row_version + 1 where state = 'OPEN' and package_id in"
                      + " (select id from sbom_package where sbom_id in ("
                      + marks(chunk.size())
                      + "))")) {
        update.setTimestamp(1, Timestamp.from(now));
        update.setString(2, clip(resolution, 200));
        for (int i = 0; i < chunk.size(); i++) {
          update.setObject(i + 3, chunk.get(i));
        }
        resolved += update.executeUpdate();
      } catch (SQLException e) {
        throw new PersistenceException("findings were not resolved", e);
      }
    }
    return resolved;
  }

  private static PackageToMatch packageRow(ResultSet r) throws SQLException {
    return new PackageToMatch(
        UuidColumns.uuid(r.getObject(1)),
        UuidColumns.uuid(r.getObject(2)),
        UuidColumns.uuid(r.getObject(3)),
        r.getString(4),
        r.getString(5));
  }

  private Connection connection() {
    return em.unwrap(Connection.class);
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> List<T> query(String sql, List<?> parameters, RowReader<T> reader) {
    List<T> out = new ArrayList<>();
    try (PreparedStatement select = connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        if (parameters.get(i) instanceof KeyArray array) {
          select.setArray(
              i + 1, connection().createArrayOf("varchar", array.keys().toArray(String[]::new)));
        } else {
          select.setObject(i + 1, parameters.get(i));
        }
      }
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          out.add(reader.read(rows));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("matching data was not read", e);
    }
    return out;
  }

  private static <T> List<List<T>> chunks(Collection<T> values) {
    List<T> all = new ArrayList<>(new LinkedHashSet<>(values));
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
    }
    return chunks;
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
