package org.provena.sbom.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.provena.sbom.domain.SbomPackage;
import org.provena.shared.domain.PackageCoordinates;
import org.provena.shared.infrastructure.DatabaseMigration.DatabaseReady;
import org.provena.shared.infrastructure.JdbcBatch;
import org.provena.shared.infrastructure.ProvenaDataSource;

/**
 * Gives packages listed before migration V12 their match columns, which SQL cannot derive from a
 * purl: read in pages of {@value #PAGE}, each page committed on its own, so an upgrade of a large
 * database neither holds one huge transaction nor repeats finished work after a restart. Packages
 * without a purl or CPE get an empty key and are not read again.
 */
@ApplicationScoped
public class PackageKeyBackfill {

  private static final Logger LOG = Logger.getLogger(PackageKeyBackfill.class.getName());
  private static final int PAGE = 5000;

  @Resource(lookup = ProvenaDataSource.JNDI_NAME)
  DataSource dataSource;

  void onReady(@Observes DatabaseReady ready) throws SQLException {
    long filled = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      while (true) {
        List<Object[]> page = new ArrayList<>();
        try (PreparedStatement select =
            connection.prepareStatement(
                "select id, purl, cpe, package_version from sbom_package"
                    + " where match_key is null fetch first "
                    + PAGE
                    + " rows only")) {
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              page.add(
                  new Object[] {
                    rows.getObject(1), rows.getString(2), rows.getString(3), rows.getString(4)
                  });
            }
          }
        }
        if (page.isEmpty()) {
          break;
        }
        try (JdbcBatch batch =
            new JdbcBatch(
                connection,
                "update sbom_package set match_key = ?, match_version = ?, match_name = ?"
                    + " where id = ?")) {
          for (Object[] row : page) {
            PackageCoordinates c =
                SbomPackage.matchable((String) row[1], (String) row[2]).orElse(null);
            PreparedStatement update = batch.row();
            update.setString(1, c == null ? "" : c.key());
            update.setString(
                2, c == null ? null : c.version() != null ? c.version() : (String) row[3]);
            update.setString(3, c == null ? null : c.name());
            update.setObject(4, row[0]);
            batch.add();
          }
        }
        connection.commit();
        filled += page.size();
      }
    }
    if (filled > 0) {
      long total = filled;
      LOG.info(() -> "Match keys given to " + total + " packages listed before they existed");
    }
  }
}
