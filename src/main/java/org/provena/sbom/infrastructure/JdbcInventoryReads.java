package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.provena.sbom.application.InventoryReads;
import org.provena.sbom.application.PackageView;
import org.provena.sbom.application.ReleaseInventory;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.shared.infrastructure.UuidColumns;

/**
 * Current inventories of many releases in four SQL queries (documents, packages, their hashes,
 * edges) instead of one per package: JPA loads a package's hash collection separately, which for a
 * device of 12,000 packages is 12,000 round trips. Every query carries the supplier condition (ADR
 * 0004).
 */
@ApplicationScoped
public class JdbcInventoryReads implements InventoryReads {

  @PersistenceContext EntityManager em;

  @Override
  public List<ReleaseInventory> currentOf(
      SupplierScope scope, Collection<UUID> componentReleaseIds) {
    if (componentReleaseIds.isEmpty()) {
      return List.of();
    }
    Connection connection = em.unwrap(Connection.class);
    try {
      Map<UUID, Document> documents = documents(connection, scope, componentReleaseIds);
      if (documents.isEmpty()) {
        return List.of();
      }
      Map<UUID, List<Row>> packages = packages(connection, scope, documents.keySet());
      Map<UUID, TreeSet<String>> hashes = hashes(connection, scope, documents.keySet());
      Map<UUID, List<UUID>> edges = edges(connection, scope, documents.keySet());
      List<ReleaseInventory> inventories = new ArrayList<>();
      for (Document document : documents.values()) {
        List<PackageView> views = new ArrayList<>();
        for (Row row : packages.getOrDefault(document.sbomId, List.of())) {
          views.add(
              row.view(
                  List.copyOf(hashes.getOrDefault(row.id, new TreeSet<>())),
                  edges.getOrDefault(row.id, List.of())));
        }
        inventories.add(
            new ReleaseInventory(document.releaseId, document.sbomId, document.primary, views));
      }
      return inventories;
    } catch (SQLException e) {
      throw new PersistenceException("inventories were not read", e);
    }
  }

  private record Document(UUID sbomId, UUID releaseId, UUID primary) {}

  /** The newest processed, not superseded document of each release, keyed by SBOM id. */
  private static Map<UUID, Document> documents(
      Connection connection, SupplierScope scope, Collection<UUID> releaseIds) throws SQLException {
    String sql =
        "select id, component_release_id, primary_package_id from sbom_document"
            + " where component_release_id in ("
            + placeholders(releaseIds.size())
            + ") and status = 'PROCESSED' and superseded_at is null and "
            + ScopeFilter.sql("supplier_id")
            + " order by processed_at desc, id desc";
    Map<UUID, Document> byRelease = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      ScopeFilter.bind(select, bind(select, releaseIds), scope);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          Document d =
              new Document(
                  UuidColumns.uuid(r.getObject(1)),
                  UuidColumns.uuid(r.getObject(2)),
                  UuidColumns.uuid(r.getObject(3)));
          // Two current documents only exist for the moment a newer one is being processed.
          byRelease.putIfAbsent(d.releaseId, d);
        }
      }
    }
    Map<UUID, Document> bySbom = new LinkedHashMap<>();
    byRelease.values().forEach(d -> bySbom.put(d.sbomId, d));
    return bySbom;
  }

  private static Map<UUID, List<Row>> packages(
      Connection connection, SupplierScope scope, Collection<UUID> sbomIds) throws SQLException {
    String sql =
        "select id, sbom_id, bom_ref, package_type, namespace, name, package_version, purl, cpe,"
            + " licence_expression, supplier_name from sbom_package where sbom_id in ("
            + placeholders(sbomIds.size())
            + ") and "
            + ScopeFilter.sql("supplier_id")
            + " order by name, package_version, id";
    Map<UUID, List<Row>> packages = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      ScopeFilter.bind(select, bind(select, sbomIds), scope);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          Row row = new Row(r);
          packages.computeIfAbsent(row.sbomId, k -> new ArrayList<>()).add(row);
        }
      }
    }
    return packages;
  }

  /** Hashes as {@code ALGORITHM:value}, the form {@link PackageView#hashes()} has everywhere. */
  private static Map<UUID, TreeSet<String>> hashes(
      Connection connection, SupplierScope scope, Collection<UUID> sbomIds) throws SQLException {
    String sql =
        "select h.package_id, h.algorithm, h.hash_value from sbom_package_hash h"
            + " join sbom_package p on p.id = h.package_id where p.sbom_id in ("
            + placeholders(sbomIds.size())
            + ") and "
            + ScopeFilter.sql("p.supplier_id");
    Map<UUID, TreeSet<String>> hashes = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      ScopeFilter.bind(select, bind(select, sbomIds), scope);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          hashes
              .computeIfAbsent(UuidColumns.uuid(r.getObject(1)), k -> new TreeSet<>())
              .add(HashAlgorithm.valueOf(r.getString(2)) + ":" + r.getString(3));
        }
      }
    }
    return hashes;
  }

  private static Map<UUID, List<UUID>> edges(
      Connection connection, SupplierScope scope, Collection<UUID> sbomIds) throws SQLException {
    String sql =
        "select e.from_package_id, e.to_package_id from sbom_dependency_edge e"
            + " join sbom_document d on d.id = e.sbom_id where e.sbom_id in ("
            + placeholders(sbomIds.size())
            + ") and "
            + ScopeFilter.sql("d.supplier_id")
            + " order by e.from_package_id, e.to_package_id";
    Map<UUID, List<UUID>> edges = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      ScopeFilter.bind(select, bind(select, sbomIds), scope);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          edges
              .computeIfAbsent(UuidColumns.uuid(r.getObject(1)), k -> new ArrayList<>())
              .add(UuidColumns.uuid(r.getObject(2)));
        }
      }
    }
    return edges;
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static int bind(PreparedStatement statement, Collection<UUID> ids) throws SQLException {
    int i = 1;
    for (UUID id : ids) {
      statement.setObject(i++, id);
    }
    return i;
  }

  /** One package row, before its hashes and edges are added. */
  private static final class Row {
    final UUID id;
    final UUID sbomId;
    final String bomRef;
    final String type;
    final String namespace;
    final String name;
    final String version;
    final String purl;
    final String cpe;
    final String licence;
    final String supplier;

    Row(ResultSet r) throws SQLException {
      id = UuidColumns.uuid(r.getObject(1));
      sbomId = UuidColumns.uuid(r.getObject(2));
      bomRef = r.getString(3);
      type = r.getString(4);
      namespace = r.getString(5);
      name = r.getString(6);
      version = r.getString(7);
      purl = r.getString(8);
      cpe = r.getString(9);
      licence = r.getString(10);
      supplier = r.getString(11);
    }

    PackageView view(List<String> hashes, List<UUID> dependsOn) {
      return new PackageView(
          id,
          bomRef,
          type,
          namespace,
          name,
          version,
          purl,
          cpe,
          licence,
          supplier,
          hashes,
          List.copyOf(dependsOn));
    }
  }
}
