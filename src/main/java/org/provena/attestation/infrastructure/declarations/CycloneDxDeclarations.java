package org.provena.attestation.infrastructure.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.EvidenceContent;
import org.provena.attestation.domain.EvidenceSubject;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * Reads CycloneDX 1.6 {@code declarations} (the schema's "Declarations" and "Definitions",
 * https://cyclonedx.org/docs/1.6/json/#declarations): who assessed what, which claims meet which
 * requirement of which standard with what conformance, the evidence behind them and when it
 * expires, the targets, and the affirmation with its signatories. The portal shows these as the
 * details; the earliest evidence expiry is the document's expiry, because a claim is only as
 * current as its evidence.
 */
public final class CycloneDxDeclarations {

  public static final String MEDIA_TYPE = "application/vnd.cyclonedx+json";

  private static final String NO_SIGNATURE = "the declarations carry no JSF signature";

  private static final String AFFIRMATION_ONLY =
      "only the affirmation is signed; the claims and evidence are not";

  private CycloneDxDeclarations() {}

  /** Whether a JSON document is CycloneDX (declarations or not). */
  public static boolean isCycloneDx(JsonNode node) {
    return node.isObject() && "CycloneDX".equals(node.path("bomFormat").asText());
  }

  public static EvidenceContent read(JsonNode root, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    JsonNode declarations = root.get("declarations");
    if (declarations == null) {
      throw new InvalidEvidenceException(
          "$.declarations",
          "a CycloneDX document without declarations is not an attestation: upload SBOMs and VEX"
              + " as such");
    }
    String at = "$.declarations";
    EvidenceJson.object(declarations, at);
    ObjectNode details = EvidenceJson.MAPPER.createObjectNode();
    details.put("specVersion", root.path("specVersion").asText(null));

    Map<String, String> requirementTitles = standards(root, details);
    Map<String, String> assessorNames = new HashMap<>();
    String thirdParty = assessors(declarations, at, details, assessorNames);
    Map<String, ObjectNode> conformanceByClaim =
        attestations(declarations, at, details, assessorNames, requirementTitles);
    claims(declarations, at, details, conformanceByClaim);
    Instant expiresAt = evidence(declarations, at, details);
    List<EvidenceSubject> subjects = new ArrayList<>();
    targets(declarations, at, details, subjects);
    String firstSignatory = affirmation(declarations, at, details);

    JsonNode metadata = root.path("metadata");
    Instant issuedAt = null;
    if (metadata.isObject()) {
      issuedAt = EvidenceJson.instant(metadata, "timestamp", "$.metadata");
      JsonNode component = metadata.path("component");
      if (component.isObject()) {
        subject(component, "$.metadata.component").ifPresent(s -> subjects.add(0, s));
      }
    }
    return new EvidenceContent(
        AttestationKind.CYCLONEDX_DECLARATIONS,
        MEDIA_TYPE,
        null,
        subjects,
        thirdParty != null ? thirdParty : firstSignatory,
        issuedAt,
        expiresAt,
        null,
        EvidenceJson.compact(details),
        signature(root, declarations, anchors));
  }

  /** definitions.standards: name, version, owner, how many requirements; requirement titles. */
  private static Map<String, String> standards(JsonNode root, ObjectNode details)
      throws InvalidEvidenceException {
    Map<String, String> titles = new HashMap<>();
    JsonNode definitions = root.path("definitions");
    if (!definitions.isObject()) {
      return titles;
    }
    String at = "$.definitions";
    ArrayNode out = details.putArray("standards");
    JsonNode standards = EvidenceJson.array(definitions, "standards", at);
    for (int i = 0; i < standards.size(); i++) {
      String path = EvidenceJson.index(at + ".standards", i);
      JsonNode standard = EvidenceJson.object(standards.get(i), path);
      JsonNode requirements = EvidenceJson.array(standard, "requirements", path);
      for (JsonNode requirement : requirements) {
        String ref = requirement.path("bom-ref").asText(null);
        if (ref != null) {
          String identifier = requirement.path("identifier").asText("");
          String title = requirement.path("title").asText("");
          titles.put(ref, (identifier + " " + title).strip());
        }
      }
      out.addObject()
          .put("name", EvidenceJson.text(standard, "name", path))
          .put("version", EvidenceJson.text(standard, "version", path))
          .put("owner", EvidenceJson.text(standard, "owner", path))
          .put("requirements", requirements.size());
    }
    return titles;
  }

  /** The assessors; returns the first third party's organisation name, the issuer. */
  private static String assessors(
      JsonNode declarations, String at, ObjectNode details, Map<String, String> names)
      throws InvalidEvidenceException {
    String thirdParty = null;
    ArrayNode out = details.putArray("assessors");
    JsonNode assessors = EvidenceJson.array(declarations, "assessors", at);
    for (int i = 0; i < assessors.size(); i++) {
      String path = EvidenceJson.index(at + ".assessors", i);
      JsonNode assessor = EvidenceJson.object(assessors.get(i), path);
      String organization = assessor.path("organization").path("name").asText(null);
      boolean isThirdParty = assessor.path("thirdParty").asBoolean(false);
      String ref = EvidenceJson.text(assessor, "bom-ref", path);
      if (ref != null && organization != null) {
        names.put(ref, organization);
      }
      if (isThirdParty && organization != null && thirdParty == null) {
        thirdParty = organization;
      }
      out.addObject().put("organization", organization).put("thirdParty", isThirdParty);
    }
    return thirdParty;
  }

  /** The attestations and their map; returns each claim's conformance and confidence. */
  private static Map<String, ObjectNode> attestations(
      JsonNode declarations,
      String at,
      ObjectNode details,
      Map<String, String> assessorNames,
      Map<String, String> requirementTitles)
      throws InvalidEvidenceException {
    Map<String, ObjectNode> byClaim = new HashMap<>();
    ArrayNode out = details.putArray("attestations");
    JsonNode attestations = EvidenceJson.array(declarations, "attestations", at);
    for (int i = 0; i < attestations.size(); i++) {
      String path = EvidenceJson.index(at + ".attestations", i);
      JsonNode attestation = EvidenceJson.object(attestations.get(i), path);
      String assessor = EvidenceJson.text(attestation, "assessor", path);
      ObjectNode entry =
          out.addObject()
              .put("summary", EvidenceJson.text(attestation, "summary", path))
              .put(
                  "assessor",
                  assessor == null ? null : assessorNames.getOrDefault(assessor, assessor));
      ArrayNode requirements = entry.putArray("requirements");
      JsonNode map = EvidenceJson.array(attestation, "map", path);
      for (int j = 0; j < map.size(); j++) {
        String mapPath = EvidenceJson.index(path + ".map", j);
        JsonNode item = EvidenceJson.object(map.get(j), mapPath);
        String requirement = EvidenceJson.text(item, "requirement", mapPath);
        ObjectNode scored = EvidenceJson.MAPPER.createObjectNode();
        scored.put("requirement", requirement);
        if (requirement != null && requirementTitles.containsKey(requirement)) {
          scored.put("title", requirementTitles.get(requirement));
        }
        score(item.path("conformance"), "conformance", scored);
        score(item.path("confidence"), "confidence", scored);
        ArrayNode claims = scored.putArray("claims");
        for (JsonNode claim : EvidenceJson.array(item, "claims", mapPath)) {
          claims.add(claim.asText());
          byClaim.put(claim.asText(), scored);
        }
        requirements.add(scored);
      }
    }
    return byClaim;
  }

  private static void score(JsonNode node, String name, ObjectNode into) {
    if (node.isObject() && node.path("score").isNumber()) {
      into.put(name, node.path("score").decimalValue());
    }
  }

  private static void claims(
      JsonNode declarations, String at, ObjectNode details, Map<String, ObjectNode> conformance)
      throws InvalidEvidenceException {
    ArrayNode out = details.putArray("claims");
    JsonNode claims = EvidenceJson.array(declarations, "claims", at);
    for (int i = 0; i < claims.size(); i++) {
      String path = EvidenceJson.index(at + ".claims", i);
      JsonNode claim = EvidenceJson.object(claims.get(i), path);
      String ref = EvidenceJson.text(claim, "bom-ref", path);
      ObjectNode entry =
          out.addObject()
              .put("ref", ref)
              .put("target", EvidenceJson.text(claim, "target", path))
              .put("predicate", EvidenceJson.text(claim, "predicate", path));
      ObjectNode scored = ref == null ? null : conformance.get(ref);
      if (scored != null) {
        entry.put("requirement", scored.path("requirement").asText(null));
        entry.set("conformance", scored.get("conformance"));
        entry.set("confidence", scored.get("confidence"));
      }
      entry.put("evidence", EvidenceJson.array(claim, "evidence", path).size());
    }
  }

  /** The evidence with its dates; returns the earliest expiry. */
  private static Instant evidence(JsonNode declarations, String at, ObjectNode details)
      throws InvalidEvidenceException {
    Instant earliest = null;
    ArrayNode out = details.putArray("evidence");
    JsonNode evidence = EvidenceJson.array(declarations, "evidence", at);
    for (int i = 0; i < evidence.size(); i++) {
      String path = EvidenceJson.index(at + ".evidence", i);
      JsonNode item = EvidenceJson.object(evidence.get(i), path);
      Instant created = EvidenceJson.instant(item, "created", path);
      Instant expires = EvidenceJson.instant(item, "expires", path);
      if (expires != null && (earliest == null || expires.isBefore(earliest))) {
        earliest = expires;
      }
      out.addObject()
          .put("ref", EvidenceJson.text(item, "bom-ref", path))
          .put("propertyName", EvidenceJson.text(item, "propertyName", path))
          .put("description", EvidenceJson.text(item, "description", path))
          .put("created", created == null ? null : created.toString())
          .put("expires", expires == null ? null : expires.toString())
          .put("author", item.path("author").path("name").asText(null));
    }
    return earliest;
  }

  /** Targets by name; components with hashes become subjects. */
  private static void targets(
      JsonNode declarations, String at, ObjectNode details, List<EvidenceSubject> subjects)
      throws InvalidEvidenceException {
    JsonNode targets = declarations.path("targets");
    ObjectNode out = details.putObject("targets");
    if (!targets.isObject()) {
      return;
    }
    String path = at + ".targets";
    for (String kind : new String[] {"organizations", "components", "services"}) {
      ArrayNode names = out.putArray(kind);
      JsonNode list = EvidenceJson.array(targets, kind, path);
      for (int i = 0; i < list.size(); i++) {
        String itemPath = EvidenceJson.index(path + "." + kind, i);
        JsonNode target = EvidenceJson.object(list.get(i), itemPath);
        names.add(target.path("name").asText(target.path("bom-ref").asText("")));
        if (kind.equals("components")) {
          subject(target, itemPath).ifPresent(subjects::add);
        }
      }
    }
  }

  /** A component with at least one hash Provena knows, named by purl or name and version. */
  private static Optional<EvidenceSubject> subject(JsonNode component, String path)
      throws InvalidEvidenceException {
    Set<ArtifactHash> digests = new HashSet<>();
    JsonNode hashes = EvidenceJson.array(component, "hashes", path);
    for (JsonNode hash : hashes) {
      Optional<HashAlgorithm> algorithm = HashAlgorithm.parse(hash.path("alg").asText(null));
      String content = hash.path("content").asText("");
      if (algorithm.isPresent() && content.matches("[0-9a-fA-F]+")) {
        digests.add(new ArtifactHash(algorithm.get(), content));
      }
    }
    if (digests.isEmpty()) {
      return Optional.empty();
    }
    String purl = component.path("purl").asText(null);
    String name = component.path("name").asText("");
    String version = component.path("version").asText("");
    return Optional.of(
        new EvidenceSubject(purl != null ? purl : (name + " " + version).strip(), digests));
  }

  /** The affirmation; returns the first signatory's name (or organisation). */
  private static String affirmation(JsonNode declarations, String at, ObjectNode details)
      throws InvalidEvidenceException {
    JsonNode affirmation = declarations.path("affirmation");
    if (!affirmation.isObject()) {
      return null;
    }
    String path = at + ".affirmation";
    ObjectNode out = details.putObject("affirmation");
    out.put("statement", EvidenceJson.text(affirmation, "statement", path));
    ArrayNode signatories = out.putArray("signatories");
    String first = null;
    JsonNode list = EvidenceJson.array(affirmation, "signatories", path);
    for (int i = 0; i < list.size(); i++) {
      String itemPath = EvidenceJson.index(path + ".signatories", i);
      JsonNode signatory = EvidenceJson.object(list.get(i), itemPath);
      String name = EvidenceJson.text(signatory, "name", itemPath);
      String organization = signatory.path("organization").path("name").asText(null);
      signatories
          .addObject()
          .put("name", name)
          .put("role", EvidenceJson.text(signatory, "role", itemPath))
          .put("organization", organization);
      if (first == null) {
        first = name != null ? name : organization;
      }
    }
    return first;
  }

  /**
   * The document's, the declarations' and the affirmation's JSF signatures, outermost first. Any
   * that does not verify makes the whole invalid (something was changed or forged). Only a
   * signature over the whole document or the whole declarations can make it valid, the first by a
   * registered key, its note saying what it covers. The affirmation holds none of the claims or
   * evidence, so a document signed only there is unsigned, however good that signature is.
   */
  private static SignatureCheck signature(
      JsonNode root, JsonNode declarations, List<TrustAnchor> anchors) {
    List<JsfSignatures.Result> results = new ArrayList<>();
    List<String> covers = new ArrayList<>();
    if (root.has("signature")) {
      results.add(JsfSignatures.check(root, "the document", anchors));
      covers.add(null);
    }
    if (declarations.has("signature")) {
      results.add(JsfSignatures.check(declarations, "the declarations", anchors));
      covers.add("the signature covers the declarations, not the whole document");
    }
    int covering = results.size();
    JsonNode affirmation = declarations.path("affirmation");
    if (affirmation.isObject() && affirmation.has("signature")) {
      results.add(JsfSignatures.check(affirmation, "the affirmation", anchors));
    }
    if (results.isEmpty()) {
      return SignatureCheck.unsigned(NO_SIGNATURE);
    }
    for (JsfSignatures.Result result : results) {
      if (!result.verified()) {
        return result.check();
      }
    }
    if (covering == 0) {
      // A revoked or unregistered key stays invalid with its reason, which the supplier can act on.
      SignatureCheck affirmed = results.get(0).check();
      return affirmed.outcome() == SignatureOutcome.VALID
          ? SignatureCheck.unsigned(AFFIRMATION_ONLY)
          : affirmed;
    }
    for (int i = 0; i < covering; i++) {
      SignatureCheck check = results.get(i).check();
      if (check.signingIdentityId() != null) {
        String note = join(check.reason(), covers.get(i));
        return SignatureCheck.valid(check.signingIdentityId(), check.signer(), note);
      }
    }
    return results.get(0).check();
  }

  private static String join(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + "; " + second;
  }
}
