package org.provena.scoring.infrastructure;

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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.provena.scoring.domain.ScoreBacklog;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.shared.infrastructure.UuidColumns;

/**
 * The score backlog in its table, with JDBC on the persistence context's connection so that marks
 * commit with the change that made them. Marking is an upsert — PostgreSQL's {@code on conflict},
 * H2's {@code merge … key} — so a subject marked twice is computed once, at its newest mark.
 */
@ApplicationScoped
public class JdbcScoreBacklog implements ScoreBacklog {

  private static final int CHUNK = 500;

  @PersistenceContext EntityManager em;

  @Override
  public void mark(ScoreSubject type, Collection<UUID> subjectIds, Instant now) {
    if (subjectIds.isEmpty()) {
      return;
    }
    String sql =
        postgres()
            ? "insert into score_backlog (subject_type, subject_id, marked_at) values (?, ?, ?)"
                + " on conflict (subject_type, subject_id) do update set marked_at ="
                + " excluded.marked_at"
            : "merge into score_backlog (subject_type, subject_id, marked_at)"
                + " key (subject_type, subject_id) values (?, ?, ?)";
    try (PreparedStatement upsert = connection().prepareStatement(sql)) {
      for (UUID id : subjectIds) {
        upsert.setString(1, type.name());
        upsert.setObject(2, id);
        upsert.setTimestamp(3, Timestamp.from(now));
        upsert.addBatch();
      }
      upsert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("scores were not marked for computing", e);
    }
  }

  @Override
  public void markReleasesWithVulnerabilities(Collection<UUID> vulnerabilityIds, Instant now) {
    List<UUID> ids = List.copyOf(vulnerabilityIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      markSelected(
          "select distinct f.component_release_id from finding f where f.vulnerability_id in ("
              + marks(chunk.size())
              + ")",
          chunk,
          now);
    }
  }

  @Override
  public void markSupplierWithReleases(UUID supplierId, Instant now) {
    mark(ScoreSubject.SUPPLIER, List.of(supplierId), now);
    markSelected(
        "select id from component_release where supplier_id = ?", List.of(supplierId), now);
  }

  @Override
  public void markAll(Instant now) {
    markSelected("select id from component_release", List.of(), now);
    mark(ScoreSubject.SUPPLIER, ids("select id from supplier", List.of()), now);
    mark(ScoreSubject.DEVICE_RELEASE, ids("select id from device_release", List.of()), now);
  }

  @Override
  public void markUnscored(Instant now) {
    String unscored =
        "select x.id from %s x where not exists (select 1 from risk_score s"
            + " where s.subject_type = '%s' and s.subject_id = x.id)";
    markSelected(unscored.formatted("component_release", "COMPONENT_RELEASE"), List.of(), now);
    mark(ScoreSubject.SUPPLIER, ids(unscored.formatted("supplier", "SUPPLIER"), List.of()), now);
    mark(
        ScoreSubject.DEVICE_RELEASE,
        ids(unscored.formatted("device_release", "DEVICE_RELEASE"), List.of()),
        now);
  }

  @Override
  public List<Mark> take(int max) {
    List<Mark> taken = new ArrayList<>();
    // Releases first: suppliers and devices roll their scores up, so they come after them.
    for (ScoreSubject type :
        List.of(
            ScoreSubject.COMPONENT_RELEASE, ScoreSubject.SUPPLIER, ScoreSubject.DEVICE_RELEASE)) {
      try (PreparedStatement select =
          connection()
              .prepareStatement(
                  "select subject_id, marked_at from score_backlog where subject_type = ?"
                      + " order by marked_at, subject_id fetch first "
                      + max
                      + " rows only")) {
        select.setString(1, type.name());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            taken.add(
                new Mark(
                    type, UuidColumns.uuid(rows.getObject(1)), rows.getTimestamp(2).toInstant()));
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("the score backlog was not read", e);
      }
      if (!taken.isEmpty()) {
        return taken;
      }
    }
    return taken;
  }

  @Override
  public void clear(Collection<Mark> done) {
    if (done.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
        connection()
            .prepareStatement(
                "delete from score_backlog where subject_type = ? and subject_id = ?"
                    + " and marked_at <= ?")) {
      for (Mark mark : done) {
        delete.setString(1, mark.type().name());
        delete.setObject(2, mark.subjectId());
        delete.setTimestamp(3, Timestamp.from(mark.markedAt()));
        delete.addBatch();
      }
      delete.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("the score backlog was not cleared", e);
    }
  }

  @Override
  public long size() {
    try (PreparedStatement count =
            connection().prepareStatement("select count(*) from score_backlog");
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new PersistenceException("the score backlog was not counted", e);
    }
  }

  private void markSelected(String select, List<UUID> parameters, Instant now) {
    mark(ScoreSubject.COMPONENT_RELEASE, ids(select, parameters), now);
  }

  private List<UUID> ids(String sql, List<UUID> parameters) {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement select = connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(UuidColumns.uuid(rows.getObject(1)));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("subjects to score were not read", e);
    }
    return ids;
  }

  private boolean postgres() {
    try {
      return connection()
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new PersistenceException("the database was not identified", e);
    }
  }

  private Connection connection() {
    return em.unwrap(Connection.class);
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
