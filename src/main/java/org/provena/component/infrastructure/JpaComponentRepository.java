package org.provena.component.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.provena.component.domain.Component;
import org.provena.component.domain.ComponentRelease;
import org.provena.component.domain.ComponentRepository;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaComponentRepository implements ComponentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Component> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select c from Component c where c.id = :id and " + ScopeFilter.on("c.supplierId"),
                Component.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Component> findByName(SupplierScope scope, UUID supplierId, String name) {
    return ScopeFilter.bind(
            em.createQuery(
                "select c from Component c where c.supplierId = :supplier and c.name = :name and "
                    + ScopeFilter.on("c.supplierId"),
                Component.class),
            scope)
        .setParameter("supplier", supplierId)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Component> list(SupplierScope scope, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select c from Component c where "
                    + ScopeFilter.on("c.supplierId")
                    + " order by c.name, c.id",
                Component.class),
            scope)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(SupplierScope scope) {
    return ScopeFilter.bind(
            em.createQuery(
                "select count(c) from Component c where " + ScopeFilter.on("c.supplierId"),
                Long.class),
            scope)
        .getSingleResult();
  }

  @Override
  public void store(SupplierScope scope, Component component) {
    ScopeFilter.requireWritable(scope, component.supplierId(), "Component " + component.id());
    if (em.find(Component.class, component.id()) == null) {
      em.persist(component);
      em.flush();
    } else {
      em.merge(component);
    }
  }

  @Override
  public Optional<ComponentRelease> findRelease(SupplierScope scope, UUID releaseId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select r from ComponentRelease r where r.id = :id and "
                    + ScopeFilter.on("r.supplierId"),
                ComponentRelease.class),
            scope)
        .setParameter("id", releaseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ComponentRelease> releasesOf(SupplierScope scope, UUID componentId) {
    return releasesOf(scope, List.of(componentId));
  }

  @Override
  public List<ComponentRelease> releasesOf(SupplierScope scope, List<UUID> componentIds) {
    if (componentIds.isEmpty()) {
      return List.of();
    }
    return ScopeFilter.bind(
            em.createQuery(
                "select r from ComponentRelease r where r.component.id in :components and "
                    + ScopeFilter.on("r.supplierId")
                    // Newest release first: by release date where known, then by registration.
                    + " order by r.releasedOn desc nulls last, r.createdAt desc",
                ComponentRelease.class),
            scope)
        .setParameter("components", componentIds)
        .getResultList();
  }

  @Override
  public List<ComponentRelease> findReleases(SupplierScope scope, List<UUID> releaseIds) {
    if (releaseIds.isEmpty()) {
      return List.of();
    }
    return ScopeFilter.bind(
            em.createQuery(
                "select r from ComponentRelease r where r.id in :ids and "
                    + ScopeFilter.on("r.supplierId"),
                ComponentRelease.class),
            scope)
        .setParameter("ids", releaseIds)
        // A device's 40 releases: their components and hashes in two more queries, not 80.
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "r.component")
        .setHint("eclipselink.batch", "r.hashes")
        .getResultList();
  }

  private static final String RELEASE_MATCHES =
      " from ComponentRelease r where (lower(r.component.name) like :text"
          + " or lower(r.version) like :text) and ";

  @Override
  public List<ComponentRelease> searchReleases(SupplierScope scope, String text, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select r"
                    + RELEASE_MATCHES
                    + ScopeFilter.on("r.supplierId")
                    + " order by r.component.name, r.version, r.id",
                ComponentRelease.class),
            scope)
        .setParameter("text", containing(text))
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long countReleases(SupplierScope scope, String text) {
    return ScopeFilter.bind(
            em.createQuery(
                "select count(r)" + RELEASE_MATCHES + ScopeFilter.on("r.supplierId"), Long.class),
            scope)
        .setParameter("text", containing(text))
        .getSingleResult();
  }

  /**
   * A like pattern for the text anywhere. Wildcards typed by the user are dropped rather than
   * escaped, as the package search does: escape syntax differs between the databases we run on.
   */
  private static String containing(String text) {
    String plain = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    return "%" + plain.replace("\\", "").replace("%", "").replace("_", "") + "%";
  }

  @Override
  public List<ComponentRelease> findReleasesByHashValues(
      SupplierScope scope, Collection<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    return ScopeFilter.bind(
            em.createQuery(
                "select distinct r from ComponentRelease r join r.hashes h"
                    + " where h.value in :values and "
                    + ScopeFilter.on("r.supplierId"),
                ComponentRelease.class),
            scope)
        .setParameter("values", values)
        .getResultList();
  }

  @Override
  public void storeRelease(SupplierScope scope, ComponentRelease release) {
    ScopeFilter.requireWritable(scope, release.supplierId(), "Component release " + release.id());
    if (em.find(ComponentRelease.class, release.id()) == null) {
      em.persist(release);
      // Devices, SBOMs and findings refer to a release by id only (no mapped relationship), so
      // EclipseLink cannot order their inserts after this one: write it now.
      em.flush();
    } else {
      em.merge(release);
    }
  }

  @Override
  public Map<UUID, long[]> countsBySupplier(SupplierScope scope) {
    Map<UUID, long[]> counts = new HashMap<>();
    ScopeFilter.bind(
            em.createQuery(
                "select c.supplierId, count(distinct c.id), count(r.id) from Component c"
                    + " left join ComponentRelease r on r.component = c where "
                    + ScopeFilter.on("c.supplierId")
                    + " group by c.supplierId",
                Object[].class),
            scope)
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    (UUID) row[0],
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    return counts;
  }
}
