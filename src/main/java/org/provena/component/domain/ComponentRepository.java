package org.provena.component.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/** Components and their releases, always within the caller's supplier scope. */
public interface ComponentRepository {

  Optional<Component> find(SupplierScope scope, UUID id);

  Optional<Component> findByName(SupplierScope scope, UUID supplierId, String name);

  List<Component> list(SupplierScope scope, PageRequest page);

  long count(SupplierScope scope);

  void store(SupplierScope scope, Component component);

  Optional<ComponentRelease> findRelease(SupplierScope scope, UUID releaseId);

  List<ComponentRelease> releasesOf(SupplierScope scope, UUID componentId);

  /**
   * Releases of many components at once, newest first within each (by release date, then by
   * registration): for lists, one query.
   */
  List<ComponentRelease> releasesOf(SupplierScope scope, List<UUID> componentIds);

  List<ComponentRelease> findReleases(SupplierScope scope, List<UUID> releaseIds);

  /**
   * Releases whose component name or version contains the text (ignoring case; empty: all), by
   * component name and version: for pickers over every release, a page at a time.
   */
  List<ComponentRelease> searchReleases(SupplierScope scope, String text, PageRequest page);

  long countReleases(SupplierScope scope, String text);

  /** Releases with an artifact hash of one of these values (any algorithm: the caller compares). */
  List<ComponentRelease> findReleasesByHashValues(SupplierScope scope, Collection<String> values);

  void storeRelease(SupplierScope scope, ComponentRelease release);

  /** Number of components and of releases per supplier, for supplier lists. */
  Map<UUID, long[]> countsBySupplier(SupplierScope scope);
}
