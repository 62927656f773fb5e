package org.provena.sbom.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An SBOM as a format reader understood it, whatever the format: the document's metadata, its
 * primary component (what the SBOM describes), every component with what it declares, and the
 * dependency relationships. Quality profiles are computed from this, and the inventory is stored
 * from it. Readers keep the difference between a field that is absent and one the author declared
 * unknown ({@code NOASSERTION}, an "unknown" composition) or withheld (redacted).
 *
 * @param primary the component the SBOM is about (CycloneDX {@code metadata.component}, the SPDX
 *     package the document DESCRIBES); null when the document names none
 * @param components every component / package in the document except the primary one
 * @param dependencies edges between {@link Component#ref()}s; CycloneDX nested components become
 *     edges from parent to child
 * @param facts document-level facts the quality profiles need
 */
public record ParsedSbom(
    SbomMetadata metadata,
    Component primary,
    List<Component> components,
    List<Dependency> dependencies,
    DocumentFacts facts) {

  public ParsedSbom {
    Objects.requireNonNull(metadata, "metadata");
    components = List.copyOf(components);
    dependencies = List.copyOf(dependencies);
    Objects.requireNonNull(facts, "facts");
  }

  /** The fields the minimum-element profiles ask about, per component. */
  public enum Field {
    SUPPLIER,
    NAME,
    VERSION,
    /** purl, CPE, SWID or another unique identifier */
    IDENTIFIER,
    HASH,
    LICENCE,
    DEPENDENCIES
  }

  /**
   * One component.
   *
   * @param ref the document-local reference (CycloneDX bom-ref, SPDX SPDXID); never null — readers
   *     synthesise one when the document has none
   * @param entry what the inventory stores
   * @param properties name/value properties as the document gives them (CycloneDX {@code
   *     properties}, SPDX annotations/comments where meaningful), e.g. level of support or
   *     end-of-support declarations
   * @param declaredUnknown fields the author explicitly declared unknown (SPDX {@code NOASSERTION},
   *     CycloneDX composition {@code unknown})
   * @param declaredWithheld fields the author explicitly withheld (redacted)
   */
  public record Component(
      String ref,
      PackageEntry entry,
      Map<String, String> properties,
      Set<Field> declaredUnknown,
      Set<Field> declaredWithheld) {

    public Component {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(entry, "entry");
      properties = properties == null ? Map.of() : Map.copyOf(properties);
      declaredUnknown = declaredUnknown == null ? Set.of() : Set.copyOf(declaredUnknown);
      declaredWithheld = declaredWithheld == null ? Set.of() : Set.copyOf(declaredWithheld);
    }
  }

  /** {@code from} depends on {@code to} (both component refs, the primary's included). */
  public record Dependency(String from, String to) {}

  /**
   * Document-level facts.
   *
   * @param authorContact e-mail or URL of the SBOM author, if given (BSI TR-03183-2)
   * @param dependenciesDeclared the document has a dependency section / relationships at all
   * @param dependenciesComplete the author declared the dependency graph complete (CycloneDX
   *     composition {@code complete}); null when not declared either way
   * @param containsVulnerabilities the document carries vulnerability data (BSI wants none)
   * @param warnings things a person should know that did not make the document invalid
   */
  public record DocumentFacts(
      String authorContact,
      boolean dependenciesDeclared,
      Boolean dependenciesComplete,
      boolean containsVulnerabilities,
      List<String> warnings) {

    public DocumentFacts {
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
  }
}
