package org.provena.finding.infrastructure.vex;

import static org.provena.finding.infrastructure.vex.VexJson.array;
import static org.provena.finding.infrastructure.vex.VexJson.instant;
import static org.provena.finding.infrastructure.vex.VexJson.text;
import static org.provena.finding.infrastructure.vex.VexJson.texts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexSource;
import org.provena.finding.domain.VexStatus;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * Reads OpenVEX: 0.2.0 ({@code @context} {@code https://openvex.dev/ns/v0.2.0}) and the earlier
 * 0.0.x ({@code https://openvex.dev/ns}, {@code /ns/v0.0.1}), whose {@code vulnerability} and
 * {@code products} are plain strings and whose {@code subcomponents} sit on the statement. Both
 * shapes are accepted whatever the context declares, since tools mixed them.
 */
@ApplicationScoped
public class OpenVexReader {

  /** OpenVEX namespaces: {@code https://openvex.dev/ns}, optionally with {@code /v<version>}. */
  static final Pattern CONTEXT =
      Pattern.compile("https://openvex\\.dev/ns(?:/v(\\d+\\.\\d+\\.\\d+))?/?");

  /** Reads an OpenVEX document already parsed by {@link VexJson}. */
  public VexDocumentContent read(JsonNode root) throws InvalidVexException {
    VexProblems problems = new VexProblems();
    List<JsonNode> statementNodes = array(root, "statements");
    if (statementNodes.isEmpty()) {
      throw new InvalidVexException("$.statements", "an OpenVEX document without statements");
    }
    String specVersion = specVersion(root, statementNodes.get(0), problems);
    if (text(root, "author") == null) {
      problems.warn("$.author", "the document names no author (required by OpenVEX)");
    }
    Instant issuedAt = instant(root, "timestamp", "$", problems);
    if (issuedAt == null) {
      problems.warn("$.timestamp", "the document has no timestamp (required by OpenVEX)");
    }
    List<VexDocumentStatement> statements = new ArrayList<>();
    for (int i = 0; i < statementNodes.size(); i++) {
      VexDocumentStatement statement =
          statement(statementNodes.get(i), "$.statements[" + i + "]", issuedAt, problems);
      if (statement != null) {
        problems.checkMinimum(statement);
        statements.add(statement);
      }
    }
    problems.rejectIfAny("OpenVEX");
    return new VexDocumentContent(
        VexSource.OPENVEX,
        specVersion,
        text(root, "@id"),
        text(root, "author"),
        issuedAt,
        statements,
        problems.warnings());
  }

  /**
   * The version the {@code @context} declares (the bare namespace is 0.0.1's); a document without
   * an OpenVEX context is read by its shape, with a warning.
   */
  private static String specVersion(JsonNode root, JsonNode first, VexProblems problems) {
    String context = text(root, "@context");
    Matcher declared = CONTEXT.matcher(context == null ? "" : context);
    if (declared.matches()) {
      return declared.group(1) == null ? "0.0.1" : declared.group(1);
    }
    problems.warn(
        "$.@context",
        "'"
            + (context == null ? "" : context)
            + "' is not an OpenVEX context (https://openvex.dev/ns/v0.2.0); read as OpenVEX by"
            + " its statements");
    return first.path("vulnerability").isObject() ? "0.2.0" : "0.0.1";
  }

  private static VexDocumentStatement statement(
      JsonNode node, String at, Instant issuedAt, VexProblems problems) {
    JsonNode vulnerability = node.get("vulnerability");
    String id = null;
    List<String> aliases = List.of();
    if (vulnerability != null && vulnerability.isObject()) {
      // OpenVEX 0.2.0 "Vulnerability": name is the id people use; @id an IRI for it.
      id = text(vulnerability, "name");
      if (id == null) {
        id = text(vulnerability, "@id");
      }
      aliases = texts(vulnerability, "aliases");
    } else if (vulnerability != null && vulnerability.isTextual()) {
      id = text(node, "vulnerability");
    }
    if (id == null) {
      problems.error(at + ".vulnerability", "a statement without a vulnerability");
    }
    String word = text(node, "status");
    VexStatus status = word == null ? null : VexVocabulary.status(word).orElse(null);
    if (word == null) {
      problems.error(at + ".status", "a statement without a status");
    } else if (status == null) {
      problems.error(
          at + ".status",
          "unknown status '"
              + word
              + "' (OpenVEX: not_affected, affected, fixed, under_investigation)");
    }
    List<VexProduct> products = products(node, at, problems);
    if (id == null || status == null) {
      return null;
    }
    String justificationWord = text(node, "justification");
    VexJustification justification = null;
    String sourceJustification = null;
    if (justificationWord != null) {
      justification = VexVocabulary.justification(justificationWord).orElse(null);
      if (justification == null) {
        sourceJustification = justificationWord;
        problems.warn(
            at + ".justification",
            "'" + justificationWord + "' is not one of the five justifications of OpenVEX");
      }
    }
    String impact = text(node, "impact_statement");
    if (impact == null && (status == VexStatus.FIXED || status == VexStatus.UNDER_INVESTIGATION)) {
      // OpenVEX has no impact statement for these statuses; their notes say what is known.
      impact = text(node, "status_notes");
    }
    Instant timestamp = instant(node, "timestamp", at, problems);
    return new VexDocumentStatement(
        at,
        id,
        aliases,
        products,
        new VexClaim(
            status,
            status == VexStatus.NOT_AFFECTED ? justification : null,
            impact,
            text(node, "action_statement")),
        sourceJustification,
        timestamp == null ? issuedAt : timestamp);
  }

  private static List<VexProduct> products(JsonNode statement, String at, VexProblems problems) {
    List<JsonNode> nodes = array(statement, "products");
    if (nodes.isEmpty()) {
      problems.warn(at, "names no product: it cannot be matched to a finding");
    }
    // OpenVEX 0.0.x: subcomponents are listed once per statement, for all its products.
    List<VexProduct> shared = new ArrayList<>();
    List<JsonNode> sharedNodes = array(statement, "subcomponents");
    for (int k = 0; k < sharedNodes.size(); k++) {
      VexProduct sub =
          product(sharedNodes.get(k), at + ".subcomponents[" + k + "]", List.of(), problems);
      if (sub != null) {
        shared.add(sub);
      }
    }
    List<VexProduct> products = new ArrayList<>();
    for (int k = 0; k < nodes.size(); k++) {
      VexProduct product = product(nodes.get(k), at + ".products[" + k + "]", shared, problems);
      if (product != null) {
        products.add(product);
      }
    }
    return products;
  }

  /** OpenVEX 0.2.0 "Component": {@code @id}, {@code identifiers}, {@code hashes}, subcomponents. */
  private static VexProduct product(
      JsonNode node, String at, List<VexProduct> inherited, VexProblems problems) {
    String iri;
    JsonNode identifiers = null;
    JsonNode hashNodes = null;
    List<VexProduct> subcomponents = new ArrayList<>(inherited);
    if (node.isTextual()) {
      iri = node.asText().trim();
    } else if (node.isObject()) {
      iri = text(node, "@id");
      identifiers = node.get("identifiers");
      hashNodes = node.get("hashes");
      List<JsonNode> subs = array(node, "subcomponents");
      for (int k = 0; k < subs.size(); k++) {
        VexProduct sub =
            product(subs.get(k), at + ".subcomponents[" + k + "]", List.of(), problems);
        if (sub != null) {
          subcomponents.add(sub);
        }
      }
    } else {
      problems.error(at, "a product is an object or an IRI");
      return null;
    }
    String purl = text(identifiers, "purl");
    String cpe = text(identifiers, "cpe23");
    if (cpe == null) {
      cpe = text(identifiers, "cpe22");
    }
    String name = null;
    if (iri != null && !iri.isEmpty()) {
      if (iri.startsWith("pkg:")) {
        purl = purl == null ? iri : purl;
      } else if (iri.startsWith("cpe:")) {
        cpe = cpe == null ? iri : cpe;
      } else {
        name = iri;
      }
    }
    Set<ArtifactHash> hashes = hashes(hashNodes, at + ".hashes", problems);
    if (purl == null && cpe == null && hashes.isEmpty()) {
      if (name == null) {
        problems.error(at, "a product with no identifier at all (no @id, identifiers or hashes)");
        return null;
      }
      problems.warn(
          at,
          "product '"
              + name
              + "' is named only by an IRI, not a purl, CPE or hash: it cannot be matched to"
              + " packages");
    }
    return new VexProduct(purl, cpe, hashes, null, name, null, subcomponents);
  }

  private static Set<ArtifactHash> hashes(JsonNode node, String at, VexProblems problems) {
    Set<ArtifactHash> hashes = new HashSet<>();
    if (node == null || !node.isObject()) {
      return hashes;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String value = field.getValue().isTextual() ? field.getValue().asText().trim() : "";
      HashAlgorithm algorithm = HashAlgorithm.parse(field.getKey()).orElse(null);
      if (algorithm == null || value.isEmpty()) {
        problems.warn(at + "." + field.getKey(), "hash not understood; ignored");
      } else {
        hashes.add(new ArtifactHash(algorithm, value));
      }
    }
    return hashes;
  }
}
