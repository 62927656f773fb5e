package org.provena.sbom.infrastructure.cyclonedx;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.SbomProblem;
import org.provena.sbom.infrastructure.DetectedFormat;

/**
 * Reads a CycloneDX JSON document in two streaming passes, so that the heap holds one component of
 * it at a time, never the whole tree: a 300,000-package SBOM is about 150 MB of JSON and would need
 * several times that as a Jackson tree plus the library's model.
 *
 * <p>Pass 1 validates. The big arrays ({@code components}, {@code dependencies}, {@code
 * vulnerabilities}) are validated element by element against the schema definition their {@code
 * items} name ({@code #/definitions/component} …), and their {@code uniqueItems} by a digest of
 * each element's canonical form; everything else is validated as one small document in which those
 * arrays stand empty. Together these are exactly the schema's constraints, provided the array's own
 * schema says no more than {@code type}, {@code items} and {@code uniqueItems} — any field whose
 * schema says more (or that is not an array) stays in the small document and is validated whole.
 * Errors carry the same JSON paths as validating the whole tree would give.
 *
 * <p>Pass 2, only for a valid document, reads the library's model one top-level component at a time
 * and hands it to {@link CycloneDxMapping}.
 */
final class CycloneDxJsonStream {

  private static final Set<String> STREAMABLE =
      Set.of("components", "dependencies", "vulnerabilities");

  /** Keywords of an array's own schema that element-wise validation fully accounts for. */
  private static final Set<String> ARRAY_KEYWORDS =
      Set.of("type", "items", "uniqueItems", "title", "description", "$id", "$comment");

  /** The library's model is read with a plain mapper, as its own JSON parser does. */
  private static final ObjectMapper MODEL = new ObjectMapper();

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

  private final ObjectMapper json;
  private final Schema root;
  private final int maxProblems;
  private final Map<String, Rule> rules = new HashMap<>();

  /** How one top-level array is validated element by element. */
  private record Rule(Schema items, boolean unique) {}

  /**
   * @param json a mapper whose factory bounds nesting depth
   * @param root the schema of the document's declared version
   */
  CycloneDxJsonStream(ObjectMapper json, Schema root, int maxProblems) {
    // Values are read one after another from one stream: what follows a value is no error here.
    this.json = json.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.root = root;
    this.maxProblems = maxProblems;
    for (String field : STREAMABLE) {
      JsonNode arraySchema = root.getSchemaNode().path("properties").path(field);
      String ref = arraySchema.path("items").path("$ref").asText("");
      boolean onlyArrayKeywords = true;
      for (Iterator<String> names = arraySchema.fieldNames(); names.hasNext(); ) {
        onlyArrayKeywords &= ARRAY_KEYWORDS.contains(names.next());
      }
      if ("array".equals(arraySchema.path("type").asText())
          && ref.startsWith("#/definitions/")
          && arraySchema.path("items").size() == 1
          && onlyArrayKeywords) {
        NodePath definition =
            new NodePath(PathType.JSON_POINTER)
                .append("definitions")
                .append(ref.substring("#/definitions/".length()));
        rules.put(
            field,
            new Rule(root.getSubSchema(definition), arraySchema.path("uniqueItems").asBoolean()));
      }
    }
  }

  /**
   * Validates, then maps; throws with every problem (up to the limit) when the document is invalid.
   */
  ParsedSbom read(Path document, DetectedFormat detected) throws InvalidSbomException {
    Outline outline = validate(document);
    return map(document, detected, outline);
  }

  /** What pass 1 learnt: the small document, the declared refs and the size of each array. */
  private record Outline(ObjectNode rest, Set<String> declaredRefs, Map<String, Integer> counts) {}

  private Outline validate(Path document) throws InvalidSbomException {
    List<SbomProblem> problems = new ArrayList<>();
    ObjectNode rest = json.createObjectNode();
    Set<String> declaredRefs = new HashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    try (JsonParser p = json.createParser(document.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidSbomException(
            "the document is not a JSON object",
            new SbomProblem("$", "a CycloneDX document is a JSON object"));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        Rule rule = rules.get(field);
        if (rule != null && value == JsonToken.START_ARRAY) {
          if (counts.containsKey(field)) {
            problems.add(new SbomProblem("$." + field, "the member appears more than once"));
            p.skipChildren();
            continue;
          }
          rest.putArray(field);
          counts.put(field, validateElements(p, field, rule, declaredRefs, problems));
        } else {
          rest.set(field, p.readValueAsTree());
        }
      }
      if (p.nextToken() != null) {
        problems.add(
            new SbomProblem(
                location(p.currentLocation()), "content after the end of the JSON document"));
      }
    } catch (StreamConstraintsException e) {
      throw new InvalidSbomException(
          "the JSON document is nested too deeply",
          new SbomProblem(
              location(e.getLocation()),
              "nesting deeper than " + CycloneDxReader.MAX_JSON_DEPTH + " levels is not accepted"));
    } catch (JsonProcessingException e) {
      throw new InvalidSbomException(
          "the document is not well-formed JSON",
          new SbomProblem(location(e.getLocation()), e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidSbomException(
          "the document cannot be read", new SbomProblem("$", "cannot be read: " + e.getMessage()));
    }
    for (com.networknt.schema.Error error : root.validate(rest)) {
      if (problems.size() >= maxProblems) {
        break;
      }
      problems.add(new SbomProblem(jsonPath("$", error.getInstanceLocation()), error.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSbomException(
          "the document is not valid CycloneDX "
              + rest.path("specVersion").asText("")
              + ": "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems"),
          problems);
    }
    JsonNode primary = rest.path("metadata").path("component");
    if (primary.isObject()) {
      collectDeclaredRefs(primary, declaredRefs);
    }
    for (JsonNode component : rest.path("components")) {
      collectDeclaredRefs(component, declaredRefs);
    }
    return new Outline(rest, declaredRefs, counts);
  }

  /** Validates the elements of one array, the parser on its START_ARRAY; returns their count. */
  private int validateElements(
      JsonParser p, String field, Rule rule, Set<String> declaredRefs, List<SbomProblem> problems)
      throws IOException {
    Map<ByteBuffer, Integer> seen = rule.unique() ? new HashMap<>() : null;
    MessageDigest sha256 = sha256();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode element = p.readValueAsTree();
      String path = "$." + field + "[" + index + "]";
      if (problems.size() < maxProblems) {
        for (com.networknt.schema.Error error : rule.items().validate(element)) {
          if (problems.size() >= maxProblems) {
            break;
          }
          problems.add(
              new SbomProblem(jsonPath(path, error.getInstanceLocation()), error.getMessage()));
        }
      }
      if (seen != null) {
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(CANONICAL.writeValueAsBytes(element)));
        Integer first = seen.putIfAbsent(digest, index);
        if (first != null && problems.size() < maxProblems) {
          problems.add(
              new SbomProblem(
                  path,
                  "must have only unique items in the array: the same as $."
                      + field
                      + "["
                      + first
                      + "]"));
        }
      }
      if (field.equals("components")) {
        collectDeclaredRefs(element, declaredRefs);
      }
      index++;
    }
    return index;
  }

  private ParsedSbom map(Path document, DetectedFormat detected, Outline outline)
      throws InvalidSbomException {
    try {
      CycloneDxMapping mapping = new CycloneDxMapping(detected, outline.declaredRefs());
      mapping.document(
          MODEL.treeToValue(outline.rest(), Bom.class),
          outline.counts().getOrDefault("vulnerabilities", 0) > 0
              || outline.rest().path("vulnerabilities").size() > 0);
      try (JsonParser p = json.createParser(document.toFile())) {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (!outline.counts().containsKey(field) || value != JsonToken.START_ARRAY) {
            p.skipChildren();
          } else if (field.equals("components")) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              mapping.component(MODEL.readValue(p, Component.class));
            }
          } else if (field.equals("dependencies")) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              dependency(mapping, p.readValueAsTree());
            }
          } else {
            p.skipChildren();
          }
        }
      }
      // An array the schema did not let us stream (see the class comment) is in the small
      // document: it is mapped from there.
      for (JsonNode dependency : outline.rest().path("dependencies")) {
        dependency(mapping, dependency);
      }
      for (Component component :
          outline.rest().path("components").isEmpty()
              ? List.<Component>of()
              : List.of(MODEL.treeToValue(outline.rest().path("components"), Component[].class))) {
        mapping.component(component);
      }
      return mapping.finish();
    } catch (IOException e) {
      throw new InvalidSbomException(
          "the CycloneDX JSON document cannot be read",
          new SbomProblem("$", String.valueOf(e.getMessage())));
    }
  }

  /** One entry of {@code dependencies} (CycloneDX 1.2+: {@code ref} and {@code dependsOn} refs). */
  private static void dependency(CycloneDxMapping mapping, JsonNode dependency) {
    List<String> dependsOn = new ArrayList<>();
    dependency.path("dependsOn").forEach(target -> dependsOn.add(target.asText()));
    mapping.dependency(dependency.path("ref").asText(), dependsOn);
  }

  private static void collectDeclaredRefs(JsonNode component, Set<String> into) {
    JsonNode ref = component.get("bom-ref");
    if (ref != null && ref.isTextual() && !ref.asText().isBlank()) {
      into.add(ref.asText());
    }
    for (JsonNode child : component.path("components")) {
      collectDeclaredRefs(child, into);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  static String location(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "$";
    }
    return "line " + location.getLineNr() + ":" + location.getColumnNr();
  }

  /**
   * RFC 9535 JSONPath in normalised dot/bracket notation, e.g. {@code $.components[3].purl}: the
   * location of an error within the element at {@code prefix}.
   */
  static String jsonPath(String prefix, NodePath location) {
    StringBuilder path = new StringBuilder(prefix);
    if (location == null) {
      return path.toString();
    }
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer) {
        path.append('[').append(element).append(']');
      } else if (String.valueOf(element).matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
        path.append('.').append(element);
      } else {
        path.append("['").append(String.valueOf(element).replace("'", "\\'")).append("']");
      }
    }
    return path.toString();
  }
}
