package org.provena.sbom.infrastructure.cyclonedx;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.BomReference;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Composition;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.LifecycleChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.Tool;
import org.cyclonedx.model.metadata.ToolInformation;
import org.provena.sbom.domain.PackageEntry;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.sbom.domain.SbomMetadata;
import org.provena.sbom.infrastructure.DetectedFormat;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * Turns one schema-valid CycloneDX {@link Bom} into a {@link ParsedSbom}. Used once per document:
 * it keeps the refs handed out and the warnings collected while mapping.
 *
 * <p>Nested components (CycloneDX {@code component.components}, "assemblies") are flattened into
 * the component list, each child linked to its parent by a dependency edge. Components without a
 * {@code bom-ref} receive a synthetic one ({@code component-N}) that the document does not use.
 */
final class CycloneDxMapping {

  private static final String SYNTHETIC_REF = "component-";

  private final DetectedFormat detected;
  private final List<String> warnings = new ArrayList<>();
  private final Set<String> usedRefs = new HashSet<>();
  private final Map<Component, String> refs = new java.util.IdentityHashMap<>();
  private final Set<ParsedSbom.Dependency> dependencies = new LinkedHashSet<>();
  private int syntheticCounter;

  CycloneDxMapping(DetectedFormat detected) {
    this.detected = detected;
  }

  ParsedSbom map(Bom bom) {
    Metadata metadata = bom.getMetadata();
    Component primaryComponent = metadata == null ? null : metadata.getComponent();
    List<Component> all = new ArrayList<>();
    if (primaryComponent != null) {
      collect(primaryComponent, all);
    }
    for (Component component : nonNull(bom.getComponents())) {
      collect(component, all);
    }
    reserveDeclaredRefs(all);
    for (Component component : all) {
      refs.put(component, refOf(component));
    }
    Set<String> known = new HashSet<>();
    for (Component component : all) {
      if (isBlank(component.getName())) {
        // The schema requires a name but allows an empty one; a package without a name is useless.
        warnings.add("component " + refs.get(component) + " has an empty name; ignored");
      } else {
        known.add(refs.get(component));
      }
    }
    boolean nested = false;
    for (Component component : all) {
      for (Component child : nonNull(component.getComponents())) {
        nested = true;
        String parentRef = refs.get(component);
        String childRef = refs.get(child);
        if (known.contains(parentRef) && known.contains(childRef)) {
          dependencies.add(new ParsedSbom.Dependency(parentRef, childRef));
        }
      }
    }
    for (Dependency dependency : nonNull(bom.getDependencies())) {
      for (Dependency target : nonNull(dependency.getDependencies())) {
        addDeclaredDependency(known, dependency.getRef(), target.getRef());
      }
    }
    Compositions compositions = new Compositions(nonNull(bom.getCompositions()));
    String primaryRef = primaryComponent == null ? null : refs.get(primaryComponent);

    ParsedSbom.Component primary = null;
    List<ParsedSbom.Component> components = new ArrayList<>();
    for (Component component : all) {
      if (!known.contains(refs.get(component))) {
        continue;
      }
      ParsedSbom.Component mapped = component(component, compositions);
      if (component == primaryComponent) {
        primary = mapped;
      } else {
        components.add(mapped);
      }
    }
    boolean dependenciesDeclared = !nonNull(bom.getDependencies()).isEmpty() || nested;
    return new ParsedSbom(
        metadata(bom, metadata),
        primary,
        components,
        new ArrayList<>(dependencies),
        new ParsedSbom.DocumentFacts(
            authorContact(metadata),
            dependenciesDeclared,
            compositions.graphComplete(primaryRef),
            !nonNull(bom.getVulnerabilities()).isEmpty(),
            warnings));
  }

  private static void collect(Component component, List<Component> into) {
    into.add(component);
    for (Component child : nonNull(component.getComponents())) {
      collect(child, into);
    }
  }

  private void reserveDeclaredRefs(List<Component> all) {
    for (Component component : all) {
      String ref = component.getBomRef();
      if (ref != null && !ref.isBlank()) {
        usedRefs.add(ref);
      }
    }
  }

  private String refOf(Component component) {
    String ref = component.getBomRef();
    if (ref != null && !ref.isBlank() && !refs.containsValue(ref)) {
      return ref;
    }
    if (ref != null && !ref.isBlank()) {
      warnings.add(
          "bom-ref '" + ref + "' is used by more than one component; later ones got another ref");
    }
    String synthetic;
    do {
      synthetic = SYNTHETIC_REF + ++syntheticCounter;
    } while (usedRefs.contains(synthetic));
    usedRefs.add(synthetic);
    return synthetic;
  }

  private void addDeclaredDependency(Set<String> known, String from, String to) {
    if (!known.contains(from) || !known.contains(to)) {
      warnings.add(
          "dependency " + from + " -> " + to + " names a bom-ref that is not a component; ignored");
      return;
    }
    if (!from.equals(to)) {
      dependencies.add(new ParsedSbom.Dependency(from, to));
    }
  }

  private ParsedSbom.Component component(Component component, Compositions compositions) {
    String ref = refs.get(component);
    Set<ArtifactHash> hashes = new LinkedHashSet<>();
    for (Hash hash : nonNull(component.getHashes())) {
      HashAlgorithm.parse(hash.getAlgorithm())
          .ifPresentOrElse(
              algorithm -> hashes.add(new ArtifactHash(algorithm, hash.getValue())),
              () ->
                  warnings.add(
                      "component "
                          + ref
                          + ": hash algorithm "
                          + hash.getAlgorithm()
                          + " is not recognised; hash ignored"));
    }
    PackageEntry entry =
        new PackageEntry(
            ref,
            component.getType() == null ? null : component.getType().getTypeName(),
            blankToNull(component.getGroup()),
            component.getName(),
            blankToNull(component.getVersion()),
            purl(ref, component.getPurl()),
            blankToNull(component.getCpe()),
            licence(component.getLicenses()),
            component.getSupplier() == null ? null : blankToNull(component.getSupplier().getName()),
            hashes);
    Map<String, String> properties = new LinkedHashMap<>();
    for (Property property : nonNull(component.getProperties())) {
      if (property.getName() != null) {
        // Later duplicates win (CycloneDX allows a name to repeat; the last statement stands).
        properties.put(property.getName(), Objects.toString(property.getValue(), ""));
      }
    }
    Set<Field> unknown = EnumSet.noneOf(Field.class);
    if (compositions.declaresUnknown(ref)) {
      unknown.add(Field.DEPENDENCIES);
    }
    return new ParsedSbom.Component(ref, entry, properties, unknown, Set.of());
  }

  /** purl spec: the canonical form, so that equal packages compare equal across documents. */
  private String purl(String ref, String purl) {
    if (purl == null || purl.isBlank()) {
      return null;
    }
    try {
      return new PackageURL(purl.trim()).canonicalize();
    } catch (MalformedPackageURLException | RuntimeException e) {
      warnings.add("component " + ref + ": purl '" + purl + "' is not valid: " + e.getMessage());
      return purl;
    }
  }

  /**
   * An SPDX expression as given; otherwise the listed licences (ids, else names) joined with AND —
   * CycloneDX 1.6 section "licenses": several license entries all apply to the component.
   */
  private static String licence(LicenseChoice choice) {
    if (choice == null) {
      return null;
    }
    if (choice.getExpression() != null && !isBlank(choice.getExpression().getValue())) {
      return choice.getExpression().getValue().trim();
    }
    List<String> names = new ArrayList<>();
    for (License license : nonNull(choice.getLicenses())) {
      String name = !isBlank(license.getId()) ? license.getId() : license.getName();
      if (!isBlank(name)) {
        names.add(name.trim());
      }
    }
    return names.isEmpty() ? null : String.join(" AND ", names);
  }

  private SbomMetadata metadata(Bom bom, Metadata metadata) {
    String author = null;
    String toolName = null;
    String toolVersion = null;
    Instant timestamp = null;
    String lifecycle = null;
    if (metadata != null) {
      author = authors(metadata.getAuthors());
      String[] tool = tool(metadata);
      toolName = tool[0];
      toolVersion = tool[1];
      timestamp = metadata.getTimestamp() == null ? null : metadata.getTimestamp().toInstant();
      lifecycle = lifecycle(metadata);
    }
    return new SbomMetadata(
        detected.format(),
        detected.specVersion(),
        blankToNull(bom.getSerialNumber()),
        bom.getVersion() > 0 ? bom.getVersion() : null,
        author,
        toolName,
        toolVersion,
        timestamp,
        lifecycle);
  }

  private static String authors(List<OrganizationalContact> authors) {
    String joined =
        nonNull(authors).stream()
            .map(a -> !isBlank(a.getName()) ? a.getName().trim() : a.getEmail())
            .filter(s -> !isBlank(s))
            .collect(Collectors.joining(", "));
    return joined.isEmpty() ? null : joined;
  }

  /**
   * The first tool: CycloneDX 1.5+ {@code tools.components} / {@code tools.services}, else the
   * legacy (1.2–1.4) tool list.
   */
  private static String[] tool(Metadata metadata) {
    ToolInformation information = metadata.getToolChoice();
    if (information != null) {
      for (Component component : nonNull(information.getComponents())) {
        if (!isBlank(component.getName())) {
          return new String[] {component.getName(), blankToNull(component.getVersion())};
        }
      }
      for (Service service : nonNull(information.getServices())) {
        if (!isBlank(service.getName())) {
          return new String[] {service.getName(), blankToNull(service.getVersion())};
        }
      }
    }
    for (Tool tool : nonNull(metadata.getTools())) {
      if (!isBlank(tool.getName())) {
        return new String[] {tool.getName(), blankToNull(tool.getVersion())};
      }
    }
    return new String[] {null, null};
  }

  /** CycloneDX 1.5+ {@code metadata.lifecycles}: pre-defined phases, or a custom phase's name. */
  private static String lifecycle(Metadata metadata) {
    if (metadata.getLifecycles() == null) {
      return null;
    }
    String joined =
        nonNull(metadata.getLifecycles().getLifecycleChoice()).stream()
            .map(CycloneDxMapping::phase)
            .filter(s -> !isBlank(s))
            .collect(Collectors.joining(","));
    return joined.isEmpty() ? null : joined;
  }

  private static String phase(LifecycleChoice choice) {
    return choice.getPhase() != null ? choice.getPhase().getPhaseName() : choice.getName();
  }

  /**
   * E-mail of the first author who gives one; else a contact e-mail or URL of the manufacturer or
   * supplier named in the metadata (BSI TR-03183-2, "SBOM author: e-mail or URL").
   */
  private static String authorContact(Metadata metadata) {
    if (metadata == null) {
      return null;
    }
    for (OrganizationalContact author : nonNull(metadata.getAuthors())) {
      if (!isBlank(author.getEmail())) {
        return author.getEmail().trim();
      }
    }
    for (OrganizationalEntity entity :
        java.util.Arrays.asList(
            metadata.getManufacturer(), metadata.getManufacture(), metadata.getSupplier())) {
      if (entity == null) {
        continue;
      }
      for (OrganizationalContact contact : nonNull(entity.getContacts())) {
        if (!isBlank(contact.getEmail())) {
          return contact.getEmail().trim();
        }
      }
      for (String url : nonNull(entity.getUrls())) {
        if (!isBlank(url)) {
          return url.trim();
        }
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value.trim();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * What the document's compositions (CycloneDX 1.3+, "compositions") say about completeness. A
   * composition that lists neither assemblies nor dependencies, or lists the primary component
   * among its dependencies, speaks for the whole dependency graph.
   */
  private static final class Compositions {

    private final List<Composition> compositions;

    Compositions(List<Composition> compositions) {
      this.compositions = compositions;
    }

    boolean declaresUnknown(String ref) {
      for (Composition composition : compositions) {
        if (composition.getAggregate() == Composition.Aggregate.UNKNOWN
            && (names(composition.getAssemblies(), ref)
                || names(composition.getDependencies(), ref))) {
          return true;
        }
      }
      return false;
    }

    Boolean graphComplete(String primaryRef) {
      Boolean complete = null;
      for (Composition composition : compositions) {
        Composition.Aggregate aggregate = composition.getAggregate();
        if (aggregate == null
            || aggregate == Composition.Aggregate.NOT_SPECIFIED
            || !coversWholeGraph(composition, primaryRef)) {
          continue;
        }
        if (aggregate == Composition.Aggregate.COMPLETE) {
          complete = complete == null ? Boolean.TRUE : complete;
        } else {
          // incomplete, incomplete_* and unknown: the author does not claim the graph complete.
          return Boolean.FALSE;
        }
      }
      return complete;
    }

    private static boolean coversWholeGraph(Composition composition, String primaryRef) {
      boolean unscoped =
          nonNull(composition.getAssemblies()).isEmpty()
              && nonNull(composition.getDependencies()).isEmpty()
              && nonNull(composition.getVulnerabilities()).isEmpty();
      return unscoped || (primaryRef != null && names(composition.getDependencies(), primaryRef));
    }

    private static boolean names(List<BomReference> references, String ref) {
      for (BomReference reference : nonNull(references)) {
        if (ref.equals(reference.getRef())) {
          return true;
        }
      }
      return false;
    }
  }
}
