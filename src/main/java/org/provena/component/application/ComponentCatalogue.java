package org.provena.component.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.provena.component.application.ComponentCommands.AddRelease;
import org.provena.component.application.ComponentCommands.RegisterComponent;
import org.provena.component.domain.Component;
import org.provena.component.domain.ComponentRelease;
import org.provena.component.domain.ComponentRepository;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * The components and releases a caller may see, and their registration by the supplier that
 * delivers them. Every call runs in the caller's supplier scope: a supplier sees and changes only
 * its own components; manufacturer staff see all.
 */
@ApplicationScoped
@Transactional
public class ComponentCatalogue {

  @Inject ComponentRepository components;
  @Inject SupplierScopeResolver scopes;
  @Inject Clock clock;

  public List<ComponentDetails> list(PageRequest page) {
    SupplierScope scope = scopes.current();
    List<Component> found = components.list(scope, page);
    Map<UUID, List<ComponentRelease>> releases =
        components.releasesOf(scope, found.stream().map(Component::id).toList()).stream()
            .collect(Collectors.groupingBy(release -> release.component().id()));
    return found.stream()
        .map(c -> ComponentDetails.of(c, releases.getOrDefault(c.id(), List.of())))
        .toList();
  }

  public long count() {
    return components.count(scopes.current());
  }

  public Optional<ComponentDetails> find(UUID id) {
    SupplierScope scope = scopes.current();
    return components
        .find(scope, id)
        .map(component -> ComponentDetails.of(component, components.releasesOf(scope, id)));
  }

  public Optional<ReleaseDetails> findRelease(UUID releaseId) {
    return components.findRelease(scopes.current(), releaseId).map(ReleaseDetails::of);
  }

  public List<ReleaseDetails> findReleases(List<UUID> releaseIds) {
    return components.findReleases(scopes.current(), releaseIds).stream()
        .map(ReleaseDetails::of)
        .toList();
  }

  /**
   * The caller's visible releases whose component name or version contains the text, by component
   * name and version: what a picker over all releases (building a device) pages through.
   */
  public List<ReleaseDetails> searchReleases(String text, PageRequest page) {
    return components.searchReleases(scopes.current(), text, page).stream()
        .map(ReleaseDetails::of)
        .toList();
  }

  public long countReleases(String text) {
    return components.countReleases(scopes.current(), text);
  }

  /** The hashes recorded for a release's deliverable; empty when the caller may not see it. */
  public Set<ArtifactHash> artifactHashes(UUID releaseId) {
    return components
        .findRelease(scopes.current(), releaseId)
        .map(r -> Set.copyOf(r.hashes()))
        .orElse(Set.of());
  }

  /** The caller's visible releases that record one of these artifact hashes. */
  public List<UUID> releasesWithArtifactHash(Collection<ArtifactHash> hashes) {
    Set<String> values = hashes.stream().map(ArtifactHash::value).collect(Collectors.toSet());
    return components.findReleasesByHashValues(scopes.current(), values).stream()
        .filter(r -> r.hashes().stream().anyMatch(hashes::contains))
        .map(ComponentRelease::id)
        .toList();
  }

  /** An existing release of the calling supplier's component, by name and version. */
  public Optional<ReleaseDetails> findOwnRelease(String componentName, String version) {
    SupplierScope scope = scopes.current();
    Optional<UUID> supplierId = scope.supplier();
    if (supplierId.isEmpty() || componentName == null || version == null) {
      return Optional.empty();
    }
    return components
        .findByName(scope, supplierId.get(), componentName.trim())
        .flatMap(
            c ->
                components.releasesOf(scope, c.id()).stream()
                    .filter(r -> r.version().equals(version.trim()))
                    .findFirst())
        .map(ReleaseDetails::of);
  }

  /** Components and releases per supplier: {@code [components, releases]}. */
  public Map<UUID, long[]> countsBySupplier() {
    return components.countsBySupplier(scopes.current());
  }

  /** A supplier registers a component under its own organization. */
  public ComponentDetails register(RegisterComponent command) {
    UUID supplierId =
        scopes
            .current()
            .supplier()
            .orElseThrow(
                () ->
                    new NotPermittedException(
                        "Only a registered, active supplier registers its own components"));
    return registerFor(supplierId, command);
  }

  /** Registers a component for a given supplier; the scope must permit that supplier. */
  public ComponentDetails registerFor(UUID supplierId, RegisterComponent command) {
    SupplierScope scope = scopes.current();
    if (components.findByName(scope, supplierId, command.name().trim()).isPresent()) {
      throw new IllegalArgumentException(
          "A component named '" + command.name().trim() + "' is already registered");
    }
    Component component =
        Component.register(
            supplierId, command.name(), command.type(), command.description(), clock.instant());
    components.store(scope, component);
    return ComponentDetails.of(component, List.of());
  }

  public ReleaseDetails addRelease(UUID componentId, AddRelease command) {
    SupplierScope scope = scopes.current();
    Component component =
        components
            .find(scope, componentId)
            .orElseThrow(() -> new NotFoundException("Component " + componentId));
    boolean exists =
        components.releasesOf(scope, componentId).stream()
            .anyMatch(release -> release.version().equals(command.version().trim()));
    if (exists) {
      throw new IllegalArgumentException(
          component.name() + " " + command.version().trim() + " is already registered");
    }
    ComponentRelease release =
        component.release(
            command.version(), command.levelOfSupport(), command.endOfSupport(), clock.instant());
    release.identify(command.purl(), command.cpe());
    release.releasedOn(command.releasedOn());
    if (command.hashes() != null) {
      command.hashes().forEach(hash -> release.addHash(parseHash(hash)));
    }
    components.storeRelease(scope, release);
    return ReleaseDetails.of(release);
  }

  /**
   * The caller's release of this component in this version, registered on the way if either is new
   * (a supplier's CI uploads an SBOM for a release nobody registered by hand). Support is UNKNOWN
   * until the supplier declares it.
   */
  public ReleaseDetails releaseFor(String componentName, String version) {
    if (componentName == null || componentName.isBlank() || version == null || version.isBlank()) {
      throw new IllegalArgumentException(
          "Name the component and the version: ?component=…&version=…");
    }
    SupplierScope scope = scopes.current();
    UUID supplierId =
        scope
            .supplier()
            .orElseThrow(
                () ->
                    new NotPermittedException(
                        "Only a registered, active supplier delivers component releases"));
    Component component =
        components
            .findByName(scope, supplierId, componentName.trim())
            .orElseGet(
                () -> {
                  Component created =
                      Component.register(supplierId, componentName, null, null, clock.instant());
                  components.store(scope, created);
                  return created;
                });
    return components.releasesOf(scope, component.id()).stream()
        .filter(release -> release.version().equals(version.trim()))
        .findFirst()
        .map(ReleaseDetails::of)
        .orElseGet(
            () ->
                addRelease(
                    component.id(),
                    new AddRelease(version, null, null, null, null, null, List.of())));
  }

  private static ArtifactHash parseHash(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("A hash is written algorithm:hex, e.g. sha256:9f86d0…");
    }
    HashAlgorithm algorithm =
        HashAlgorithm.parse(text.substring(0, colon))
            .orElseThrow(
                () -> new IllegalArgumentException("Unknown hash algorithm in '" + text + "'"));
    String hex = text.substring(colon + 1).trim();
    if (!hex.matches("[0-9a-fA-F]{16,256}")) {
      throw new IllegalArgumentException("A hash value is hexadecimal: '" + text + "'");
    }
    return new ArtifactHash(algorithm, hex);
  }
}
