package org.provena.finding.infrastructure.vex;

import static org.provena.finding.infrastructure.vex.VexJson.array;
import static org.provena.finding.infrastructure.vex.VexJson.instant;
import static org.provena.finding.infrastructure.vex.VexJson.text;
import static org.provena.finding.infrastructure.vex.VexJson.texts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Reads CycloneDX VEX, JSON and XML, spec 1.4 to 1.6: every {@code vulnerabilities[]} entry with an
 * {@code analysis} is a statement about the components its {@code affects} names. An entry without
 * an analysis is a finding (a VDR), not a statement: it is skipped with a warning, and a document
 * with no analysis at all is rejected as a BOM or VDR. The document is not validated against the
 * CycloneDX schema: hand-written VEX often strays from it in ways that do not matter here; what is
 * read is checked (ADR 0013).
 */
@ApplicationScoped
public class CycloneDxVexReader {

  /** CycloneDX 1.4 introduced {@code vulnerabilities}; 1.6 is the newest version read. */
  static final List<String> VERSIONS = List.of("1.4", "1.5", "1.6");

  /** CycloneDX BOM-Link: {@code urn:cdx:<serial number UUID>/<version>#<url-encoded bom-ref>}. */
  private static final Pattern BOM_LINK =
      Pattern.compile("urn:cdx:([0-9a-fA-F-]{36})/(\\d+)(?:#(.*))?");

  /** Reads a CycloneDX JSON document already parsed by {@link VexJson}. */
  public VexDocumentContent readJson(JsonNode root) throws InvalidVexException {
    return read(root, text(root, "specVersion"), new VexProblems());
  }

  /** Reads a CycloneDX XML document. */
  public VexDocumentContent readXml(byte[] document) throws InvalidVexException {
    CycloneDxVexXml.Parsed parsed = CycloneDxVexXml.parse(document);
    return read(parsed.root(), parsed.specVersion(), new VexProblems(CycloneDxVexXml::elementPath));
  }

  private VexDocumentContent read(JsonNode root, String specVersion, VexProblems problems)
      throws InvalidVexException {
    if (specVersion == null) {
      throw reject(problems, "$.specVersion", "a CycloneDX document declares its specVersion");
    }
    if (!VERSIONS.contains(specVersion)) {
      throw reject(
          problems,
          "$.specVersion",
          "CycloneDX "
              + specVersion
              + " is not read as VEX: vulnerabilities with an analysis are read from CycloneDX "
              + String.join(", ", VERSIONS));
    }
    List<JsonNode> vulnerabilities = array(root, "vulnerabilities");
    if (vulnerabilities.isEmpty()) {
      throw reject(
          problems,
          "$.vulnerabilities",
          "the document lists no vulnerabilities: this is a BOM, not a VEX");
    }
    JsonNode metadata = root.path("metadata");
    Instant issuedAt = instant(metadata, "timestamp", "$.metadata", problems);
    Document document =
        new Document(text(root, "serialNumber"), componentsByRef(root), issuedAt, problems);
    List<VexDocumentStatement> statements = new ArrayList<>();
    for (int i = 0; i < vulnerabilities.size(); i++) {
      VexDocumentStatement statement =
          statement(vulnerabilities.get(i), "$.vulnerabilities[" + i + "]", document);
      if (statement != null) {
        problems.checkMinimum(statement);
        statements.add(statement);
      }
    }
    if (statements.isEmpty() && !problems.hasErrors()) {
      throw reject(
          problems,
          "$.vulnerabilities",
          "no vulnerability carries an analysis: this is a BOM or VDR, not a VEX");
    }
    problems.rejectIfAny("CycloneDX VEX");
    return new VexDocumentContent(
        VexSource.CYCLONEDX,
        specVersion,
        document.serialNumber,
        author(metadata),
        issuedAt,
        statements,
        problems.warnings());
  }

  private static VexDocumentStatement statement(JsonNode vulnerability, String at, Document doc) {
    VexProblems problems = doc.problems;
    String id = text(vulnerability, "id");
    if (id == null) {
      problems.error(at + ".id", "a statement without a vulnerability: the id is missing");
    }
    JsonNode analysis = vulnerability.get("analysis");
    if (analysis == null || !analysis.isObject()) {
      problems.warn(
          at,
          (id == null ? "the vulnerability" : id)
              + " has no analysis: a finding (VDR), not a VEX statement; skipped");
      return null;
    }
    String state = text(analysis, "state");
    VexStatus status = state == null ? null : VexVocabulary.CYCLONEDX_STATES.get(state);
    if (state == null) {
      problems.error(at + ".analysis.state", "a statement without a status: no analysis.state");
    } else if (status == null) {
      problems.error(
          at + ".analysis.state",
          "unknown analysis.state '"
              + state
              + "' (CycloneDX: "
              + String.join(", ", new TreeSet<>(VexVocabulary.CYCLONEDX_STATES.keySet()))
              + ")");
    }
    List<VexProduct> products = products(vulnerability, at, doc);
    if (id == null || status == null) {
      return null;
    }
    String justificationWord = text(analysis, "justification");
    VexJustification justification = null;
    if (justificationWord != null) {
      justification = VexVocabulary.CYCLONEDX_JUSTIFICATIONS.get(justificationWord);
      if (justification == null) {
        problems.warn(
            at + ".analysis.justification",
            "unknown justification '" + justificationWord + "'; kept only as the source's word");
      }
    }
    List<String> responses = texts(analysis, "response");
    for (String response : responses) {
      if (!VexVocabulary.CYCLONEDX_RESPONSES.contains(response)) {
        problems.warn(at + ".analysis.response", "unknown response '" + response + "'");
      }
    }
    VexClaim claim = claim(state, status, justification, responses, text(analysis, "detail"));
    String sourceJustification = justificationWord;
    if (sourceJustification == null
        && (state.equals("false_positive") || state.equals("resolved_with_pedigree"))) {
      sourceJustification = state;
    } else if (sourceJustification == null
        && status == VexStatus.AFFECTED
        && !responses.isEmpty()) {
      sourceJustification = String.join(",", responses);
    }
    Instant timestamp = instant(analysis, "lastUpdated", at + ".analysis", problems);
    if (timestamp == null) {
      timestamp = instant(analysis, "firstIssued", at + ".analysis", problems);
    }
    return new VexDocumentStatement(
        problems.where(at),
        id,
        aliases(vulnerability, id),
        products,
        claim,
        sourceJustification,
        timestamp == null ? doc.issuedAt : timestamp);
  }

  /**
   * CycloneDX {@code analysis.detail} is the impact statement of a not_affected analysis and the
   * action statement of an exploitable one, preceded by the responses in words ("update: …"); a
   * response alone is an action statement. A false positive says so in its impact statement, which
   * makes it complete without a justification.
   */
  private static VexClaim claim(
      String state,
      VexStatus status,
      VexJustification justification,
      List<String> responses,
      String detail) {
    String responseWords = responses.isEmpty() ? null : VexVocabulary.responseWords(responses);
    if (status == VexStatus.AFFECTED) {
      String action =
          responseWords == null
              ? detail
              : detail == null ? responseWords : responseWords + ": " + detail;
      return new VexClaim(status, null, null, action);
    }
    String impact = detail;
    if (state.equals("false_positive")) {
      impact = detail == null ? "False positive" : "False positive: " + detail;
    }
    return new VexClaim(
        status, status == VexStatus.NOT_AFFECTED ? justification : null, impact, responseWords);
  }

  private static List<String> aliases(JsonNode vulnerability, String id) {
    Set<String> aliases = new LinkedHashSet<>();
    for (JsonNode reference : array(vulnerability, "references")) {
      String alias = text(reference, "id");
      if (alias != null && !alias.equals(id)) {
        aliases.add(alias);
      }
    }
    return List.copyOf(aliases);
  }

  private static List<VexProduct> products(JsonNode vulnerability, String at, Document doc) {
    List<JsonNode> affects = array(vulnerability, "affects");
    if (affects.isEmpty()) {
      doc.problems.warn(
          at, "names no affected component (no affects): it cannot be matched to a finding");
    }
    List<VexProduct> products = new ArrayList<>();
    for (int j = 0; j < affects.size(); j++) {
      String where = at + ".affects[" + j + "]";
      VexProduct product = resolve(affects.get(j), where, doc);
      if (product == null) {
        continue;
      }
      List<String> versions = new ArrayList<>();
      for (JsonNode version : array(affects.get(j), "versions")) {
        String named = Objects.requireNonNullElse(text(version, "version"), text(version, "range"));
        if (named != null) {
          versions.add(named);
        }
      }
      if (versions.isEmpty()) {
        products.add(product);
      }
      // affects[].versions names the versions (or vers ranges) of that component the analysis is
      // about; each becomes a product of its own.
      for (String version : versions) {
        products.add(
            new VexProduct(
                product.purl(),
                product.cpe(),
                product.hashes(),
                product.bomRef(),
                product.name(),
                version,
                product.subcomponents()));
      }
    }
    return products;
  }

  /**
   * An {@code affects[].ref}: the bom-ref of a component of this document, a BOM-Link to a
   * component of another (kept for the application to resolve against stored SBOMs by serial
   * number, with the purl its fragment may be), or a bare purl.
   */
  private static VexProduct resolve(JsonNode target, String at, Document doc) {
    String ref = text(target, "ref");
    if (ref == null) {
      doc.problems.error(at + ".ref", "a product with no identifier at all: affects without ref");
      return null;
    }
    JsonNode local = doc.components.get(ref);
    Matcher link = BOM_LINK.matcher(ref);
    VexProduct product;
    if (local != null) {
      product = component(local, null);
    } else if (link.matches()) {
      String fragment = link.group(3) == null ? null : percentDecoded(link.group(3));
      JsonNode self =
          fragment != null && ("urn:uuid:" + link.group(1)).equalsIgnoreCase(doc.serialNumber)
              ? doc.components.get(fragment)
              : null;
      if (self != null) {
        product = component(self, ref);
      } else {
        String purl = fragment != null && fragment.startsWith("pkg:") ? fragment : null;
        product = new VexProduct(purl, null, null, ref, null, null, null);
      }
    } else if (ref.startsWith("pkg:")) {
      product = new VexProduct(ref, null, null, null, null, null, null);
    } else {
      doc.problems.warn(
          at + ".ref",
          "'"
              + ref
              + "' is neither a bom-ref of this document, a BOM-Link (urn:cdx:<serial>/<version>#"
              + "<bom-ref>) nor a purl; kept as a reference");
      product = new VexProduct(null, null, null, ref, null, null, null);
    }
    if (product.purl() == null
        && product.cpe() == null
        && product.hashes().isEmpty()
        && product.bomRef() == null) {
      if (product.name() == null) {
        doc.problems.error(at + ".ref", "a product with no identifier at all: '" + ref + "'");
        return null;
      }
      doc.problems.warn(
          at + ".ref",
          "product '"
              + product.label()
              + "' is named only by name: it cannot be matched to packages by purl, CPE or hash");
    }
    return product;
  }

  private static VexProduct component(JsonNode component, String bomLink) {
    Set<ArtifactHash> hashes = new HashSet<>();
    for (JsonNode hash : array(component, "hashes")) {
      HashAlgorithm.parse(text(hash, "alg"))
          .ifPresent(
              algorithm -> {
                String content = text(hash, "content");
                if (content != null) {
                  hashes.add(new ArtifactHash(algorithm, content));
                }
              });
    }
    return new VexProduct(
        text(component, "purl"),
        text(component, "cpe"),
        hashes,
        bomLink,
        text(component, "name"),
        text(component, "version"),
        null);
  }

  /** Every component by its bom-ref: the document's subject and all components, nested or not. */
  private static Map<String, JsonNode> componentsByRef(JsonNode root) {
    Map<String, JsonNode> byRef = new HashMap<>();
    JsonNode subject = root.path("metadata").get("component");
    List<JsonNode> pending = new ArrayList<>(array(root, "components"));
    if (subject != null && subject.isObject()) {
      pending.add(subject);
    }
    // Iterative, not recursive: nesting is bounded by the parser, but a loop needs no stack.
    while (!pending.isEmpty()) {
      JsonNode component = pending.remove(pending.size() - 1);
      String ref = text(component, "bom-ref");
      if (ref != null) {
        byRef.putIfAbsent(ref, component);
      }
      pending.addAll(array(component, "components"));
    }
    return byRef;
  }

  /**
   * Who issued the document: its authors, else the manufacturer (CycloneDX 1.4 spelled it {@code
   * manufacture}) or supplier, else the tools that made it.
   */
  private static String author(JsonNode metadata) {
    String authors =
        array(metadata, "authors").stream()
            .map(a -> text(a, "name"))
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    if (!authors.isEmpty()) {
      return authors;
    }
    for (String organisation : List.of("manufacturer", "manufacture", "supplier")) {
      String name = text(metadata.path(organisation), "name");
      if (name != null) {
        return name;
      }
    }
    JsonNode tools = metadata.path("tools");
    List<JsonNode> toolList = new ArrayList<>(array(metadata, "tools"));
    toolList.addAll(array(tools, "components"));
    toolList.addAll(array(tools, "services"));
    String made =
        toolList.stream()
            .map(
                t ->
                    Stream.of(text(t, "vendor"), text(t, "name"), text(t, "version"))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" ")))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(", "));
    return made.isEmpty() ? null : made;
  }

  /** Percent-decoding as RFC 3986 has it: unlike form decoding, '+' stays '+'. */
  private static String percentDecoded(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static InvalidVexException reject(VexProblems problems, String at, String message) {
    return new InvalidVexException(problems.where(at), message);
  }

  /** What the statements of one document share while it is read. */
  private record Document(
      String serialNumber,
      Map<String, JsonNode> components,
      Instant issuedAt,
      VexProblems problems) {

    Document {
      serialNumber = serialNumber == null ? null : serialNumber.toLowerCase(Locale.ROOT);
    }
  }
}
