package org.provena.finding.infrastructure.vex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import org.provena.finding.application.VexExportDocument;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexStatus;
import org.provena.shared.domain.ArtifactHash;

/**
 * Writes a component release's VEX as an OpenVEX 0.2.0 document: the release is each statement's
 * product, the package the vulnerability is in its subcomponent. A release or package without a
 * purl is named {@code pkg:generic/<name>@<version>}, since OpenVEX names products by IRI.
 */
@ApplicationScoped
public class OpenVexWriter {

  static final String CONTEXT = "https://openvex.dev/ns/v0.2.0";

  public byte[] write(VexExportDocument document) {
    ObjectNode root = VexJson.MAPPER.createObjectNode();
    root.put("@context", CONTEXT);
    root.put("@id", document.documentId());
    root.put("author", document.author());
    root.put("role", "supplier");
    root.put("timestamp", String.valueOf(document.timestamp()));
    root.put("version", document.version());
    ArrayNode statements = root.putArray("statements");
    for (VexExportDocument.Statement statement : document.statements()) {
      statements.add(statement(document, statement));
    }
    try {
      return VexJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode statement(
      VexExportDocument document, VexExportDocument.Statement statement) {
    ObjectNode node = VexJson.MAPPER.createObjectNode();
    ObjectNode vulnerability = node.putObject("vulnerability");
    vulnerability.put("name", statement.vulnerabilityId());
    if (!statement.aliases().isEmpty()) {
      ArrayNode aliases = vulnerability.putArray("aliases");
      statement.aliases().forEach(aliases::add);
    }
    ObjectNode product = component(document.product());
    if (statement.subcomponent() != null) {
      product.putArray("subcomponents").add(component(statement.subcomponent()));
    }
    node.putArray("products").add(product);
    VexClaim claim = statement.claim();
    node.put("status", VexVocabulary.snake(claim.status()));
    // OpenVEX 0.2.0 "Statement": justification and impact_statement belong to not_affected,
    // action_statement to affected; other statuses carry what is known as status_notes.
    if (claim.status() == VexStatus.NOT_AFFECTED) {
      if (claim.justification() != null) {
        node.put("justification", VexVocabulary.snake(claim.justification()));
      }
      putIfPresent(node, "impact_statement", claim.impactStatement());
    } else if (claim.status() == VexStatus.AFFECTED) {
      putIfPresent(node, "action_statement", claim.actionStatement());
    } else {
      putIfPresent(node, "status_notes", claim.impactStatement());
    }
    Instant timestamp =
        statement.timestamp() == null ? document.timestamp() : statement.timestamp();
    node.put("timestamp", String.valueOf(timestamp));
    return node;
  }

  private static ObjectNode component(VexProduct product) {
    ObjectNode node = VexJson.MAPPER.createObjectNode();
    node.put("@id", iri(product));
    ObjectNode identifiers = VexJson.MAPPER.createObjectNode();
    putIfPresent(identifiers, "purl", product.purl());
    if (product.cpe() != null) {
      identifiers.put(product.cpe().startsWith("cpe:2.3:") ? "cpe23" : "cpe22", product.cpe());
    }
    if (!identifiers.isEmpty()) {
      node.set("identifiers", identifiers);
    }
    if (!product.hashes().isEmpty()) {
      ObjectNode hashes = node.putObject("hashes");
      product.hashes().stream()
          .sorted(Comparator.comparing(ArtifactHash::algorithm))
          .forEach(h -> hashes.put(VexVocabulary.openVexHashKey(h.algorithm()), h.value()));
    }
    return node;
  }

  /** The product's IRI: its purl, else a generic purl of its name and version. */
  static String iri(VexProduct product) {
    if (product.purl() != null) {
      return product.purl();
    }
    if (product.name() != null) {
      String iri = "pkg:generic/" + encode(product.name());
      return product.version() == null ? iri : iri + "@" + encode(product.version());
    }
    return product.cpe() != null ? product.cpe() : product.bomRef();
  }

  /** purl specification: name and version are percent-encoded. */
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
  }
}
