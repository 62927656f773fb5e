package org.provena.sbom.infrastructure.cyclonedx;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
import org.provena.shared.domain.Purls;

/**
 * Turns one schema-valid CycloneDX document into a {@link ParsedSbom}, one top-level component at a
 * time, so that a streaming reader never holds more than one component of the library's model: the
 * document's other parts first ({@link #document}), then every top-level {@link #component}, every
 * {@link #dependency}, and {@link #finish}. Used once per document; it keeps the refs handed out
 * and the warnings collected while mapping.
 *
 * <p>Nested components (CycloneDX {@code component.components}, "assemblies") are flattened into
 * the component list, each child linked to its parent by a dependency edge. Components without a
 * {@code bom-ref}, or whose {@code bom-ref} an earlier component already uses, receive a synthetic
 * one ({@code component-N}) that no component of the document declares.
 */
final class CycloneDxMapping {

  private static final String SYNTHETIC_REF = "component-";

  /** Past this many, warnings are counted, not kept: a hostile document cannot fill the heap. */
  static final int MAX_WARNINGS = 200;

  private final DetectedFormat detected;
  private final Set<String> declaredRefs;
  private final List<String> warnings = new ArrayList<>();
  private int droppedWarnings;

  /** Every ref handed out so far. */
  private final Set<String> assignedRefs = new HashSet<>();

  /** Refs of components with a name, each mapped to itself: the one instance edges share. */
  private final Map<String, String> known = new HashMap<>();

  private final Set<ParsedSbom.Dependency> nestedEdges = new LinkedHashSet<>();
  private final List<String[]> declaredEdges = new ArrayList<>();
  private final List<ParsedSbom.Component> components = new ArrayList<>();
  private int syntheticCounter;
  private int dependencyEntries;
  private boolean nested;

  private Bom document;
  private boolean containsVulnerabilities;
  private Compositions compositions;
  private ParsedSbom.Component primary;
  private String primaryRef;

  /**
   * @param declaredRefs every {@code bom-ref} a component of the document declares, nested ones
   *     included: synthetic refs avoid them
   */
  CycloneDxMapping(DetectedFormat detected, Set<String> declaredRefs) {
    this.detected = detected;
    this.declaredRefs = declaredRefs;
  }

  /** Maps a whole document held in memory (the XML path). */
  static ParsedSbom map(DetectedFormat detected, Bom bom) {
    Set<String> declared = new HashSet<>();
    if (bom.getMetadata() != null && bom.getMetadata().getComponent() != null) {
      collectDeclaredRefs(bom.getMetadata().getComponent(), declared);
    }
    for (Component component : nonNull(bom.getComponents())) {
      collectDeclaredRefs(component, declared);
    }
    CycloneDxMapping mapping = new CycloneDxMapping(detected, declared);
    mapping.document(bom, !nonNull(bom.getVulnerabilities()).isEmpty());
    for (Component component : nonNull(bom.getComponents())) {
      mapping.component(component);
    }
    for (Dependency dependency : nonNull(bom.getDependencies())) {
      mapping.dependency(
          dependency.getRef(),
          nonNull(dependency.getDependencies()).stream().map(Dependency::getRef).toList());
    }
    return mapping.finish();
  }

  /** Adds the {@code bom-ref}s of a component and its nested components to {@code into}. */
  static void collectDeclaredRefs(Component component, Set<String> into) {
    if (component.getBomRef() != null && !component.getBomRef().isBlank()) {
      into.add(component.getBomRef());
    }
    for (Component child : nonNull(component.getComponents())) {
      collectDeclaredRefs(child, into);
    }
  }

  /**
   * The document without its components and dependencies: metadata (and the primary component in
   * it), serial number, version, compositions. Called first.
   *
   * @param containsVulnerabilities the document carries vulnerability data
   */
  void document(Bom bom, boolean containsVulnerabilities) {
    this.document = bom;
    this.containsVulnerabilities = containsVulnerabilities;
    this.compositions = new Compositions(nonNull(bom.getCompositions()));
    Component primaryComponent =
        bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
    if (primaryComponent != null) {
      Map<Component, String> refs = mapTree(primaryComponent);
      primaryRef = refs.get(primaryComponent);
    }
  }

  /** One top-level component with its nested components. */
  void component(Component topLevel) {
    mapTree(topLevel);
  }

  /** One entry of the dependency graph: {@code from} depends on each of {@code to}. */
  void dependency(String from, List<String> to) {
    dependencyEntries++;
    for (String target : to) {
      // Share the ref instances of the components where they are already known.
      declaredEdges.add(
          new String[] {known.getOrDefault(from, from), known.getOrDefault(target, target)});
    }
  }

  /** The document as mapped; call once, after every component and dependency. */
  ParsedSbom finish() {
    Set<ParsedSbom.Dependency> dependencies = new LinkedHashSet<>(nestedEdges);
    for (String[] edge : declaredEdges) {
      String from = known.get(edge[0]);
      String to = known.get(edge[1]);
      if (from == null || to == null) {
        warn(
            "dependency "
                + edge[0]
                + " -> "
                + edge[1]
                + " names a bom-ref that is not a component; ignored");
      } else if (!from.equals(to)) {
        dependencies.add(new ParsedSbom.Dependency(from, to));
      }
    }
    declaredEdges.clear();
    if (droppedWarnings > 0) {
      warnings.add(droppedWarnings + " more warnings like these");
    }
    Metadata metadata = document.getMetadata();
    return new ParsedSbom(
        metadata(document, metadata),
        primary,
        components,
        new ArrayList<>(dependencies),
        new ParsedSbom.DocumentFacts(
            authorContact(metadata),
            dependencyEntries > 0 || nested,
            compositions.graphComplete(primaryRef),
            containsVulnerabilities,
            warnings));
  }

  /**
   * Hands out refs to a component and its nested components (document order, parent first), maps
   * those with a name and links each child to its parent.
   */
  private Map<Component, String> mapTree(Component root) {
    List<Component> tree = new ArrayList<>();
    collect(root, tree);
    Map<Component, String> refs = new IdentityHashMap<>();
    for (Component component : tree) {
      refs.put(component, refOf(component));
    }
    for (Component component : tree) {
      String ref = refs.get(component);
      if (isBlank(component.getName())) {
        // The schema requires a name but allows an empty one; a package without a name is useless.
        warn("component " + ref + " has an empty name; ignored");
        continue;
      }
      known.put(ref, ref);
      ParsedSbom.Component mapped = component(component, ref);
      if (component == root && document != null && isPrimary(root)) {
        primary = mapped;
      } else {
        components.add(mapped);
      }
    }
    for (Component component : tree) {
      for (Component child : nonNull(component.getComponents())) {
        nested = true;
        String parentRef = refs.get(component);
        String childRef = refs.get(child);
        if (known.containsKey(parentRef) && known.containsKey(childRef)) {
          nestedEdges.add(new ParsedSbom.Dependency(parentRef, childRef));
        }
      }
    }
    return refs;
  }

  private boolean isPrimary(Component component) {
    return document.getMetadata() != null && document.getMetadata().getComponent() == component;
  }

  private static void collect(Component component, List<Component> into) {
    into.add(component);
    for (Component child : nonNull(component.getComponents())) {
      collect(child, into);
    }
  }

  private String refOf(Component component) {
    String ref = component.getBomRef();
    if (ref != null && !ref.isBlank() && assignedRefs.add(ref)) {
      return ref;
    }
    if (ref != null && !ref.isBlank()) {
      warn("bom-ref '" + ref + "' is used by more than one component; later ones got another ref");
    }
    String synthetic;
    do {
      synthetic = SYNTHETIC_REF + ++syntheticCounter;
    } while (declaredRefs.contains(synthetic) || !assignedRefs.add(synthetic));
    return synthetic;
  }

  private void warn(String warning) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(warning);
    } else {
      droppedWarnings++;
    }
  }

  private ParsedSbom.Component component(Component component, String ref) {
    Set<ArtifactHash> hashes = new LinkedHashSet<>();
    for (Hash hash : nonNull(component.getHashes())) {
      HashAlgorithm.parse(hash.getAlgorithm())
          .ifPresentOrElse(
              algorithm -> hashes.add(new ArtifactHash(algorithm, hash.getValue())),
              () ->
                  warn(
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
      String canonical = Purls.canonical(new PackageURL(purl.trim()));
      // Most bom-refs are the purl: share the one string (300,000 packages, 30 MB less heap).
      return canonical.equals(ref) ? ref : canonical;
    } catch (MalformedPackageURLException | RuntimeException e) {
      warn("component " + ref + ": purl '" + purl + "' is not valid: " + e.getMessage());
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

    /** Refs an {@code unknown} composition names, as assembly or dependency. */
    private final Set<String> unknown = new HashSet<>();

    Compositions(List<Composition> compositions) {
      this.compositions = compositions;
      for (Composition composition : compositions) {
        if (composition.getAggregate() == Composition.Aggregate.UNKNOWN) {
          for (BomReference reference : nonNull(composition.getAssemblies())) {
            unknown.add(reference.getRef());
          }
          for (BomReference reference : nonNull(composition.getDependencies())) {
            unknown.add(reference.getRef());
          }
        }
      }
    }

    boolean declaresUnknown(String ref) {
      return unknown.contains(ref);
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
