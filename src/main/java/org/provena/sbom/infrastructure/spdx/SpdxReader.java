package org.provena.sbom.infrastructure.spdx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.PackageEntry;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Component;
import org.provena.sbom.domain.ParsedSbom.Dependency;
import org.provena.sbom.domain.ParsedSbom.DocumentFacts;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomMetadata;
import org.provena.sbom.domain.SbomProblem;
import org.provena.sbom.infrastructure.DetectedFormat;
import org.provena.sbom.infrastructure.SbomReader;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.core.TypedValue;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.Checksum;
import org.spdx.library.model.v2.ExternalRef;
import org.spdx.library.model.v2.Relationship;
import org.spdx.library.model.v2.SpdxConstantsCompatV2;
import org.spdx.library.model.v2.SpdxCreatorInformation;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxElement;
import org.spdx.library.model.v2.SpdxNoAssertionElement;
import org.spdx.library.model.v2.SpdxNoneElement;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.enumerations.ReferenceCategory;
import org.spdx.library.model.v2.enumerations.RelationshipType;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v2.license.SpdxNoAssertionLicense;
import org.spdx.library.model.v2.license.SpdxNoneLicense;
import org.spdx.storage.ISerializableModelStore;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.tagvaluestore.TagValueStore;

/**
 * Reads SPDX 2.2 and 2.3 documents, serialised as JSON or as tag-value, with the SPDX Java library
 * (java-spdx-library with its Jackson and tag-value stores) and maps them to a {@link ParsedSbom}.
 * SPDX 3.0 JSON-LD is rejected for now: the 2.0.x library has the 3.0 model but no store that reads
 * JSON-LD among this project's dependencies.
 *
 * <p><b>What is rejected, what is only a warning.</b> Real-world SPDX, even the specification's own
 * examples, often fails the library's strict {@code verify()} on trivia: a licence-list version the
 * library does not know, a missing copyright text, {@code NOASSERTION} where the specification asks
 * for a value, a malformed checksum of a file. None of that stops us from reading the inventory, so
 * every verification message becomes a {@link DocumentFacts#warnings() warning}. A document is
 * rejected only when its inventory cannot be read: it is not parseable JSON (the problem carries
 * the line and column) or tag-value (the problem carries the line, {@code "line 42"}), or the
 * library cannot build the document from it (no {@code SPDXRef-DOCUMENT}, an unknown property, an
 * unknown relationship type or checksum algorithm). A package without a name (SPDX 2.3 §7.1) and
 * without a purl is left out with a warning: some generators (ko) emit an empty placeholder
 * package, and one of them should not cost the supplier the whole upload.
 *
 * <p><b>Thread safety.</b> Every read builds a fresh in-memory model store and copy manager and
 * never touches the library's {@code DefaultModelStore}. The library's global state (its model
 * registry, filled by {@link SpdxModelFactory#init()}) is initialised once, when this class is
 * loaded, which the JVM does exactly once. The listed-licence data is taken from the library's JAR
 * (system property {@code org.spdx.useJARLicenseInfoOnly}, set unless the operator set it): an
 * upload must never make the server fetch spdx.org.
 */
@ApplicationScoped
public class SpdxReader implements SbomReader {

  private static final String JAR_LICENCES_ONLY = "org.spdx.useJARLicenseInfoOnly";
  private static final String NOASSERTION = "NOASSERTION";
  private static final String NONE = "NONE";
  private static final String DOCUMENT_ID = "SPDXRef-DOCUMENT";

  /** SPDX 2.3 §6.8 creator "Tool: name-version": the version starts after the last '-'. */
  private static final Pattern TOOL = Pattern.compile("^(.*?)-(v?\\d[^-]*)$");

  /** SPDX 2.3 §6.8 creator "Person: name (email)" / "Organization: name (email)". */
  private static final Pattern PARTY =
      Pattern.compile("^(Person|Organization)\\s*:\\s*(.*?)\\s*(?:\\(([^()]*)\\))?\\s*$");

  /** The tag-value parser names the offending line as "... at line number 42". */
  private static final Pattern LINE = Pattern.compile("(?i)\\bline(?:\\s+number)?:?\\s*(\\d+)");

  static {
    if (System.getProperty(JAR_LICENCES_ONLY) == null) {
      System.setProperty(JAR_LICENCES_ONLY, "true");
    }
    SpdxModelFactory.init();
  }

  @Override
  public boolean reads(SbomFormat format) {
    return format == SbomFormat.SPDX_JSON
        || format == SbomFormat.SPDX_TAG_VALUE
        || format == SbomFormat.SPDX_JSON_LD;
  }

  @Override
  public ParsedSbom read(Path document, DetectedFormat detected) throws InvalidSbomException {
    SbomFormat format = detected.format();
    if (format == SbomFormat.SPDX_JSON_LD) {
      throw new InvalidSbomException(
          "SPDX 3.0 is not supported yet",
          new SbomProblem("$", "SPDX 3.0 JSON-LD documents cannot be read yet"));
    }
    if (format != SbomFormat.SPDX_JSON && format != SbomFormat.SPDX_TAG_VALUE) {
      throw new IllegalArgumentException("Not an SPDX format: " + format);
    }
    ISerializableModelStore store =
        format == SbomFormat.SPDX_JSON
            ? new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON)
            : new TagValueStore(new InMemSpdxStore());
    SpdxDocument spdx = deserialise(store, document, format);
    try {
      return new Mapping(spdx, store, format).toParsedSbom();
    } catch (InvalidSPDXAnalysisException | RuntimeException e) {
      throw new InvalidSbomException(
          "The SPDX document cannot be read", new SbomProblem("$", describe(e)));
    } finally {
      closeQuietly(store);
    }
  }

  private static SpdxDocument deserialise(
      ISerializableModelStore store, Path document, SbomFormat format) throws InvalidSbomException {
    try (InputStream in = Files.newInputStream(document)) {
      return (SpdxDocument) store.deSerialize(in, false);
    } catch (JsonProcessingException e) {
      String location =
          e.getLocation() == null
              ? "$"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      closeQuietly(store);
      throw new InvalidSbomException(
          "The SPDX JSON document is not well-formed",
          new SbomProblem(location, e.getOriginalMessage()));
    } catch (IOException | InvalidSPDXAnalysisException | RuntimeException e) {
      closeQuietly(store);
      String message = describe(e);
      String location = format == SbomFormat.SPDX_TAG_VALUE ? tagValueLine(message) : "$";
      throw new InvalidSbomException(
          "The SPDX document cannot be read", new SbomProblem(location, message));
    }
  }

  private static String tagValueLine(String message) {
    Matcher line = LINE.matcher(message);
    return line.find() ? "line " + line.group(1) : "$";
  }

  /** The messages of an exception and its causes, without repeating themselves. */
  private static String describe(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (messages.stream().noneMatch(m -> m.contains(message))) {
        messages.add(message);
      }
    }
    return String.join(": ", messages);
  }

  private static void closeQuietly(ISerializableModelStore store) {
    try {
      store.close();
    } catch (Exception ignored) {
      // An in-memory store holds nothing that outlives the garbage collector.
    }
  }

  /** One read's state: the library's document and what has been found so far. */
  private static final class Mapping {

    private final SpdxDocument spdx;
    private final ISerializableModelStore store;
    private final SbomFormat format;
    private final List<String> warnings = new ArrayList<>();
    private boolean containsVulnerabilities;

    Mapping(SpdxDocument spdx, ISerializableModelStore store, SbomFormat format) {
      this.spdx = spdx;
      this.store = store;
      this.format = format;
    }

    ParsedSbom toParsedSbom() throws InvalidSPDXAnalysisException {
      List<String> verification = spdx.verify();
      Map<String, SpdxPackage> packages = packages();
      String primaryId = describedPackage(packages);

      Map<String, Component> components = new LinkedHashMap<>();
      for (SpdxPackage pkg : packages.values()) {
        Component component = component(pkg);
        if (component != null) {
          components.put(component.ref(), component);
        }
      }
      verification.forEach(message -> warnings.add("SPDX verification: " + message));
      if (store instanceof TagValueStore tagValue) {
        // The tag-value store verifies as it builds; repeat only what verify() did not say.
        tagValue.getWarnings().stream()
            .filter(message -> !verification.contains(message))
            .forEach(message -> warnings.add("SPDX tag-value: " + message));
      }

      packages.keySet().retainAll(components.keySet());
      Graph graph = graph(packages);
      Component primary = primaryId == null ? null : components.remove(primaryId);
      DocumentFacts facts =
          new DocumentFacts(
              authorContact(),
              !graph.edges.isEmpty(),
              graph.complete(packages.keySet()),
              containsVulnerabilities,
              warnings);
      return new ParsedSbom(
          metadata(), primary, List.copyOf(components.values()), graph.edges(), facts);
    }

    /** Every package of the document, ordered by SPDXID so that reads are repeatable. */
    private Map<String, SpdxPackage> packages() throws InvalidSPDXAnalysisException {
      String documentUri = documentUri();
      List<String> ids =
          store
              .getAllItems(documentUri, SpdxConstantsCompatV2.CLASS_SPDX_PACKAGE)
              .map(TypedValue::getObjectUri)
              .map(uri -> uri.substring(uri.indexOf('#') + 1))
              .sorted(Comparator.naturalOrder())
              .toList();
      Map<String, SpdxPackage> packages = new LinkedHashMap<>();
      ModelCopyManager copyManager = new ModelCopyManager();
      for (String id : ids) {
        packages.put(id, new SpdxPackage(store, documentUri, id, copyManager, false));
      }
      return packages;
    }

    private String documentUri() {
      String uri = spdx.getObjectUri();
      int hash = uri.lastIndexOf('#');
      return hash < 0 ? uri : uri.substring(0, hash);
    }

    /**
     * SPDX 2.3 §6.11 / §11: the document DESCRIBES its subject (the {@code documentDescribes}
     * property is the same relationship); a package may instead say it is DESCRIBED_BY the
     * document. The first described package in SPDXID order is the primary component.
     */
    private String describedPackage(Map<String, SpdxPackage> packages)
        throws InvalidSPDXAnalysisException {
      List<String> described = new ArrayList<>();
      for (SpdxElement element : spdx.getDocumentDescribes()) {
        described.add(element.getId());
      }
      for (Relationship relationship : spdx.getRelationships()) {
        if (relationship.getRelationshipType() == RelationshipType.DESCRIBES) {
          relationship.getRelatedSpdxElement().ifPresent(e -> described.add(e.getId()));
        }
      }
      for (SpdxPackage pkg : packages.values()) {
        for (Relationship relationship : pkg.getRelationships()) {
          if (relationship.getRelationshipType() == RelationshipType.DESCRIBED_BY
              && relationship
                  .getRelatedSpdxElement()
                  .map(SpdxElement::getId)
                  .orElse("")
                  .equals(DOCUMENT_ID)) {
            described.add(pkg.getId());
          }
        }
      }
      List<String> describedPackages =
          described.stream().filter(packages::containsKey).distinct().sorted().toList();
      if (describedPackages.size() > 1) {
        warnings.add(
            "The document describes "
                + describedPackages.size()
                + " packages; "
                + describedPackages.get(0)
                + " is taken as the primary component");
      }
      return describedPackages.isEmpty() ? null : describedPackages.get(0);
    }

    private Component component(SpdxPackage pkg) throws InvalidSPDXAnalysisException {
      String id = pkg.getId();
      Set<Field> unknown = EnumSet.noneOf(Field.class);

      String purl = null;
      PackageURL parsedPurl = null;
      String cpe22 = null;
      String cpe23 = null;
      // SPDX 2.3 §7.21 external references: purl (PACKAGE-MANAGER), cpe22Type/cpe23Type and
      // advisory (SECURITY), Annex F.
      for (ExternalRef ref : pkg.getExternalRefs()) {
        ReferenceCategory category = ref.getReferenceCategory();
        String type = referenceType(ref);
        String locator = ref.getReferenceLocator();
        if (locator == null || locator.isBlank()) {
          continue;
        }
        locator = locator.trim();
        if (category == ReferenceCategory.PACKAGE_MANAGER && "purl".equals(type) && purl == null) {
          try {
            parsedPurl = new PackageURL(locator);
            purl = org.provena.shared.domain.Purls.canonical(parsedPurl);
          } catch (MalformedPackageURLException | RuntimeException e) {
            purl = locator;
            warnings.add(
                "Package " + id + ": purl '" + locator + "' is not valid: " + e.getMessage());
          }
        } else if (category == ReferenceCategory.SECURITY) {
          if ("cpe23Type".equals(type) && cpe23 == null) {
            cpe23 = locator;
          } else if ("cpe22Type".equals(type) && cpe22 == null) {
            cpe22 = locator;
          } else if ("advisory".equals(type)) {
            containsVulnerabilities = true;
          }
        }
      }

      Optional<String> spdxName = pkg.getName().map(String::trim).filter(n -> !n.isEmpty());
      if (spdxName.isEmpty() && parsedPurl == null) {
        // SPDX 2.3 §7.1: PackageName is mandatory. Some generators (ko) emit an empty placeholder
        // package; it names nothing we could list, so it is left out rather than failing the
        // whole document.
        warnings.add("Package " + id + " has no name (SPDX 2.3 §7.1) and is left out");
        return null;
      }

      Optional<String> versionInfo =
          pkg.getVersionInfo().map(String::trim).filter(v -> !v.isEmpty());
      String version;
      if (parsedPurl != null && parsedPurl.getVersion() != null) {
        version = parsedPurl.getVersion();
      } else if (versionInfo.filter(NOASSERTION::equalsIgnoreCase).isPresent()) {
        version = null;
        unknown.add(Field.VERSION);
      } else {
        version = versionInfo.orElse(null);
      }

      String licence = licence(pkg, unknown);
      String supplier = supplier(pkg, unknown);
      Set<ArtifactHash> hashes = hashes(pkg);

      PackageEntry entry =
          new PackageEntry(
              id,
              parsedPurl == null ? null : parsedPurl.getType(),
              parsedPurl == null ? null : parsedPurl.getNamespace(),
              parsedPurl == null ? spdxName.get() : parsedPurl.getName(),
              version,
              purl,
              cpe23 != null ? cpe23 : cpe22,
              licence,
              supplier,
              hashes);
      return new Component(id, entry, properties(pkg), unknown, Set.of());
    }

    private static String referenceType(ExternalRef ref) throws InvalidSPDXAnalysisException {
      String uri = ref.getReferenceType() == null ? "" : ref.getReferenceType().getIndividualURI();
      int slash = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
      return uri.substring(slash + 1);
    }

    /**
     * SPDX 2.3 §7.13 Concluded License, else §7.15 Declared License. {@code NONE} is a real answer
     * (no licence applies); {@code NOASSERTION} or an absent field (§7.13: equivalent to
     * NOASSERTION) in both is the author declaring the licence unknown.
     */
    private static String licence(SpdxPackage pkg, Set<Field> unknown)
        throws InvalidSPDXAnalysisException {
      AnyLicenseInfo concluded = pkg.getLicenseConcluded();
      AnyLicenseInfo declared = pkg.getLicenseDeclared();
      if (isAsserted(concluded) && !(concluded instanceof SpdxNoneLicense)) {
        return concluded.toString();
      }
      if (isAsserted(declared)) {
        return declared instanceof SpdxNoneLicense ? NONE : declared.toString();
      }
      if (concluded instanceof SpdxNoneLicense) {
        return NONE;
      }
      unknown.add(Field.LICENCE);
      return null;
    }

    private static boolean isAsserted(AnyLicenseInfo licence) {
      return licence != null && !(licence instanceof SpdxNoAssertionLicense);
    }

    /** SPDX 2.3 §7.5 PackageSupplier: "Person: …", "Organization: …" or NOASSERTION. */
    private static String supplier(SpdxPackage pkg, Set<Field> unknown)
        throws InvalidSPDXAnalysisException {
      Optional<String> value = pkg.getSupplier().map(String::trim).filter(v -> !v.isEmpty());
      if (value.isEmpty()) {
        return null;
      }
      if (NOASSERTION.equalsIgnoreCase(value.get())) {
        unknown.add(Field.SUPPLIER);
        return null;
      }
      Matcher party = PARTY.matcher(value.get());
      if (party.matches() && !party.group(2).isEmpty()) {
        return party.group(2);
      }
      return value.get();
    }

    /** SPDX 2.3 §7.10 PackageChecksum; algorithms we do not record (MD4, ADLER32…) are noted. */
    private Set<ArtifactHash> hashes(SpdxPackage pkg) throws InvalidSPDXAnalysisException {
      Set<ArtifactHash> hashes = new LinkedHashSet<>();
      for (Checksum checksum : pkg.getChecksums()) {
        String algorithm = String.valueOf(checksum.getAlgorithm());
        String value = checksum.getValue();
        Optional<HashAlgorithm> known = HashAlgorithm.parse(algorithm);
        if (known.isPresent() && value != null && !value.isBlank()) {
          hashes.add(new ArtifactHash(known.get(), value));
        } else {
          warnings.add(
              "Package " + pkg.getId() + ": checksum algorithm " + algorithm + " is not recorded");
        }
      }
      return hashes;
    }

    /**
     * SPDX 2.3 §7.24 primary purpose and §7.25–7.27 release, built and valid-until dates: what a
     * person needs to judge level of support and end of support.
     */
    private static Map<String, String> properties(SpdxPackage pkg)
        throws InvalidSPDXAnalysisException {
      Map<String, String> properties = new HashMap<>();
      pkg.getPrimaryPurpose()
          .ifPresent(p -> properties.put("spdx:primaryPackagePurpose", p.name()));
      pkg.getReleaseDate().ifPresent(d -> properties.put("spdx:releaseDate", d));
      pkg.getBuiltDate().ifPresent(d -> properties.put("spdx:builtDate", d));
      pkg.getValidUntilDate().ifPresent(d -> properties.put("spdx:validUntilDate", d));
      pkg.getDownloadLocation()
          .filter(d -> !d.isBlank())
          .ifPresent(d -> properties.put("spdx:downloadLocation", d));
      return properties;
    }

    /**
     * SPDX 2.3 §11 relationships between packages. DEPENDS_ON and CONTAINS point from the dependent
     * to its dependency; DEPENDENCY_OF, CONTAINED_BY and the *_DEPENDENCY_OF family (BUILD_, DEV_,
     * OPTIONAL_, PROVIDED_, TEST_, RUNTIME_) point the other way. A relationship to NONE (§11.1,
     * "no dependencies") or NOASSERTION ("not known") is kept for completeness.
     */
    private Graph graph(Map<String, SpdxPackage> packages) throws InvalidSPDXAnalysisException {
      Graph graph = new Graph();
      for (SpdxPackage pkg : packages.values()) {
        String from = pkg.getId();
        for (Relationship relationship : pkg.getRelationships()) {
          RelationshipType type = relationship.getRelationshipType();
          if (type == null || !isDependencyKind(type)) {
            continue;
          }
          Optional<SpdxElement> related = relationship.getRelatedSpdxElement();
          if (related.isEmpty()) {
            continue;
          }
          SpdxElement target = related.get();
          if (target instanceof SpdxNoneElement) {
            graph.declaredNone.add(from);
          } else if (target instanceof SpdxNoAssertionElement) {
            graph.noAssertion = true;
          } else if (packages.containsKey(target.getId())) {
            if (isForward(type)) {
              graph.add(from, target.getId());
            } else {
              graph.add(target.getId(), from);
            }
          }
        }
      }
      return graph;
    }

    private static boolean isDependencyKind(RelationshipType type) {
      return type == RelationshipType.DEPENDS_ON
          || type == RelationshipType.CONTAINS
          || type == RelationshipType.CONTAINED_BY
          || type.name().endsWith("DEPENDENCY_OF");
    }

    private static boolean isForward(RelationshipType type) {
      return type == RelationshipType.DEPENDS_ON || type == RelationshipType.CONTAINS;
    }

    /** SPDX 2.3 §6 creation information. */
    private SbomMetadata metadata() throws InvalidSPDXAnalysisException {
      SpdxCreatorInformation creation = spdx.getCreationInfo();
      Collection<String> creators = creation == null ? List.of() : creation.getCreators();
      List<String> authors = new ArrayList<>();
      String toolName = null;
      String toolVersion = null;
      for (String creator : creators) {
        String trimmed = creator == null ? "" : creator.trim();
        Matcher party = PARTY.matcher(trimmed);
        if (party.matches() && !party.group(2).isEmpty()) {
          authors.add(party.group(2));
        } else if (trimmed.startsWith("Tool:") && toolName == null) {
          String tool = trimmed.substring("Tool:".length()).trim();
          Matcher split = TOOL.matcher(tool);
          if (split.matches()) {
            toolName = split.group(1);
            toolVersion = split.group(2);
          } else {
            toolName = tool;
          }
        }
      }
      return new SbomMetadata(
          format,
          specVersion(),
          documentUri(),
          null,
          authors.isEmpty() ? null : String.join(", ", authors),
          toolName,
          toolVersion,
          created(creation),
          null);
    }

    /** SPDX 2.3 §6.1: "SPDX-2.3" gives "2.3". */
    private String specVersion() throws InvalidSPDXAnalysisException {
      String version = spdx.getSpecVersion();
      if (version == null) {
        return null;
      }
      return version.startsWith("SPDX-") ? version.substring("SPDX-".length()) : version;
    }

    /** SPDX 2.3 §6.9 Created, "YYYY-MM-DDThh:mm:ssZ". */
    private Instant created(SpdxCreatorInformation creation) throws InvalidSPDXAnalysisException {
      String created = creation == null ? null : creation.getCreated();
      if (created == null || created.isBlank()) {
        return null;
      }
      try {
        return Instant.parse(created.trim());
      } catch (DateTimeParseException e) {
        warnings.add("The creation time '" + created + "' is not an ISO 8601 UTC time");
        return null;
      }
    }

    /** The first e-mail address given with a Person or Organization creator (§6.8). */
    private String authorContact() throws InvalidSPDXAnalysisException {
      SpdxCreatorInformation creation = spdx.getCreationInfo();
      if (creation == null) {
        return null;
      }
      for (String creator : creation.getCreators()) {
        Matcher party = PARTY.matcher(creator == null ? "" : creator.trim());
        if (party.matches() && party.group(3) != null && party.group(3).contains("@")) {
          return party.group(3).trim();
        }
      }
      return null;
    }
  }

  /** Dependency edges between packages, with what the document says about completeness. */
  private static final class Graph {

    private final Set<Dependency> edges = new LinkedHashSet<>();
    private final Set<String> declaredNone = new LinkedHashSet<>();
    private boolean noAssertion;

    void add(String from, String to) {
      if (!from.equals(to)) {
        edges.add(new Dependency(from, to));
      }
    }

    List<Dependency> edges() {
      return List.copyOf(edges);
    }

    /**
     * SPDX has no completeness flag; a relationship to NONE says "no (more) dependencies", one to
     * NOASSERTION "not known". Complete when every package either has dependencies or says NONE;
     * incomplete when any says NOASSERTION; otherwise not declared.
     */
    Boolean complete(Set<String> packageIds) {
      if (noAssertion) {
        return Boolean.FALSE;
      }
      Set<String> answered = new LinkedHashSet<>(declaredNone);
      edges.forEach(edge -> answered.add(edge.from()));
      if (!packageIds.isEmpty() && answered.containsAll(packageIds)) {
        return Boolean.TRUE;
      }
      return null;
    }
  }
}
