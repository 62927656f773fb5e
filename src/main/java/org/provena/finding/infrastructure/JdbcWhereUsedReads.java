package org.provena.finding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.provena.finding.application.WhereUsedReads;
import org.provena.finding.application.WhereUsedView.DeviceUse;
import org.provena.finding.application.WhereUsedView.PackageUse;
import org.provena.finding.application.WhereUsedView.ReleaseUse;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.shared.infrastructure.UuidColumns;

/**
 * Where-used from the package indexes (match key, match name, finding by vulnerability), joined to
 * releases, components and suppliers; current SBOMs only.
 */
@ApplicationScoped
public class JdbcWhereUsedReads implements WhereUsedReads {

  private static final String SELECT =
      "select r.id, c.id, c.name, r.version_label, s.id, s.name, d.id,"
          + " p.id, p.name, p.match_version, p.purl"
          + " from sbom_package p join sbom_document d on d.id = p.sbom_id"
          + " join component_release r on r.id = d.component_release_id"
          + " join component c on c.id = r.component_id"
          + " join supplier s on s.id = r.supplier_id";
  private static final String CURRENT = " d.status = 'PROCESSED' and d.superseded_at is null";
  private static final String ORDER = " order by s.name, c.name, r.version_label, p.name, p.id";

  @PersistenceContext EntityManager em;

  @Override
  public List<ReleaseUse> byKey(SupplierScope scope, String matchKey, String version, int limit) {
    List<Object> parameters = new ArrayList<>(List.of(matchKey));
    String versionCondition = "";
    if (version != null) {
      versionCondition = " and p.match_version = ?";
      parameters.add(version);
    }
    return releases(
        SELECT + " where p.match_key = ?" + versionCondition + " and" + CURRENT,
        parameters,
        scope,
        limit);
  }

  @Override
  public List<ReleaseUse> byName(SupplierScope scope, java.util.Set<String> matchNames, int limit) {
    List<Object> names = new ArrayList<>(matchNames);
    return releases(
        SELECT
            + " where p.match_name in ("
            + String.join(", ", Collections.nCopies(names.size(), "?"))
            + ") and"
            + CURRENT,
        names,
        scope,
        limit);
  }

  @Override
  public List<ReleaseUse> byVulnerability(SupplierScope scope, UUID vulnerabilityId, int limit) {
    return releases(
        SELECT
            + " join finding f on f.package_id = p.id"
            + " where f.vulnerability_id = ? and f.state = 'OPEN' and"
            + CURRENT,
        List.of(vulnerabilityId),
        scope,
        limit);
  }

  @Override
  public List<DeviceUse> devicesOf(List<UUID> componentReleaseIds) {
    List<DeviceUse> devices = new ArrayList<>();
    Connection connection = em.unwrap(Connection.class);
    for (int i = 0; i < componentReleaseIds.size(); i += 500) {
      List<UUID> chunk =
          componentReleaseIds.subList(i, Math.min(componentReleaseIds.size(), i + 500));
      try (PreparedStatement select =
          connection.prepareStatement(
              "select dr.id, dv.id, dv.name, dr.version_label, x.component_release_id,"
                  + " x.criticality, x.exposure from device_release_component x"
                  + " join device_release dr on dr.id = x.device_release_id"
                  + " join device dv on dv.id = dr.device_id"
                  + " where x.component_release_id in ("
                  + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                  + ") order by dv.name, dr.version_label")) {
        for (int j = 0; j < chunk.size(); j++) {
          select.setObject(j + 1, chunk.get(j));
        }
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            devices.add(
                new DeviceUse(
                    UuidColumns.uuid(r.getObject(1)),
                    UuidColumns.uuid(r.getObject(2)),
                    r.getString(3),
                    r.getString(4),
                    UuidColumns.uuid(r.getObject(5)),
                    r.getString(6),
                    r.getString(7)));
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("device releases were not read", e);
      }
    }
    return devices;
  }

  /** At most {@code limit} releases; their packages grouped under them. */
  private List<ReleaseUse> releases(
      String sql, List<Object> parameters, SupplierScope scope, int limit) {
    Map<UUID, ReleaseUse> releases = new LinkedHashMap<>();
    String scoped = sql + " and " + ScopeFilter.sql("p.supplier_id") + ORDER;
    try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement(scoped)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      ScopeFilter.bind(select, parameters.size() + 1, scope);
      select.setMaxRows(limit * 20);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          UUID release = UuidColumns.uuid(r.getObject(1));
          ReleaseUse use = releases.get(release);
          if (use == null) {
            if (releases.size() == limit) {
              break;
            }
            use =
                new ReleaseUse(
                    release,
                    UuidColumns.uuid(r.getObject(2)),
                    r.getString(3),
                    r.getString(4),
                    UuidColumns.uuid(r.getObject(5)),
                    r.getString(6),
                    UuidColumns.uuid(r.getObject(7)),
                    new ArrayList<>());
            releases.put(release, use);
          }
          use.packages()
              .add(
                  new PackageUse(
                      UuidColumns.uuid(r.getObject(8)),
                      r.getString(9),
                      r.getString(10),
                      r.getString(11)));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("where-used was not read", e);
    }
    return releases.values().stream()
        .map(
            u ->
                new ReleaseUse(
                    u.componentReleaseId(),
                    u.componentId(),
                    u.componentName(),
                    u.releaseVersion(),
                    u.supplierId(),
                    u.supplierName(),
                    u.sbomId(),
                    List.copyOf(u.packages())))
        .toList();
  }
}
