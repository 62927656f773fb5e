package org.provena.sbom.domain.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provena.sbom.domain.PackageEntry;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Component;
import org.provena.sbom.domain.ParsedSbom.Dependency;
import org.provena.sbom.domain.ParsedSbom.DocumentFacts;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomMetadata;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * Builders for parsed SBOMs in tests. {@link #anSbom()} starts from a document that satisfies every
 * profile: CycloneDX 1.6 with complete metadata, a primary component that depends on one library,
 * and every component carrying every field; tests take away what they are about.
 */
final class TestSboms {

  static final String SHA512_VALUE = "ab".repeat(64);
  static final String SHA256_VALUE = "cd".repeat(32);
  static final String SHA1_VALUE = "ef".repeat(20);
  static final String MD5_VALUE = "01".repeat(16);

  private TestSboms() {}

  static SbomBuilder anSbom() {
    return new SbomBuilder();
  }

  static ComponentBuilder aComponent(String ref) {
    return new ComponentBuilder(ref);
  }

  /** The coverage of one check in a profile result. */
  static FieldCoverage field(ProfileResult result, String check) {
    return result.fields().stream()
        .filter(f -> f.check().equals(check))
        .findFirst()
        .orElseThrow(() -> new AssertionError(result.profile() + " has no check " + check));
  }

  static final class SbomBuilder {
    private SbomFormat format = SbomFormat.CYCLONEDX_JSON;
    private String specVersion = "1.6";
    private String serialNumber = "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79";
    private Integer documentVersion = 1;
    private String author = "ACME Medical Software GmbH";
    private String toolName = "cyclonedx-maven-plugin";
    private String toolVersion = "2.9.1";
    private Instant timestamp = Instant.parse("2026-11-01T10:00:00Z");
    private String lifecycle = "build";
    private ComponentBuilder primary = aComponent("app").name("infusion-pump-firmware");
    private final List<ComponentBuilder> components = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private String authorContact = "sbom@acme.example";
    private Boolean dependenciesComplete;
    private boolean containsVulnerabilities;

    SbomBuilder() {
      components.add(aComponent("lib").name("acme-tls"));
      dependencies.add(new Dependency("app", "lib"));
    }

    SbomBuilder spdx(String version) {
      format = SbomFormat.SPDX_JSON;
      specVersion = version;
      documentVersion = null;
      serialNumber = "https://acme.example/spdx/infusion-pump-4.2.0-1f0c";
      lifecycle = null;
      return this;
    }

    SbomBuilder format(SbomFormat format) {
      this.format = format;
      return this;
    }

    SbomBuilder specVersion(String specVersion) {
      this.specVersion = specVersion;
      return this;
    }

    SbomBuilder serialNumber(String serialNumber) {
      this.serialNumber = serialNumber;
      return this;
    }

    SbomBuilder documentVersion(Integer documentVersion) {
      this.documentVersion = documentVersion;
      return this;
    }

    SbomBuilder author(String author) {
      this.author = author;
      return this;
    }

    SbomBuilder tool(String name, String version) {
      this.toolName = name;
      this.toolVersion = version;
      return this;
    }

    SbomBuilder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    SbomBuilder lifecycle(String lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    SbomBuilder primary(ComponentBuilder primary) {
      this.primary = primary;
      return this;
    }

    SbomBuilder withoutPrimary() {
      this.primary = null;
      return this;
    }

    /** Replaces the default library by these components; no dependency edges are kept. */
    SbomBuilder components(ComponentBuilder... components) {
      this.components.clear();
      this.components.addAll(List.of(components));
      this.dependencies.clear();
      return this;
    }

    SbomBuilder dependency(String from, String to) {
      dependencies.add(new Dependency(from, to));
      return this;
    }

    SbomBuilder authorContact(String authorContact) {
      this.authorContact = authorContact;
      return this;
    }

    SbomBuilder dependenciesComplete(Boolean complete) {
      this.dependenciesComplete = complete;
      return this;
    }

    SbomBuilder containingVulnerabilities() {
      this.containsVulnerabilities = true;
      return this;
    }

    ParsedSbom build() {
      SbomMetadata metadata =
          new SbomMetadata(
              format,
              specVersion,
              serialNumber,
              documentVersion,
              author,
              toolName,
              toolVersion,
              timestamp,
              lifecycle);
      DocumentFacts facts =
          new DocumentFacts(
              authorContact,
              !dependencies.isEmpty(),
              dependenciesComplete,
              containsVulnerabilities,
              List.of());
      return new ParsedSbom(
          metadata,
          primary == null ? null : primary.build(),
          components.stream().map(ComponentBuilder::build).toList(),
          dependencies,
          facts);
    }
  }

  static final class ComponentBuilder {
    private final String ref;
    private String type = "library";
    private String name;
    private String version = "3.1.4";
    private String purl;
    private String cpe;
    private String licence = "Apache-2.0";
    private String supplier = "ACME Medical Software GmbH";
    private final Set<ArtifactHash> hashes = new HashSet<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Set<Field> unknown = EnumSet.noneOf(Field.class);
    private final Set<Field> withheld = EnumSet.noneOf(Field.class);

    ComponentBuilder(String ref) {
      this.ref = ref;
      this.name = ref;
      this.purl = "pkg:maven/com.acme/" + ref + "@3.1.4";
      hashes.add(new ArtifactHash(HashAlgorithm.SHA512, SHA512_VALUE));
      properties.put("levelOfSupport", "actively maintained");
      properties.put("endOfSupport", "2031-12-31");
    }

    ComponentBuilder name(String name) {
      this.name = name;
      return this;
    }

    ComponentBuilder type(String type) {
      this.type = type;
      return this;
    }

    ComponentBuilder version(String version) {
      this.version = version;
      return this;
    }

    ComponentBuilder purl(String purl) {
      this.purl = purl;
      return this;
    }

    ComponentBuilder cpe(String cpe) {
      this.cpe = cpe;
      return this;
    }

    ComponentBuilder licence(String licence) {
      this.licence = licence;
      return this;
    }

    ComponentBuilder supplier(String supplier) {
      this.supplier = supplier;
      return this;
    }

    ComponentBuilder hashes(ArtifactHash... hashes) {
      this.hashes.clear();
      this.hashes.addAll(List.of(hashes));
      return this;
    }

    ComponentBuilder withoutSupportProperties() {
      properties.clear();
      return this;
    }

    ComponentBuilder property(String name, String value) {
      properties.put(name, value);
      return this;
    }

    ComponentBuilder unknown(Field field) {
      unknown.add(field);
      return this;
    }

    ComponentBuilder withheld(Field field) {
      withheld.add(field);
      return this;
    }

    Component build() {
      PackageEntry entry =
          new PackageEntry(
              ref, type, null, name, version, purl, cpe, licence, supplier, Set.copyOf(hashes));
      return new Component(ref, entry, properties, unknown, withheld);
    }
  }
}
