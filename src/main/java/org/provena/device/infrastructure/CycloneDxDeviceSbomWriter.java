package org.provena.device.infrastructure;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.provena.component.domain.ComponentType;
import org.provena.device.application.DeviceBom;
import org.provena.device.application.DeviceSbomWriter;
import org.provena.finding.application.FindingAnalysis;
import org.provena.finding.application.FindingAnalysis.ManufacturerAssessment;
import org.provena.finding.application.FindingAnalysis.SupplierAnswer;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;
import org.provena.sbom.application.PackageView;
import org.provena.sbom.application.ReleaseInventory;
import org.provena.shared.domain.HashAlgorithm;

/**
 * Writes a device release's SBOM and VDR as one CycloneDX 1.6 JSON document with Jackson's
 * streaming generator, so that 40 component releases of 300 packages each never sit in memory as a
 * tree. The device release is {@code metadata.component} (type {@code device}); each component
 * release a top-level component with its packages nested inside it; {@code dependencies} runs
 * device → component releases → packages → their dependencies; each open finding is one entry of
 * {@code vulnerabilities} whose {@code analysis} is the supplier's VEX answer, with the
 * manufacturer's assessment added to the detail and as {@code provena:assessment:*} properties.
 *
 * <p>Bom-refs are derived from Provena's ids ({@code component-release-<uuid>}, {@code
 * package-<uuid>}), unique in the document even when two suppliers ship the same package.
 */
@ApplicationScoped
public class CycloneDxDeviceSbomWriter implements DeviceSbomWriter {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** CycloneDX 1.6 {@code hash-content}: the hex lengths of MD5, SHA-1, -256, -384 and -512. */
  private static final Pattern HASH_CONTENT =
      Pattern.compile(
          "[a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128}");

  /** CycloneDX 1.6 {@code component.type} values a package may carry as it is. */
  private static final Set<String> COMPONENT_TYPES =
      Set.of(
          "application",
          "framework",
          "library",
          "container",
          "platform",
          "operating-system",
          "device",
          "device-driver",
          "firmware",
          "file",
          "machine-learning-model",
          "data",
          "cryptographic-asset");

  /** CycloneDX {@code impactAnalysisJustification} written for each of CISA's justifications. */
  private static final Map<VexJustification, String> JUSTIFICATIONS =
      Map.of(
          VexJustification.COMPONENT_NOT_PRESENT, "requires_dependency",
          VexJustification.VULNERABLE_CODE_NOT_PRESENT, "code_not_present",
          VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH, "code_not_reachable",
          VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
              "requires_environment",
          VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST, "protected_by_mitigating_control");

  private static final Set<String> CYCLONEDX_JUSTIFICATIONS =
      Set.of(
          "code_not_present",
          "code_not_reachable",
          "requires_configuration",
          "requires_dependency",
          "requires_environment",
          "protected_by_compiler",
          "protected_at_runtime",
          "protected_at_perimeter",
          "protected_by_mitigating_control");

  private static final List<String> RESPONSES =
      List.of("can_not_fix", "will_not_fix", "update", "rollback", "workaround_available");

  @Override
  public void write(DeviceBom bom, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("bomFormat", "CycloneDX");
      g.writeStringField("specVersion", "1.6");
      g.writeStringField("serialNumber", bom.serialNumber());
      g.writeNumberField("version", 1);
      metadata(g, bom);
      Map<UUID, String> packageRefs = new LinkedHashMap<>();
      g.writeArrayFieldStart("components");
      for (DeviceBom.Part part : bom.parts()) {
        part(g, part, packageRefs);
      }
      g.writeEndArray();
      dependencies(g, bom);
      g.writeArrayFieldStart("vulnerabilities");
      for (FindingAnalysis finding : bom.findings()) {
        vulnerability(g, finding, packageRefs);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static String deviceRef(DeviceBom bom) {
    return "device-release-" + bom.deviceReleaseId();
  }

  static String releaseRef(UUID componentReleaseId) {
    return "component-release-" + componentReleaseId;
  }

  static String packageRef(UUID packageId) {
    return "package-" + packageId;
  }

  private static void metadata(JsonGenerator g, DeviceBom bom) throws IOException {
    g.writeObjectFieldStart("metadata");
    g.writeStringField("timestamp", bom.timestamp().toString());
    // Assembled from the SBOMs suppliers produced of their built deliverables (CycloneDX 1.6
    // lifecycle phases: "post-build").
    g.writeArrayFieldStart("lifecycles");
    g.writeStartObject();
    g.writeStringField("phase", "post-build");
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("tools");
    g.writeArrayFieldStart("components");
    g.writeStartObject();
    g.writeStringField("type", "application");
    g.writeStringField("name", "Provena");
    g.writeStringField("description", "Supply-chain security portal: device SBOM and VDR export");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    organization(g, "manufacturer", bom.manufacturer());
    organization(g, "supplier", bom.manufacturer());
    g.writeObjectFieldStart("component");
    g.writeStringField("type", "device");
    g.writeStringField("bom-ref", deviceRef(bom));
    organization(g, "manufacturer", bom.manufacturer());
    organization(g, "supplier", bom.manufacturer());
    g.writeStringField("name", bom.deviceName());
    g.writeStringField("version", bom.version());
    if (bom.description() != null) {
      g.writeStringField("description", bom.description());
    }
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("provena:modelNumber", bom.modelNumber());
    properties.put("provena:releasedOn", text(bom.releasedOn()));
    properties.put("provena:plannedEndOfSupport", text(bom.plannedEndOfSupport()));
    properties(g, properties);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void part(JsonGenerator g, DeviceBom.Part part, Map<UUID, String> packageRefs)
      throws IOException {
    var release = part.release();
    ReleaseInventory inventory = part.inventory();
    PackageView primary = primary(inventory);
    g.writeStartObject();
    g.writeStringField("type", componentType(part.type()));
    g.writeStringField("bom-ref", releaseRef(release.id()));
    organization(g, "supplier", part.supplierName());
    g.writeStringField("name", release.componentName());
    g.writeStringField("version", release.version());
    g.writeStringField("scope", "required");
    // The release's registered artifact hashes; failing those, what its SBOM says of itself.
    List<String> hashes =
        !release.hashes().isEmpty() || primary == null ? release.hashes() : primary.hashes();
    hashes(g, hashes);
    if (release.cpe() != null) {
      g.writeStringField("cpe", release.cpe());
    }
    String purl = release.purl() != null ? release.purl() : primary == null ? null : primary.purl();
    if (purl != null) {
      g.writeStringField("purl", purl);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("provena:criticality", part.criticality().name());
    properties.put("provena:exposure", part.exposure().name());
    properties.put(
        "provena:levelOfSupport",
        release.levelOfSupport() == null ? null : release.levelOfSupport().name());
    properties.put("provena:endOfSupport", text(release.endOfSupport()));
    properties.put("provena:releasedOn", text(release.releasedOn()));
    properties.put(
        "provena:sbom", inventory == null ? "none processed" : inventory.sbomId().toString());
    properties(g, properties);
    if (inventory != null) {
      g.writeArrayFieldStart("components");
      for (PackageView p : inventory.packages()) {
        if (primary != null && p.id().equals(primary.id())) {
          continue;
        }
        packageRefs.put(p.id(), packageRef(p.id()));
        pkg(g, p);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void pkg(JsonGenerator g, PackageView p) throws IOException {
    g.writeStartObject();
    String type = p.type() == null ? null : p.type().toLowerCase(Locale.ROOT).replace('_', '-');
    g.writeStringField("type", type != null && COMPONENT_TYPES.contains(type) ? type : "library");
    g.writeStringField("bom-ref", packageRef(p.id()));
    organization(g, "supplier", p.supplier());
    if (p.namespace() != null && !p.namespace().isBlank()) {
      g.writeStringField("group", p.namespace());
    }
    g.writeStringField("name", p.name());
    if (p.version() != null) {
      g.writeStringField("version", p.version());
    }
    hashes(g, p.hashes());
    if (p.licence() != null && !p.licence().isBlank() && !unasserted(p.licence())) {
      g.writeArrayFieldStart("licenses");
      g.writeStartObject();
      g.writeStringField("expression", p.licence().trim());
      g.writeEndObject();
      g.writeEndArray();
    }
    if (p.cpe() != null) {
      g.writeStringField("cpe", p.cpe());
    }
    if (p.purl() != null) {
      g.writeStringField("purl", p.purl());
    }
    g.writeEndObject();
  }

  /** SPDX's words for "no licence information", not licences. */
  private static boolean unasserted(String licence) {
    String l = licence.trim().toUpperCase(Locale.ROOT);
    return l.equals("NOASSERTION") || l.equals("NONE");
  }

  /**
   * Device → component releases; a component release → what its SBOM's primary component depends on
   * (or, without one, the packages nothing depends on); each package → its dependencies. Only edges
   * the SBOMs state: a package without an entry has unknown dependencies, not none.
   */
  private static void dependencies(JsonGenerator g, DeviceBom bom) throws IOException {
    g.writeArrayFieldStart("dependencies");
    g.writeStartObject();
    g.writeStringField("ref", deviceRef(bom));
    g.writeArrayFieldStart("dependsOn");
    for (DeviceBom.Part part : bom.parts()) {
      g.writeString(releaseRef(part.release().id()));
    }
    g.writeEndArray();
    g.writeEndObject();
    for (DeviceBom.Part part : bom.parts()) {
      ReleaseInventory inventory = part.inventory();
      if (inventory == null) {
        continue;
      }
      PackageView primary = primary(inventory);
      Set<UUID> listed = new HashSet<>();
      inventory.packages().forEach(p -> listed.add(p.id()));
      if (primary != null) {
        listed.remove(primary.id());
      }
      Set<UUID> direct = new LinkedHashSet<>();
      if (primary != null) {
        primary.dependsOn().stream().filter(listed::contains).forEach(direct::add);
      } else {
        Set<UUID> dependedOn = new HashSet<>();
        inventory.packages().forEach(p -> dependedOn.addAll(p.dependsOn()));
        inventory.packages().stream()
            .map(PackageView::id)
            .filter(id -> !dependedOn.contains(id))
            .forEach(direct::add);
      }
      dependency(g, releaseRef(part.release().id()), direct);
      for (PackageView p : inventory.packages()) {
        if (!listed.contains(p.id()) || p.dependsOn().isEmpty()) {
          continue;
        }
        Set<UUID> targets = new LinkedHashSet<>();
        p.dependsOn().stream().filter(listed::contains).forEach(targets::add);
        dependency(g, packageRef(p.id()), targets);
      }
    }
    g.writeEndArray();
  }

  private static void dependency(JsonGenerator g, String ref, Set<UUID> packageIds)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ref", ref);
    g.writeArrayFieldStart("dependsOn");
    for (UUID id : packageIds) {
      g.writeString(packageRef(id));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void vulnerability(
      JsonGenerator g, FindingAnalysis f, Map<UUID, String> packageRefs) throws IOException {
    g.writeStartObject();
    g.writeStringField("bom-ref", "finding-" + f.findingId());
    g.writeStringField("id", f.vulnerabilityId());
    source(g, "source", f.vulnerabilityId());
    List<String> aliases =
        f.aliases().stream().filter(a -> !a.equalsIgnoreCase(f.vulnerabilityId())).toList();
    if (!aliases.isEmpty()) {
      g.writeArrayFieldStart("references");
      for (String alias : aliases) {
        g.writeStartObject();
        g.writeStringField("id", alias);
        source(g, "source", alias);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    ratings(g, f);
    if (f.summary() != null && !f.summary().isBlank()) {
      g.writeStringField("description", f.summary());
    }
    if (f.publishedAt() != null) {
      g.writeStringField("published", f.publishedAt().toString());
    }
    analysis(g, f.supplierAnswer(), f.assessment());
    g.writeArrayFieldStart("affects");
    g.writeStartObject();
    // A finding's package is in the inventory written above; should it have been superseded in
    // between, the finding still names the component release it was found in.
    g.writeStringField(
        "ref", packageRefs.getOrDefault(f.packageId(), releaseRef(f.componentReleaseId())));
    g.writeEndObject();
    g.writeEndArray();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("provena:kev:dateAdded", text(f.kevDateAdded()));
    properties.put("provena:kev:dueDate", text(f.kevDueDate()));
    properties.put(
        "provena:epss:percentile",
        f.epssPercentile() == null ? null : f.epssPercentile().toString());
    properties.put(
        "provena:firstSeen", f.firstSeenAt() == null ? null : f.firstSeenAt().toString());
    ManufacturerAssessment a = f.assessment();
    if (a != null) {
      properties.put("provena:assessment:triageState", a.triageState().name());
      properties.put(
          "provena:assessment:safetyImpact",
          a.safetyImpact() == null ? null : a.safetyImpact().name());
      properties.put(
          "provena:assessment:riskControl",
          a.riskControl() == null ? null : a.riskControl().name());
      properties.put("provena:assessment:comment", a.comment());
      properties.put("provena:assessment:assessedBy", a.assessedBy());
      properties.put("provena:assessment:assessedAt", a.assessedAt().toString());
    }
    properties(g, properties);
    g.writeEndObject();
  }

  /** CVSS v4.0 and v3.1 as the feeds hold them, and EPSS as a rating of method "other". */
  private static void ratings(JsonGenerator g, FindingAnalysis f) throws IOException {
    if (f.cvssV40Score() == null
        && f.cvssV31Score() == null
        && f.cvssV40Vector() == null
        && f.cvssV31Vector() == null
        && f.epss() == null) {
      return;
    }
    g.writeArrayFieldStart("ratings");
    cvss(g, "CVSSv4", f.cvssV40Score(), f.cvssV40Vector());
    cvss(g, "CVSSv31", f.cvssV31Score(), f.cvssV31Vector());
    if (f.epss() != null) {
      g.writeStartObject();
      g.writeObjectFieldStart("source");
      g.writeStringField("name", "FIRST EPSS");
      g.writeStringField("url", "https://www.first.org/epss/");
      g.writeEndObject();
      g.writeNumberField("score", f.epss());
      g.writeStringField("method", "other");
      g.writeStringField(
          "justification",
          "EPSS: probability of exploitation in the next 30 days"
              + (f.epssPercentile() == null ? "" : " (percentile " + f.epssPercentile() + ")"));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void cvss(JsonGenerator g, String method, BigDecimal score, String vector)
      throws IOException {
    if (score == null && vector == null) {
      return;
    }
    g.writeStartObject();
    if (score != null) {
      g.writeNumberField("score", score);
      g.writeStringField("severity", severity(score));
    }
    g.writeStringField("method", method);
    if (vector != null) {
      g.writeStringField("vector", vector);
    }
    g.writeEndObject();
  }

  /** The qualitative rating both CVSS v3.1 (§5) and v4.0 give a score. */
  static String severity(BigDecimal score) {
    double s = score.doubleValue();
    if (s >= 9.0) {
      return "critical";
    }
    if (s >= 7.0) {
      return "high";
    }
    if (s >= 4.0) {
      return "medium";
    }
    return s > 0 ? "low" : "none";
  }

  /**
   * The supplier's VEX answer as CycloneDX words it, the manufacturer's assessment appended to the
   * detail; nothing when neither has spoken.
   */
  private static void analysis(JsonGenerator g, SupplierAnswer answer, ManufacturerAssessment a)
      throws IOException {
    if (answer == null && a == null) {
      return;
    }
    g.writeObjectFieldStart("analysis");
    String detail = null;
    if (answer != null) {
      String source = answer.sourceJustification();
      String state =
          switch (answer.status()) {
            case NOT_AFFECTED ->
                "false_positive".equals(source) ? "false_positive" : "not_affected";
            case AFFECTED -> "exploitable";
            case FIXED ->
                "resolved_with_pedigree".equals(source) ? "resolved_with_pedigree" : "resolved";
            case UNDER_INVESTIGATION -> "in_triage";
          };
      g.writeStringField("state", state);
      String justification =
          source != null && CYCLONEDX_JUSTIFICATIONS.contains(source)
              ? source
              : answer.justification() == null ? null : JUSTIFICATIONS.get(answer.justification());
      if (justification != null) {
        g.writeStringField("justification", justification);
      }
      Action action = Action.parse(answer.actionStatement());
      if (!action.responses().isEmpty()) {
        g.writeArrayFieldStart("response");
        for (String response : action.responses()) {
          g.writeString(response);
        }
        g.writeEndArray();
      }
      detail = answer.status() == VexStatus.AFFECTED ? action.detail() : answer.impactStatement();
      if (detail != null && detail.isBlank()) {
        detail = null;
      }
    }
    if (a != null) {
      String assessment = assessmentText(a);
      detail = detail == null ? assessment : "Supplier: " + detail + "\n" + assessment;
    }
    if (detail != null) {
      g.writeStringField("detail", detail);
    }
    if (answer != null && answer.issuedAt() != null) {
      g.writeStringField("lastUpdated", answer.issuedAt().toString());
    }
    g.writeEndObject();
  }

  /** "Manufacturer assessment 2026-11-30 (alice): exploitable, safety impact serious, …". */
  static String assessmentText(ManufacturerAssessment a) {
    List<String> parts = new ArrayList<>();
    parts.add(words(a.triageState().name()));
    if (a.safetyImpact() != null) {
      parts.add("safety impact " + words(a.safetyImpact().name()));
    }
    if (a.riskControl() != null) {
      parts.add(words(a.riskControl().name()) + " risk");
    }
    String text =
        "Manufacturer assessment "
            + a.assessedAt().toString().substring(0, 10)
            + " ("
            + a.assessedBy()
            + "): "
            + String.join(", ", parts);
    return a.comment() == null || a.comment().isBlank() ? text : text + ". " + a.comment().trim();
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * An action statement taken apart the way the CycloneDX VEX reader words it: leading response
   * words ("will not fix, update: …") are {@code analysis.response}, the rest is the detail.
   */
  private record Action(List<String> responses, String detail) {

    static Action parse(String statement) {
      if (statement == null || statement.isBlank()) {
        return new Action(List.of(), null);
      }
      int colon = statement.indexOf(": ");
      String head = colon < 0 ? statement : statement.substring(0, colon);
      List<String> responses = new ArrayList<>();
      for (String word : head.split(", ")) {
        String response = word.trim().replace(' ', '_');
        if (!RESPONSES.contains(response) || responses.contains(response)) {
          return new Action(List.of(), statement);
        }
        responses.add(response);
      }
      return new Action(responses, colon < 0 ? null : statement.substring(colon + 2));
    }
  }

  /** Where a vulnerability id is published, told by its prefix. */
  private static void source(JsonGenerator g, String field, String id) throws IOException {
    g.writeObjectFieldStart(field);
    if (id.startsWith("CVE-")) {
      g.writeStringField("name", "NVD");
      g.writeStringField("url", "https://nvd.nist.gov/vuln/detail/" + id);
    } else if (id.startsWith("GHSA-")) {
      g.writeStringField("name", "GitHub");
      g.writeStringField("url", "https://github.com/advisories/" + id);
    } else {
      g.writeStringField("name", "OSV");
      g.writeStringField("url", "https://osv.dev/vulnerability/" + id);
    }
    g.writeEndObject();
  }

  private static PackageView primary(ReleaseInventory inventory) {
    if (inventory == null || inventory.primaryPackageId() == null) {
      return null;
    }
    return inventory.packages().stream()
        .filter(p -> p.id().equals(inventory.primaryPackageId()))
        .findFirst()
        .orElse(null);
  }

  /**
   * CycloneDX's component type for what a supplier registered; an unsaid type as an application.
   */
  static String componentType(ComponentType type) {
    if (type == null) {
      return "application";
    }
    return switch (type) {
      case LIBRARY -> "library";
      case FRAMEWORK -> "framework";
      case OPERATING_SYSTEM -> "operating-system";
      case FIRMWARE -> "firmware";
      case APPLICATION -> "application";
      case CONTAINER -> "container";
      case DEVICE_MODULE -> "device";
    };
  }

  /** Hashes given as {@code ALGORITHM:hex}; those CycloneDX cannot carry are left out. */
  private static void hashes(JsonGenerator g, List<String> labels) throws IOException {
    List<String[]> hashes = new ArrayList<>();
    for (String label : labels) {
      int colon = label.indexOf(':');
      if (colon < 1) {
        continue;
      }
      String value = label.substring(colon + 1);
      String alg =
          HashAlgorithm.parse(label.substring(0, colon))
              .map(CycloneDxDeviceSbomWriter::alg)
              .orElse(null);
      if (alg != null && HASH_CONTENT.matcher(value).matches()) {
        hashes.add(new String[] {alg, value});
      }
    }
    if (hashes.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("hashes");
    for (String[] hash : hashes) {
      g.writeStartObject();
      g.writeStringField("alg", hash[0]);
      g.writeStringField("content", hash[1]);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** CycloneDX {@code hash-alg} names. */
  static String alg(HashAlgorithm algorithm) {
    return switch (algorithm) {
      case MD5 -> "MD5";
      case SHA1 -> "SHA-1";
      case SHA256 -> "SHA-256";
      case SHA384 -> "SHA-384";
      case SHA512 -> "SHA-512";
      case SHA3_256 -> "SHA3-256";
      case SHA3_384 -> "SHA3-384";
      case SHA3_512 -> "SHA3-512";
      case BLAKE2B_256 -> "BLAKE2b-256";
      case BLAKE2B_384 -> "BLAKE2b-384";
      case BLAKE2B_512 -> "BLAKE2b-512";
      case BLAKE3 -> "BLAKE3";
    };
  }

  private static void organization(JsonGenerator g, String field, String name) throws IOException {
    if (name == null || name.isBlank()) {
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("name", name);
    g.writeEndObject();
  }

  /** Properties with a value; none written when none has one. */
  private static void properties(JsonGenerator g, Map<String, String> properties)
      throws IOException {
    if (properties.values().stream().allMatch(v -> v == null || v.isBlank())) {
      return;
    }
    g.writeArrayFieldStart("properties");
    for (Map.Entry<String, String> p : properties.entrySet()) {
      if (p.getValue() != null && !p.getValue().isBlank()) {
        g.writeStartObject();
        g.writeStringField("name", p.getKey());
        g.writeStringField("value", p.getValue());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
