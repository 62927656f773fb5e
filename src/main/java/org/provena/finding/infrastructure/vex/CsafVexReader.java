package org.provena.finding.infrastructure.vex;

import static org.provena.finding.infrastructure.vex.VexJson.array;
import static org.provena.finding.infrastructure.vex.VexJson.instant;
import static org.provena.finding.infrastructure.vex.VexJson.text;
import static org.provena.finding.infrastructure.vex.VexJson.texts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Reads CSAF 2.0 documents of the profiles "VEX" ({@code csaf_vex}) and "Security advisory" ({@code
 * csaf_security_advisory}) alike: the {@code product_status} of each vulnerability, with products
 * resolved through the {@code product_tree} (branches, full product names, relationships and
 * product groups). One statement is made per vulnerability and status, holding all its products;
 * products of one status whose justification or statements differ are split into one statement per
 * distinct claim, since a statement carries one claim.
 */
@ApplicationScoped
public class CsafVexReader {

  static final Set<String> CATEGORIES = Set.of("csaf_vex", "csaf_security_advisory");

  /** CSAF 2.0 section 3.2.3.9 "Product Status" onto VEX statuses; "recommended" is no status. */
  private static final Map<String, VexStatus> PRODUCT_STATUS =
      Map.of(
          "known_not_affected", VexStatus.NOT_AFFECTED,
          "known_affected", VexStatus.AFFECTED,
          "first_affected", VexStatus.AFFECTED,
          "last_affected", VexStatus.AFFECTED,
          "fixed", VexStatus.FIXED,
          "first_fixed", VexStatus.FIXED,
          "under_investigation", VexStatus.UNDER_INVESTIGATION);

  /** Reads a CSAF document already parsed by {@link VexJson}. */
  public VexDocumentContent read(JsonNode root) throws InvalidVexException {
    JsonNode document = root.path("document");
    String version = text(document, "csaf_version");
    if (!"2.0".equals(version)) {
      throw new InvalidVexException(
          "$.document.csaf_version", "CSAF " + version + " is not read; CSAF 2.0 is");
    }
    String category = text(document, "category");
    if (!CATEGORIES.contains(category)) {
      throw new InvalidVexException(
          "$.document.category",
          "a CSAF '"
              + category
              + "' document is not read as VEX; csaf_vex and csaf_security_advisory are");
    }
    List<JsonNode> vulnerabilities = array(root, "vulnerabilities");
    if (vulnerabilities.isEmpty()) {
      throw new InvalidVexException(
          "$.vulnerabilities", "the document lists no vulnerabilities: nothing to read as VEX");
    }
    VexProblems problems = new VexProblems();
    ProductTree tree = new ProductTree(root.path("product_tree"), problems);
    Instant issuedAt =
        instant(document.path("tracking"), "current_release_date", "$.document.tracking", problems);
    List<VexDocumentStatement> statements = new ArrayList<>();
    for (int i = 0; i < vulnerabilities.size(); i++) {
      statements.addAll(
          statements(vulnerabilities.get(i), "$.vulnerabilities[" + i + "]", tree, issuedAt));
    }
    if (statements.isEmpty() && !problems.hasErrors()) {
      throw new InvalidVexException(
          "$.vulnerabilities", "no vulnerability carries a product_status: nothing to read as VEX");
    }
    statements.forEach(problems::checkMinimum);
    problems.rejectIfAny("CSAF");
    return new VexDocumentContent(
        VexSource.CSAF,
        version,
        text(document.path("tracking"), "id"),
        text(document.path("publisher"), "name"),
        issuedAt,
        statements,
        problems.warnings());
  }

  private static List<VexDocumentStatement> statements(
      JsonNode vulnerability, String at, ProductTree tree, Instant issuedAt) {
    VexProblems problems = tree.problems;
    List<String> ids = new ArrayList<>();
    for (JsonNode id : array(vulnerability, "ids")) {
      String text = text(id, "text");
      if (text != null) {
        ids.add(text);
      }
    }
    String cve = text(vulnerability, "cve");
    String id = cve != null ? cve : ids.isEmpty() ? null : ids.get(0);
    List<String> aliases = cve != null || ids.isEmpty() ? ids : ids.subList(1, ids.size());
    if (id == null) {
      problems.error(at, "a statement without a vulnerability: neither cve nor ids");
    }
    JsonNode status = vulnerability.path("product_status");
    if (!status.isObject() || status.isEmpty()) {
      problems.warn(at, "no product_status: nothing to read as VEX; skipped");
      return List.of();
    }
    Map<VexStatus, String> locations = new LinkedHashMap<>();
    Map<VexStatus, List<String>> productIds = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : status.properties()) {
      String key = entry.getKey();
      String where = at + ".product_status." + key;
      VexStatus vexStatus = PRODUCT_STATUS.get(key);
      if (key.equals("recommended")) {
        continue;
      }
      if (vexStatus == null) {
        problems.error(where, "unknown product status '" + key + "'");
        continue;
      }
      locations.putIfAbsent(vexStatus, where);
      List<String> listed = texts(status, key);
      for (int j = 0; j < listed.size(); j++) {
        if (tree.product(listed.get(j), where + "[" + j + "]") != null) {
          productIds.computeIfAbsent(vexStatus, s -> new ArrayList<>()).add(listed.get(j));
        }
      }
    }
    if (id == null) {
      return List.of();
    }
    Remarks remarks = Remarks.of(vulnerability, tree);
    List<VexDocumentStatement> statements = new ArrayList<>();
    for (Map.Entry<VexStatus, List<String>> entry : productIds.entrySet()) {
      Map<Claim, List<VexProduct>> byClaim = new LinkedHashMap<>();
      for (String productId : entry.getValue()) {
        Claim claim = claim(entry.getKey(), productId, remarks, tree, at);
        byClaim.computeIfAbsent(claim, c -> new ArrayList<>()).add(tree.product(productId, null));
      }
      for (Map.Entry<Claim, List<VexProduct>> group : byClaim.entrySet()) {
        statements.add(
            new VexDocumentStatement(
                locations.get(entry.getKey()),
                id,
                aliases,
                group.getValue(),
                group.getKey().claim(),
                group.getKey().sourceJustification(),
                issuedAt));
      }
    }
    return statements;
  }

  /**
   * What a vulnerability says of one product: for known_not_affected the justification of the flag
   * covering it (CSAF 2.0 section 3.2.3.5, whose five labels are CISA's) and the details of its
   * impact threats; for the affected statuses its remediations, category and details, as the action
   * statement (the categories kept as the source justification).
   */
  private static Claim claim(
      VexStatus status, String productId, Remarks remarks, ProductTree tree, String at) {
    if (status == VexStatus.NOT_AFFECTED) {
      VexJustification justification = null;
      for (int f = 0; f < remarks.flags.size() && justification == null; f++) {
        if (remarks.flags.get(f).covers(productId)) {
          String label = text(remarks.flags.get(f).node(), "label");
          justification = label == null ? null : VexVocabulary.justification(label).orElse(null);
          if (justification == null) {
            tree.problems.warn(
                at + ".flags[" + f + "].label", "'" + label + "' is not a CSAF flag label");
          }
        }
      }
      String impact =
          remarks.threats.stream()
              .filter(t -> "impact".equals(text(t.node(), "category")) && t.covers(productId))
              .map(t -> text(t.node(), "details"))
              .filter(d -> d != null)
              .distinct()
              .collect(Collectors.joining("\n"));
      return new Claim(
          new VexClaim(status, justification, impact.isEmpty() ? null : impact, null), null);
    }
    if (status == VexStatus.AFFECTED) {
      Set<String> categories = new LinkedHashSet<>();
      List<String> actions = new ArrayList<>();
      for (Remark remediation : remarks.remediations) {
        if (!remediation.covers(productId)) {
          continue;
        }
        String category = text(remediation.node(), "category");
        String details = text(remediation.node(), "details");
        if (category != null) {
          categories.add(category);
        }
        String action =
            category == null
                ? details
                : details == null
                    ? VexVocabulary.words(category)
                    : VexVocabulary.words(category) + ": " + details;
        if (action != null && !actions.contains(action)) {
          actions.add(action);
        }
      }
      return new Claim(
          new VexClaim(status, null, null, actions.isEmpty() ? null : String.join("\n", actions)),
          categories.isEmpty() ? null : String.join(",", categories));
    }
    return new Claim(new VexClaim(status, null, null, null), null);
  }

  /**
   * A vulnerability's flags, threats and remediations, each with the products it covers gathered
   * once, since every product of every status is looked up in them.
   */
  private record Remarks(List<Remark> flags, List<Remark> threats, List<Remark> remediations) {

    static Remarks of(JsonNode vulnerability, ProductTree tree) {
      return new Remarks(
          remarks(vulnerability, "flags", tree),
          remarks(vulnerability, "threats", tree),
          remarks(vulnerability, "remediations", tree));
    }

    private static List<Remark> remarks(JsonNode vulnerability, String field, ProductTree tree) {
      return array(vulnerability, field).stream()
          .map(node -> new Remark(node, tree.coverage(node)))
          .toList();
    }
  }

  private record Remark(JsonNode node, Coverage coverage) {

    boolean covers(String productId) {
      return coverage.covers(productId);
    }
  }

  private record Claim(VexClaim claim, String sourceJustification) {}

  /**
   * The products a CSAF document defines (CSAF 2.0 section 3.2.2 "Product Tree"), by product id. A
   * relationship's product is the product it relates to, with the referenced product as its
   * subcomponent, whatever the category ({@code default_component_of}, {@code installed_on} …).
   *
   * <p>Bounded, because a few kilobytes of relationships can otherwise describe an exponential
   * tree: at most {@value #MAX_PRODUCTS} products (relationship products included), relationships
   * nested at most {@value #MAX_RELATIONSHIP_DEPTH} levels, and none relating a product to itself
   * or building on itself. Real advisories relate a package to a product, one level.
   */
  private static final class ProductTree {

    static final int MAX_PRODUCTS = 10_000;
    static final int MAX_RELATIONSHIP_DEPTH = 8;

    private final VexProblems problems;
    private final Map<String, Definition> products = new HashMap<>();
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Set<String> checked = new HashSet<>();
    private final Set<String> warned = new HashSet<>();
    private boolean full;

    ProductTree(JsonNode tree, VexProblems problems) {
      this.problems = problems;
      List<JsonNode> branches = array(tree, "branches");
      for (int b = 0; b < branches.size(); b++) {
        branch(branches.get(b), "$.product_tree.branches[" + b + "]", null);
      }
      List<JsonNode> names = array(tree, "full_product_names");
      for (int n = 0; n < names.size(); n++) {
        JsonNode product = names.get(n);
        define(
            product, "$.product_tree.full_product_names[" + n + "]", text(product, "name"), null);
      }
      new Relationships(array(tree, "relationships")).resolve();
      for (JsonNode group : array(tree, "product_groups")) {
        String groupId = text(group, "group_id");
        if (groupId != null) {
          groups.put(groupId, new HashSet<>(texts(group, "product_ids")));
        }
      }
    }

    /**
     * CSAF 2.0 section 3.1.2.2: branches nest vendor, product family, product name and product
     * version; a product under a product_name branch is that name at the version its branch names.
     */
    private void branch(JsonNode branch, String at, String productName) {
      String category = text(branch, "category");
      String name = text(branch, "name");
      JsonNode product = branch.get("product");
      if (product != null && product.isObject()) {
        boolean versioned =
            productName != null
                && ("product_version".equals(category) || "product_version_range".equals(category));
        define(
            product,
            at + ".product",
            productName != null ? productName : text(product, "name"),
            versioned ? name : null);
      }
      String childName = "product_name".equals(category) ? name : productName;
      List<JsonNode> children = array(branch, "branches");
      for (int b = 0; b < children.size(); b++) {
        branch(children.get(b), at + ".branches[" + b + "]", childName);
      }
    }

    private void define(JsonNode product, String at, String name, String version) {
      String id = text(product, "product_id");
      if (id == null) {
        problems.error(at + ".product_id", "a product without a product_id");
        return;
      }
      if (!room(at)) {
        return;
      }
      JsonNode helper = product.path("product_identification_helper");
      Set<ArtifactHash> hashes = new HashSet<>();
      for (JsonNode file : array(helper, "hashes")) {
        for (JsonNode hash : array(file, "file_hashes")) {
          HashAlgorithm.parse(text(hash, "algorithm"))
              .filter(a -> text(hash, "value") != null)
              .ifPresent(a -> hashes.add(new ArtifactHash(a, text(hash, "value"))));
        }
      }
      VexProduct vex =
          new VexProduct(
              text(helper, "purl"), text(helper, "cpe"), hashes, null, name, version, null);
      products.put(id, new Definition(vex, at, Set.of(id), 0));
    }

    /** Whether one more product may be defined; the first one too many is an error at its path. */
    private boolean room(String at) {
      if (products.size() < MAX_PRODUCTS) {
        return true;
      }
      if (!full) {
        full = true;
        problems.error(
            at,
            "more than "
                + MAX_PRODUCTS
                + " products (relationships included): Provena reads at most "
                + MAX_PRODUCTS
                + " per document");
      }
      return false;
    }

    /**
     * CSAF 2.0 section 3.2.2.4: relationships may build on one another, in any order. Each is
     * resolved once, after the relationships whose products it references, by a depth-first walk
     * with its own stack, so that a long chain costs neither rounds over the list nor call stack.
     */
    private final class Relationships {

      private final List<JsonNode> relationships;
      private final Map<String, Integer> byProductId = new HashMap<>();
      private final State[] states;

      Relationships(List<JsonNode> relationships) {
        this.relationships = relationships;
        this.states = new State[relationships.size()];
        for (int r = 0; r < relationships.size(); r++) {
          String id = text(relationships.get(r).path("full_product_name"), "product_id");
          if (id != null && (products.containsKey(id) || byProductId.containsKey(id))) {
            // CSAF 2.0 section 6.1.2 "Multiple Definition of Product ID".
            refuse(r, "product id '" + id + "' is defined more than once");
          } else if (id != null) {
            byProductId.put(id, r);
          }
        }
      }

      void resolve() {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int start = 0; start < relationships.size(); start++) {
          stack.push(start);
          while (!stack.isEmpty()) {
            int r = stack.peek();
            if (states[r] == State.BUILT || states[r] == State.REFUSED) {
              stack.pop();
              continue;
            }
            boolean waiting = false;
            if (states[r] == null) {
              states[r] = State.VISITING;
              for (String reference : references(relationships.get(r))) {
                Integer q = byProductId.get(reference);
                if (q != null && states[q] == null) {
                  stack.push(q);
                  waiting = true;
                }
              }
            }
            if (!waiting) {
              stack.pop();
              build(r);
            }
          }
        }
      }

      private List<String> references(JsonNode relationship) {
        List<String> references = new ArrayList<>(2);
        for (String field : List.of("product_reference", "relates_to_product_reference")) {
          String reference = text(relationship, field);
          if (reference != null) {
            references.add(reference);
          }
        }
        return references;
      }

      /** Builds a relationship whose references are built or refused by now. */
      private void build(int r) {
        JsonNode relationship = relationships.get(r);
        String partId = text(relationship, "product_reference");
        String wholeId = text(relationship, "relates_to_product_reference");
        String id = text(relationship.path("full_product_name"), "product_id");
        if (partId != null && partId.equals(wholeId)) {
          refuse(
              r,
              "a relationship whose product_reference and relates_to_product_reference are the"
                  + " same product '"
                  + partId
                  + "': a product is not a part of itself");
          return;
        }
        for (String reference : references(relationship)) {
          Integer q = byProductId.get(reference);
          if (q != null && states[q] == State.VISITING) {
            refuse(r, "a relationship that builds on itself through product '" + reference + "'");
            return;
          }
          if (q != null && states[q] == State.REFUSED) {
            refuse(
                r,
                "a relationship built on product '"
                    + reference
                    + "', whose relationship is refused");
            return;
          }
        }
        Definition part = partId == null ? null : products.get(partId);
        Definition whole = wholeId == null ? null : products.get(wholeId);
        if (part == null || whole == null || id == null) {
          refuse(
              r,
              "a relationship whose product_reference, relates_to_product_reference or"
                  + " full_product_name.product_id is not defined");
          return;
        }
        int depth = 1 + Math.max(part.depth, whole.depth);
        if (depth > MAX_RELATIONSHIP_DEPTH) {
          refuse(
              r,
              "a relationship nested deeper than "
                  + MAX_RELATIONSHIP_DEPTH
                  + " levels: the product it relates to or its part is already built from "
                  + MAX_RELATIONSHIP_DEPTH
                  + " levels of relationships");
          return;
        }
        if (!room(at(r))) {
          states[r] = State.REFUSED;
          return;
        }
        List<VexProduct> subcomponents = new ArrayList<>(whole.product.subcomponents());
        subcomponents.add(part.product);
        VexProduct composite =
            new VexProduct(
                whole.product.purl(),
                whole.product.cpe(),
                whole.product.hashes(),
                null,
                whole.product.name(),
                whole.product.version(),
                subcomponents);
        Set<String> bases = new LinkedHashSet<>(whole.bases);
        bases.addAll(part.bases);
        products.put(id, new Definition(composite, whole.location, bases, depth));
        states[r] = State.BUILT;
      }

      private void refuse(int r, String message) {
        states[r] = State.REFUSED;
        problems.error(at(r), message);
      }

      private static String at(int r) {
        return "$.product_tree.relationships[" + r + "]";
      }
    }

    private enum State {
      VISITING,
      BUILT,
      REFUSED
    }

    /**
     * The product of an id, with a warning (once per product) when it or a part of it is named only
     * by name; an undefined id is an error at {@code at}.
     */
    VexProduct product(String id, String at) {
      Definition definition = products.get(id);
      if (definition == null) {
        problems.error(at, "product id '" + id + "' is not defined in the product_tree");
        return null;
      }
      if (checked.add(id)) {
        for (String base : definition.bases) {
          Definition part = products.get(base);
          VexProduct p = part.product;
          if (p.purl() == null && p.cpe() == null && p.hashes().isEmpty() && warned.add(base)) {
            problems.warn(
                part.location,
                "product '"
                    + p.label()
                    + "' is named only by name: it cannot be matched to packages by purl, CPE or"
                    + " hash");
          }
        }
      }
      return definition.product;
    }

    /**
     * The products a flag, threat or remediation applies to, its product ids and those of its
     * groups, gathered once; one naming neither applies to all.
     */
    Coverage coverage(JsonNode node) {
      List<String> ids = texts(node, "product_ids");
      List<String> groupIds = texts(node, "group_ids");
      if (ids.isEmpty() && groupIds.isEmpty()) {
        return Coverage.ALL;
      }
      Set<String> covered = new HashSet<>(ids);
      for (String groupId : groupIds) {
        covered.addAll(groups.getOrDefault(groupId, Set.of()));
      }
      return new Coverage(covered);
    }

    /**
     * @param bases the products a relationship product is built from (itself for any other), each
     *     once however often the relationships reuse it
     * @param depth how many levels of relationships built it (0 for any other)
     */
    private record Definition(VexProduct product, String location, Set<String> bases, int depth) {}
  }

  /** The product ids a flag, threat or remediation applies to; {@code null} for all. */
  private record Coverage(Set<String> productIds) {

    static final Coverage ALL = new Coverage(null);

    boolean covers(String productId) {
      return productIds == null || productIds.contains(productId);
    }
  }
}
