package org.provena.finding.infrastructure.vex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.provena.finding.application.VexExportDocument;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexStatus;
import org.provena.shared.domain.ArtifactHash;

/**
 * Writes a component release's VEX as a CycloneDX 1.6 JSON document: the release is {@code
 * metadata.component}, each package a vulnerability is in a component with its own bom-ref, and
 * each statement a vulnerability whose {@code analysis} holds the claim and whose {@code affects}
 * names that component. CISA's words are turned back into CycloneDX's (ADR 0013), keeping the finer
 * CycloneDX word a statement was read with.
 */
@ApplicationScoped
public class CycloneDxVexWriter {

  private static final String SPEC_VERSION = "1.6";

  public byte[] write(VexExportDocument document) {
    ObjectNode root = VexJson.MAPPER.createObjectNode();
    root.put("bomFormat", "CycloneDX");
    root.put("specVersion", SPEC_VERSION);
    root.put("serialNumber", serialNumber(document.documentId()));
    // CycloneDX: version is an integer from 1.
    root.put("version", Math.max(1, document.version()));
    Set<String> usedRefs = new HashSet<>();
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("timestamp", String.valueOf(document.timestamp()));
    ObjectNode subject =
        component(
            document.product(), "application", uniqueRef(document.product(), "product", usedRefs));
    metadata.set("component", subject);
    if (document.author() != null) {
      // The supplier is an organisation: CycloneDX 1.6 metadata.manufacturer, not a person-author.
      metadata.putObject("manufacturer").put("name", document.author());
    }
    Map<VexProduct, String> refs = new LinkedHashMap<>();
    for (VexExportDocument.Statement statement : document.statements()) {
      if (statement.subcomponent() != null && !refs.containsKey(statement.subcomponent())) {
        refs.put(
            statement.subcomponent(),
            uniqueRef(statement.subcomponent(), "component-" + (refs.size() + 1), usedRefs));
      }
    }
    if (!refs.isEmpty()) {
      ArrayNode components = root.putArray("components");
      refs.forEach((product, ref) -> components.add(component(product, "library", ref)));
    }
    ArrayNode vulnerabilities = root.putArray("vulnerabilities");
    for (VexExportDocument.Statement statement : document.statements()) {
      String ref =
          statement.subcomponent() == null
              ? subject.get("bom-ref").asText()
              : refs.get(statement.subcomponent());
      vulnerabilities.add(vulnerability(document, statement, ref));
    }
    try {
      return VexJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode vulnerability(
      VexExportDocument document, VexExportDocument.Statement statement, String ref) {
    ObjectNode node = VexJson.MAPPER.createObjectNode();
    node.put("id", statement.vulnerabilityId());
    if (!statement.aliases().isEmpty()) {
      ArrayNode references = node.putArray("references");
      for (String alias : statement.aliases()) {
        ObjectNode reference = references.addObject();
        reference.put("id", alias);
        reference.putObject("source").put("name", sourceOf(alias));
      }
    }
    ObjectNode analysis = node.putObject("analysis");
    VexClaim claim = statement.claim();
    String source = statement.sourceJustification();
    String state =
        switch (claim.status()) {
          case NOT_AFFECTED -> "false_positive".equals(source) ? "false_positive" : "not_affected";
          case AFFECTED -> "exploitable";
          case FIXED ->
              "resolved_with_pedigree".equals(source) ? "resolved_with_pedigree" : "resolved";
          case UNDER_INVESTIGATION -> "in_triage";
        };
    analysis.put("state", state);
    String justification =
        source != null && VexVocabulary.CYCLONEDX_JUSTIFICATIONS.containsKey(source)
            ? source
            : claim.justification() == null
                ? null
                : VexVocabulary.CYCLONEDX_JUSTIFICATION_OF.get(claim.justification());
    if (justification != null) {
      analysis.put("justification", justification);
    }
    ActionStatement action = ActionStatement.parse(claim.actionStatement());
    if (!action.responses().isEmpty()) {
      ArrayNode responses = analysis.putArray("response");
      action.responses().forEach(responses::add);
    }
    String detail =
        claim.status() == VexStatus.AFFECTED ? action.detail() : claim.impactStatement();
    if (detail != null && state.equals("false_positive")) {
      // The reader says "False positive: …" in the impact statement; the state says it here.
      detail =
          detail.equals("False positive") ? null : detail.replaceFirst("^False positive: ", "");
    }
    if (detail != null && !detail.isBlank()) {
      analysis.put("detail", detail);
    }
    Instant timestamp =
        statement.timestamp() == null ? document.timestamp() : statement.timestamp();
    if (timestamp != null) {
      analysis.put("firstIssued", timestamp.toString());
      analysis.put("lastUpdated", timestamp.toString());
    }
    node.putArray("affects").addObject().put("ref", ref);
    return node;
  }

  private static ObjectNode component(VexProduct product, String type, String ref) {
    ObjectNode node = VexJson.MAPPER.createObjectNode();
    node.put("type", type);
    node.put("bom-ref", ref);
    node.put("name", product.name() != null ? product.name() : product.label());
    if (product.version() != null) {
      node.put("version", product.version());
    }
    if (!product.hashes().isEmpty()) {
      ArrayNode hashes = node.putArray("hashes");
      product.hashes().stream()
          .sorted(Comparator.comparing(ArtifactHash::algorithm))
          .forEach(
              h ->
                  hashes
                      .addObject()
                      .put("alg", VexVocabulary.cycloneDxHashAlgorithm(h.algorithm()))
                      .put("content", h.value()));
    }
    if (product.cpe() != null) {
      node.put("cpe", product.cpe());
    }
    if (product.purl() != null) {
      node.put("purl", product.purl());
    }
    return node;
  }

  /** A bom-ref unique in the document: the purl where there is one, as is common practice. */
  private static String uniqueRef(VexProduct product, String fallback, Set<String> used) {
    String base = product.purl() != null ? product.purl() : fallback;
    String ref = base;
    for (int n = 2; !used.add(ref); n++) {
      ref = base + "-" + n;
    }
    return ref;
  }

  /**
   * CycloneDX serial numbers are {@code urn:uuid:} URNs: the document id when it is one, else a
   * name-based UUID of it, so that the same export always has the same serial number.
   */
  static String serialNumber(String documentId) {
    if (documentId != null) {
      String lower = documentId.toLowerCase(Locale.ROOT);
      if (lower.startsWith("urn:uuid:")) {
        try {
          return "urn:uuid:" + UUID.fromString(lower.substring("urn:uuid:".length()));
        } catch (IllegalArgumentException notAUuid) {
          // Fall through to a name-based UUID of the whole id.
        }
      }
    }
    String name = documentId == null ? "" : documentId;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** Where an alias comes from, guessed from its prefix: CVE from NVD, GHSA from GitHub. */
  private static String sourceOf(String alias) {
    if (alias.startsWith("CVE-")) {
      return "NVD";
    }
    if (alias.startsWith("GHSA-")) {
      return "GitHub";
    }
    return "OSV";
  }

  /**
   * An action statement as the CycloneDX reader words it, taken apart again: leading response words
   * ("will not fix, update: …") become {@code analysis.response}, the rest the detail.
   */
  private record ActionStatement(List<String> responses, String detail) {

    static ActionStatement parse(String action) {
      if (action == null || action.isBlank()) {
        return new ActionStatement(List.of(), null);
      }
      int colon = action.indexOf(": ");
      String head = colon < 0 ? action : action.substring(0, colon);
      List<String> responses = new ArrayList<>();
      for (String word : head.split(", ")) {
        String response = word.trim().replace(' ', '_');
        if (!VexVocabulary.CYCLONEDX_RESPONSES.contains(response) || responses.contains(response)) {
          return new ActionStatement(List.of(), action);
        }
        responses.add(response);
      }
      return new ActionStatement(responses, colon < 0 ? null : action.substring(colon + 2));
    }
  }
}
