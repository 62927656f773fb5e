package org.provena.shared.infrastructure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jackson mappers for documents that come from outside (evidence, VEX), each reader giving its own
 * bounds. Nesting and string length are bounded so that hostile input (100,000 nested arrays, a
 * gigabyte string) is a clean refusal rather than a stack overflow or an exhausted heap. Duplicate
 * keys are refused: RFC 8259 section 4 leaves their meaning to the parser, so a signed document
 * with a key given twice can say one thing to the signer's tools and another to Provena. Trailing
 * content after the document is refused for the same reason.
 */
public final class BoundedJson {

  /** Jackson's message for a duplicate key (JsonReadContext, STRICT_DUPLICATE_DETECTION). */
  private static final String DUPLICATE = "Duplicate field '";

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_@$-]+");

  private BoundedJson() {}

  /** A key given twice, with the JSON path of its second occurrence ("$.statements[0].status"). */
  public record DuplicateKey(String key, String path) {}

  /** A mapper with no bound on the document's length (the caller bounds uploads). */
  public static ObjectMapper mapper(int maxDepth, int maxStringLength) {
    return mapper(maxDepth, maxStringLength, StreamReadConstraints.DEFAULT_MAX_DOC_LEN);
  }

  /**
   * @param maxDepth deepest nesting of arrays and objects
   * @param maxStringLength longest string, in characters
   * @param maxDocumentLength longest document, in bytes; -1 for no bound
   */
  public static ObjectMapper mapper(int maxDepth, int maxStringLength, long maxDocumentLength) {
    return new ObjectMapper(
            JsonFactory.builder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxStringLength)
                        .maxDocumentLength(maxDocumentLength)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The duplicate key a parse was refused for, or empty when it was refused for another reason. */
  public static Optional<DuplicateKey> duplicateKey(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (!(e instanceof StreamReadException read)
        || message == null
        || !message.startsWith(DUPLICATE)
        || read.getProcessor() == null) {
      return Optional.empty();
    }
    JsonStreamContext context = read.getProcessor().getParsingContext();
    String key = context.getCurrentName();
    return key == null ? Optional.empty() : Optional.of(new DuplicateKey(key, path(context)));
  }

  /** The JSON path of where a parser stands, in the notation the readers use for problems. */
  private static String path(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        String name = c.getCurrentName();
        segments.push(
            PLAIN_KEY.matcher(name).matches()
                ? "." + name
                : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
      }
    }
    return "$" + String.join("", segments);
  }
}
