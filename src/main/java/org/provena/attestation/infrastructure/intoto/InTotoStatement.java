package org.provena.attestation.infrastructure.intoto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.provena.attestation.domain.EvidenceSubject;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * An in-toto Statement (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md; v0.1
 * has the same shape): the artifacts it is about and a typed predicate about them.
 *
 * @param predicate the predicate object, or a missing node when the statement has none
 */
public record InTotoStatement(
    String type, List<EvidenceSubject> subjects, String predicateType, JsonNode predicate) {

  public static final String MEDIA_TYPE = "application/vnd.in-toto+json";
  public static final String V1 = "https://in-toto.io/Statement/v1";
  public static final String V01 = "https://in-toto.io/Statement/v0.1";

  /** Digest lengths in hex digits, to refuse a subject digest that can never match an artifact. */
  private static final Map<HashAlgorithm, Integer> HEX_LENGTHS =
      Map.ofEntries(
          Map.entry(HashAlgorithm.MD5, 32),
          Map.entry(HashAlgorithm.SHA1, 40),
          Map.entry(HashAlgorithm.SHA256, 64),
          Map.entry(HashAlgorithm.SHA384, 96),
          Map.entry(HashAlgorithm.SHA512, 128),
          Map.entry(HashAlgorithm.SHA3_256, 64),
          Map.entry(HashAlgorithm.SHA3_384, 96),
          Map.entry(HashAlgorithm.SHA3_512, 128),
          Map.entry(HashAlgorithm.BLAKE2B_256, 64),
          Map.entry(HashAlgorithm.BLAKE2B_384, 96),
          Map.entry(HashAlgorithm.BLAKE2B_512, 128),
          Map.entry(HashAlgorithm.BLAKE3, 64));

  public InTotoStatement {
    subjects = List.copyOf(subjects);
  }

  /** Whether a JSON document says it is an in-toto statement. */
  public static boolean isStatement(JsonNode node) {
    return node.isObject()
        && node.path("_type").asText("").startsWith("https://in-toto.io/Statement/");
  }

  /**
   * Reads and checks a statement.
   *
   * @param path where the statement lies in the uploaded document ("$", "$.payload")
   */
  public static InTotoStatement read(JsonNode node, String path) throws InvalidEvidenceException {
    EvidenceJson.object(node, path);
    String type = EvidenceJson.requiredText(node, "_type", path);
    if (!type.equals(V1) && !type.equals(V01)) {
      throw new InvalidEvidenceException(
          path + "._type", "'" + type + "' is not an in-toto statement type (" + V1 + " or v0.1)");
    }
    JsonNode subject = node.get("subject");
    if (subject == null || !subject.isArray() || subject.isEmpty()) {
      // Statement v1: "subject ... REQUIRED ... MUST be non-empty".
      throw new InvalidEvidenceException(
          path + ".subject", "must be a non-empty array of the artifacts the statement is about");
    }
    List<EvidenceSubject> subjects = new ArrayList<>();
    for (int i = 0; i < subject.size(); i++) {
      String at = EvidenceJson.index(path + ".subject", i);
      JsonNode entry = EvidenceJson.object(subject.get(i), at);
      JsonNode digest = entry.get("digest");
      if (digest == null || !digest.isObject() || digest.isEmpty()) {
        throw new InvalidEvidenceException(
            at + ".digest", "is required: a subject is identified by its digests");
      }
      subjects.add(
          new EvidenceSubject(
              EvidenceJson.text(entry, "name", at), subjectDigests(digest, at + ".digest")));
    }
    String predicateType = EvidenceJson.requiredText(node, "predicateType", path);
    JsonNode predicate = node.path("predicate");
    if (!predicate.isMissingNode() && !predicate.isNull()) {
      EvidenceJson.object(predicate, path + ".predicate");
    }
    return new InTotoStatement(type, subjects, predicateType, predicate);
  }

  /** The first SHA-256 subject digest: what a Sigstore DSSE bundle is verified for. */
  public Optional<String> firstSha256() {
    return subjects.stream()
        .flatMap(s -> s.digests().stream())
        .filter(h -> h.algorithm() == HashAlgorithm.SHA256)
        .map(ArtifactHash::value)
        .findFirst();
  }

  private static Set<ArtifactHash> subjectDigests(JsonNode digest, String path)
      throws InvalidEvidenceException {
    Set<ArtifactHash> hashes = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : digest.properties()) {
      String at = path + "." + field.getKey();
      if (!field.getValue().isTextual()) {
        throw new InvalidEvidenceException(at, "must be a hex string");
      }
      Optional<HashAlgorithm> algorithm = algorithm(field.getKey());
      if (algorithm.isEmpty()) {
        continue;
      }
      String value = field.getValue().asText();
      Integer length = HEX_LENGTHS.get(algorithm.get());
      if (!value.matches("[0-9a-fA-F]+") || (length != null && value.length() != length)) {
        throw new InvalidEvidenceException(
            at,
            "'"
                + value
                + "' is not a "
                + field.getKey()
                + " digest"
                + (length == null ? "" : " (" + length + " hex digits)"));
      }
      hashes.add(new ArtifactHash(algorithm.get(), value));
    }
    return hashes;
  }

  /** Digests whose values are hex; others (a malformed one in a material list) are left out. */
  public static Set<ArtifactHash> lenientDigests(JsonNode digest) {
    Set<ArtifactHash> hashes = new HashSet<>();
    if (digest == null || !digest.isObject()) {
      return hashes;
    }
    for (Map.Entry<String, JsonNode> field : digest.properties()) {
      String value = field.getValue().asText("");
      Optional<HashAlgorithm> algorithm = algorithm(field.getKey());
      if (algorithm.isPresent() && value.matches("[0-9a-fA-F]+")) {
        hashes.add(new ArtifactHash(algorithm.get(), value));
      }
    }
    return hashes;
  }

  /**
   * in-toto digest names (spec/v1/digest_set.md): {@code sha256}, {@code sha3_256}, {@code blake2b}
   * (512-bit) …; names of other kinds ({@code gitCommit}, {@code dirHash}) are not artifact hashes
   * and are skipped.
   */
  static Optional<HashAlgorithm> algorithm(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.equals("blake2b")) {
      return Optional.of(HashAlgorithm.BLAKE2B_512);
    }
    if (key.startsWith("git") || key.startsWith("dir")) {
      return Optional.empty();
    }
    return HashAlgorithm.parse(key);
  }
}
