package org.provena.attestation.infrastructure.intoto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class InTotoStatementTest {

  static JsonNode resource(String name) throws IOException, InvalidEvidenceException {
    try (InputStream in = InTotoStatementTest.class.getResourceAsStream("/attestations/" + name)) {
      return EvidenceJson.read(in.readAllBytes(), "$");
    }
  }

  static JsonNode json(String text) throws InvalidEvidenceException {
    return EvidenceJson.read(text.getBytes(StandardCharsets.UTF_8), "$");
  }

  @Test
  void a_v1_statement_gives_its_subjects_with_known_digests_and_its_predicate_type()
      throws Exception {
    InTotoStatement statement =
        InTotoStatement.read(resource("provenance-v1-github-actions.json"), "$");

    assertThat(statement.type()).isEqualTo(InTotoStatement.V1);
    assertThat(statement.predicateType()).isEqualTo("https://slsa.dev/provenance/v1");
    assertThat(statement.subjects()).hasSize(2);
    assertThat(statement.subjects().get(0).name()).isEqualTo("acme-tls-3.2.1.tar.gz");
    assertThat(statement.subjects().get(0).digests())
        .extracting(ArtifactHash::algorithm)
        .containsExactlyInAnyOrder(HashAlgorithm.SHA256, HashAlgorithm.SHA512);
    // gitBlob names no artifact hash Provena compares; it is skipped, not refused.
    assertThat(statement.subjects().get(1).digests())
        .extracting(ArtifactHash::algorithm)
        .containsExactly(HashAlgorithm.SHA256);
    assertThat(statement.firstSha256())
        .contains("6f2a9e0c4b1d8e7f3a5c9b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f");
  }

  @Test
  void the_kubectl_statement_of_the_corpus_names_its_75_release_files() throws Exception {
    InTotoStatement statement =
        InTotoStatement.read(resource("oci-kubectl-linux-amd64-in-toto.json"), "$");

    assertThat(statement.type()).isEqualTo(InTotoStatement.V01);
    assertThat(statement.predicateType()).isEqualTo(SlsaProvenance.V02);
    assertThat(statement.subjects()).hasSize(75);
    assertThat(statement.subjects())
        .anySatisfy(
            s -> {
              assertThat(s.name())
                  .isEqualTo("/mnt/vss/_work/1/a/release-tars/client/linux/amd64/kubectl");
              assertThat(s.digests())
                  .containsExactly(
                      new ArtifactHash(
                          HashAlgorithm.SHA256,
                          "6365319dc5b84794df2f292bbc8e7835e9a64cc2923315e0fdb8170105d2c982"));
            });
  }

  @Test
  void in_toto_digest_names_map_to_hash_algorithms() {
    assertThat(InTotoStatement.algorithm("sha256")).contains(HashAlgorithm.SHA256);
    assertThat(InTotoStatement.algorithm("sha384")).contains(HashAlgorithm.SHA384);
    assertThat(InTotoStatement.algorithm("sha1")).contains(HashAlgorithm.SHA1);
    assertThat(InTotoStatement.algorithm("sha3_256")).contains(HashAlgorithm.SHA3_256);
    assertThat(InTotoStatement.algorithm("sha3-256")).contains(HashAlgorithm.SHA3_256);
    assertThat(InTotoStatement.algorithm("blake2b")).contains(HashAlgorithm.BLAKE2B_512);
    assertThat(InTotoStatement.algorithm("gitCommit")).isEmpty();
    assertThat(InTotoStatement.algorithm("dirHash")).isEmpty();
    assertThat(InTotoStatement.algorithm("sha512_224")).isEmpty();
  }

  @Test
  void another_type_is_refused_at_its_path() {
    assertThatThrownBy(
            () ->
                InTotoStatement.read(
                    json("{\"_type\":\"https://example.com/Statement\",\"subject\":[]}"),
                    "$.payload"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> assertThat(e.problems().get(0).location()).isEqualTo("$.payload._type"));
  }

  @Test
  void a_statement_without_subjects_is_refused() {
    assertThatThrownBy(
            () ->
                InTotoStatement.read(
                    json(
                        "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[],"
                            + "\"predicateType\":\"x\"}"),
                    "$"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> {
              assertThat(e.problems().get(0).location()).isEqualTo("$.subject");
              assertThat(e.getMessage()).startsWith("must be a non-empty array");
            });
  }

  @Test
  void a_subject_without_digest_or_with_a_short_sha256_is_refused_at_its_path() throws Exception {
    ObjectNode statement = (ObjectNode) resource("provenance-v1-github-actions.json");
    ((ObjectNode) statement.get("subject").get(1)).remove("digest");
    ObjectNode shortDigest = (ObjectNode) resource("provenance-v1-github-actions.json");
    ((ObjectNode) shortDigest.get("subject").get(0).get("digest")).put("sha256", "abc123");

    assertThatThrownBy(() -> InTotoStatement.read(statement, "$"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> assertThat(e.problems().get(0).location()).isEqualTo("$.subject[1].digest"));
    assertThatThrownBy(() -> InTotoStatement.read(shortDigest, "$"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> {
              assertThat(e.problems().get(0).location()).isEqualTo("$.subject[0].digest.sha256");
              assertThat(e.getMessage())
                  .isEqualTo("'abc123' is not a sha256 digest (64 hex digits)");
            });
  }

  @Test
  void a_statement_without_predicate_type_is_refused() throws Exception {
    ObjectNode statement = (ObjectNode) resource("provenance-v1-github-actions.json");
    statement.remove("predicateType");

    assertThatThrownBy(() -> InTotoStatement.read(statement, "$"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> assertThat(e.problems().get(0).location()).isEqualTo("$.predicateType"));
  }
}
