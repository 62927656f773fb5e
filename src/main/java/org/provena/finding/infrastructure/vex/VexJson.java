package org.provena.finding.infrastructure.vex;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.provena.finding.domain.InvalidVexException;
import org.provena.shared.infrastructure.BoundedJson;

/**
 * JSON parsing and field access shared by the VEX readers. Parsing is bounded and strict ({@link
 * BoundedJson}): nesting deeper than {@value #MAX_DEPTH} levels and strings longer than {@value
 * #MAX_STRING_LENGTH} characters are rejections, so that a hostile document is refused before it
 * costs memory or stack; so is a key given twice, since VEX can arrive signed and a signed document
 * must say one thing.
 */
final class VexJson {

  /** CSAF product trees and CycloneDX components nest a dozen levels in real documents. */
  static final int MAX_DEPTH = 200;

  /** The longest CSAF note or CycloneDX detail seen in real documents is tens of kilobytes. */
  static final int MAX_STRING_LENGTH = 1 << 20;

  static final ObjectMapper MAPPER = BoundedJson.mapper(MAX_DEPTH, MAX_STRING_LENGTH);

  private VexJson() {}

  static JsonNode parse(byte[] document) throws InvalidVexException {
    try {
      JsonNode root = MAPPER.readTree(document);
      if (root == null || !root.isObject()) {
        throw new InvalidVexException("$", "not a VEX document: the JSON is not an object");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new InvalidVexException(
          "$",
          "the document exceeds what a VEX document needs (nesting up to "
              + MAX_DEPTH
              + " levels, strings up to "
              + MAX_STRING_LENGTH
              + " characters): "
              + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      Optional<BoundedJson.DuplicateKey> duplicate = BoundedJson.duplicateKey(e);
      if (duplicate.isPresent()) {
        throw new InvalidVexException(
            duplicate.get().path(),
            "the key '"
                + duplicate.get().key()
                + "' is given twice: a document must say one thing (RFC 8259 section 4)");
      }
      throw new InvalidVexException(where(e.getLocation()), "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidVexException("$", "cannot be read: " + e.getMessage());
    }
  }

  private static String where(JsonLocation location) {
    return location == null ? "$" : "line " + location.getLineNr() + ":" + location.getColumnNr();
  }

  /** The field's text, trimmed; null when absent, not a string or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  /** The field as an array's elements; empty when absent or not an array. */
  static List<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(items::add);
    }
    return items;
  }

  /** The texts of an array of strings, blanks left out. */
  static List<String> texts(JsonNode node, String field) {
    List<String> texts = new ArrayList<>();
    for (JsonNode item : array(node, field)) {
      if (item.isValueNode() && !item.asText().isBlank()) {
        texts.add(item.asText().trim());
      }
    }
    return texts;
  }

  /**
   * An RFC 3339 date-time (the form all three formats prescribe); a value that is not one is a
   * warning, not a rejection, and reads as absent.
   */
  static Instant instant(JsonNode node, String field, String location, VexProblems problems) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        // A date-time without an offset is read as UTC rather than thrown away.
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        problems.warn(location + "." + field, "'" + text + "' is not a date-time; ignored");
        return null;
      }
    }
  }
}
