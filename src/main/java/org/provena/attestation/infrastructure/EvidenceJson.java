package org.provena.attestation.infrastructure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.shared.infrastructure.BoundedJson;

/**
 * JSON as evidence documents are read: bounded, strict and located. Nesting, string length and
 * document size are bounded so that hostile input (10,000 nested arrays, a gigabyte string) is a
 * clean refusal; duplicate keys are refused because a signed document whose keys two parsers read
 * differently is a classic way to smuggle content past a signature; every problem names its JSON
 * path.
 */
public final class EvidenceJson {

  /** Deepest nesting accepted; attestations nest a few levels, SBOM predicates a few dozen. */
  public static final int MAX_DEPTH = 500;

  /** The caller bounds uploads to 20 MiB; no string or document can be longer. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  public static final ObjectMapper MAPPER = BoundedJson.mapper(MAX_DEPTH, MAX_BYTES, MAX_BYTES);

  private EvidenceJson() {}

  /**
   * The document as a JSON tree.
   *
   * @param location where the document lies, for the problem ("$" for an upload, "$.payload" for an
   *     envelope's payload)
   */
  public static JsonNode read(byte[] document, String location) throws InvalidEvidenceException {
    try {
      JsonNode node = MAPPER.readTree(document);
      if (node == null || node.isMissingNode()) {
        throw new InvalidEvidenceException(location, "empty: no JSON document");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new InvalidEvidenceException(location, "refused: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      // A duplicate key is located by its path within the document, e.g. "$.payload._type".
      String where =
          BoundedJson.duplicateKey(e)
              .map(d -> location + d.path().substring(1))
              .orElse(location + at(e.getLocation()));
      throw new InvalidEvidenceException(where, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidEvidenceException(location, "cannot be read: " + e.getMessage());
    }
  }

  /** Whether the bytes parse as JSON at all (any value). */
  public static Optional<JsonNode> tryRead(byte[] document) {
    try {
      return Optional.of(read(document, "$"));
    } catch (InvalidEvidenceException e) {
      return Optional.empty();
    }
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  public static ObjectNode object(JsonNode node, String path) throws InvalidEvidenceException {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new InvalidEvidenceException(path, "must be a JSON object, not " + kind(node));
  }

  /** A required field that must be a non-empty string. */
  public static String requiredText(JsonNode parent, String field, String path)
      throws InvalidEvidenceException {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidEvidenceException(path + "." + field, "is required");
    }
    if (!value.isTextual() || value.asText().isEmpty()) {
      throw new InvalidEvidenceException(
          path + "." + field, "must be a non-empty string, not " + kind(value));
    }
    return value.asText();
  }

  /** An optional string field; null when absent, refused when of another type. */
  public static String text(JsonNode parent, String field, String path)
      throws InvalidEvidenceException {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidEvidenceException(
          path + "." + field, "must be a string, not " + kind(value));
    }
    return value.asText().isBlank() ? null : value.asText();
  }

  /** An optional RFC 3339 timestamp field. */
  public static Instant instant(JsonNode parent, String field, String path)
      throws InvalidEvidenceException {
    String value = text(parent, field, path);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidEvidenceException(
          path + "." + field, "'" + value + "' is not an RFC 3339 date-time");
    }
  }

  /** An optional array field: an empty array when absent. */
  public static JsonNode array(JsonNode parent, String field, String path)
      throws InvalidEvidenceException {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return MAPPER.createArrayNode();
    }
    if (!value.isArray()) {
      throw new InvalidEvidenceException(
          path + "." + field, "must be an array, not " + kind(value));
    }
    return value;
  }

  /**
   * Base64 in either alphabet, as DSSE allows (envelope.md: "Either standard or URL-safe encoding
   * is allowed"), padding optional.
   */
  public static byte[] base64(String value, String path) throws InvalidEvidenceException {
    try {
      if (value.indexOf('-') >= 0 || value.indexOf('_') >= 0) {
        return Base64.getUrlDecoder().decode(value);
      }
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidEvidenceException(path, "is not base64: " + e.getMessage());
    }
  }

  /** The compact JSON text of a tree built by a reader. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  /** A JSON path segment for an object key or an array index. */
  public static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
