package org.provena.attestation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.EvidenceContent;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.dsse.DsseEnvelope;
import org.provena.attestation.infrastructure.dsse.DsseSigning;
import org.provena.attestation.infrastructure.sigstore.SigstoreBundles;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.testing.TestKeys;

class EvidenceDocumentReaderTest {

  static final String IN_TOTO = "application/vnd.in-toto+json";

  private final EvidenceDocumentReader reader = new EvidenceDocumentReader(new SigstoreBundles());

  static byte[] resource(String path) {
    try (InputStream in =
        EvidenceDocumentReaderTest.class.getResourceAsStream("/attestations/" + path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private InvalidEvidenceException refused(byte[] document) {
    try {
      reader.read(document, List.of());
    } catch (InvalidEvidenceException e) {
      return e;
    }
    throw new AssertionError(
        "the document was read: " + new String(document, StandardCharsets.UTF_8));
  }

  @Test
  void the_corpus_tekton_envelope_is_an_unverifiable_slsa_provenance_of_one_image()
      throws Exception {
    EvidenceContent content =
        reader.read(resource("oci-dsse-att.json"), List.of(Anchors.key(TestKeys.ecP256(), "k")));

    assertThat(content.kind()).isEqualTo(AttestationKind.SLSA_PROVENANCE);
    assertThat(content.mediaType()).isEqualTo(IN_TOTO);
    assertThat(content.predicateType()).isEqualTo("https://slsa.dev/provenance/v0.2");
    assertThat(content.subjects())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name())
                  .isEqualTo("ttl.sh/b46737a24c11fd47c240f357a558be31/example-sample");
              assertThat(s.digests())
                  .containsExactly(
                      new ArtifactHash(
                          HashAlgorithm.SHA256,
                          "9e183c89765d92a440f44ac7059385c778cbadad0ee8fe3208360efb07c0ba09"));
            });
    assertThat(content.issuer()).isEqualTo("https://tekton.dev/chains/v2");
    assertThat(content.issuedAt()).isEqualTo(Instant.parse("2022-12-20T14:09:36Z"));
    assertThat(content.provenance().buildType()).isEqualTo("tekton.dev/v1beta1/TaskRun");
    assertThat(content.detailsJson()).contains("\"BUILDER_IMAGE\"");
    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason())
        .isEqualTo(
            "no registered key of the supplier verifies the signature (keyid"
                + " 'SHA256:Q2hrAmo3UuVRU6SOErQ+0EgKZolzlZdRu9eoKUii+kc')");
  }

  @Test
  void the_corpus_kubectl_statement_is_an_unsigned_provenance_of_75_files() throws Exception {
    EvidenceContent content =
        reader.read(resource("oci-kubectl-linux-amd64-in-toto.json"), List.of());

    assertThat(content.kind()).isEqualTo(AttestationKind.SLSA_PROVENANCE);
    assertThat(content.subjects()).hasSize(75);
    assertThat(content.issuer())
        .isEqualTo("Project Collection Build Service (AzureContainerUpstream)");
    assertThat(content.issuedAt()).isNull();
    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
    assertThat(content.signature().reason())
        .isEqualTo(
            "a bare in-toto statement carries no signature: sign it in a DSSE envelope or a"
                + " Sigstore bundle");
  }

  @Test
  void a_signed_v1_provenance_is_valid_with_builder_as_issuer_and_finish_as_issue_time()
      throws Exception {
    KeyPair pair = TestKeys.ed25519();
    TrustAnchor anchor = Anchors.key(pair, "ci");
    byte[] envelope =
        DsseSigning.bytes(
            DsseSigning.envelope(
                IN_TOTO,
                resource("provenance-v1-github-actions.json"),
                "Ed25519",
                pair.getPrivate(),
                "ci"));

    EvidenceContent content = reader.read(envelope, List.of(anchor));

    assertThat(content.kind()).isEqualTo(AttestationKind.SLSA_PROVENANCE);
    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(content.signature().signingIdentityId()).isEqualTo(anchor.id());
    assertThat(content.issuer()).isEqualTo("https://github.com/actions/runner/github-hosted");
    assertThat(content.issuedAt()).isEqualTo(Instant.parse("2025-06-02T10:21:30Z"));
    assertThat(content.provenance().sourceRepository())
        .isEqualTo("https://github.com/acme/acme-tls");
    assertThat(content.detailsJson())
        .isEqualTo(
            "{\"externalParameters\":{\"workflow\":{\"ref\":\"refs/tags/v3.2.1\",\"repository\":"
                + "\"https://github.com/acme/acme-tls\",\"path\":\".github/workflows/release.yml\"}}}");
  }

  @Test
  void a_statement_of_another_predicate_is_an_in_toto_statement() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    byte[] statement =
        utf8(
            "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[{\"name\":\"fw.bin\","
                + "\"digest\":{\"sha256\":\"a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90\"}}],"
                + "\"predicateType\":\"https://in-toto.io/attestation/test-result/v0.1\","
                + "\"predicate\":{\"result\":\"PASSED\"}}");
    byte[] envelope =
        DsseSigning.bytes(
            DsseSigning.envelope(IN_TOTO, statement, "SHA256withECDSA", pair.getPrivate(), null));

    EvidenceContent content = reader.read(envelope, List.of(Anchors.key(pair, null)));

    assertThat(content.kind()).isEqualTo(AttestationKind.INTOTO_STATEMENT);
    assertThat(content.predicateType())
        .isEqualTo("https://in-toto.io/attestation/test-result/v0.1");
    assertThat(content.provenance()).isNull();
    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.VALID);
  }

  @Test
  void a_sigstore_bundle_names_its_signer_and_when_it_was_logged() throws Exception {
    EvidenceContent content =
        reader.read(
            resource("sigstore/sigstore-java-2.0.0.pom.sigstore.json"),
            List.of(
                Anchors.identity(
                    "https://github.com/sigstore/sigstore-java/.github/workflows/*",
                    "https://token.actions.githubusercontent.com")));

    assertThat(content.kind()).isEqualTo(AttestationKind.SIGSTORE_BUNDLE);
    assertThat(content.mediaType()).isEqualTo("application/vnd.dev.sigstore.bundle.v0.3+json");
    assertThat(content.predicateType()).isNull();
    assertThat(content.issuer())
        .startsWith("https://github.com/sigstore/sigstore-java/.github/workflows/release-");
    assertThat(content.issuedAt()).isEqualTo(Instant.parse("2025-11-20T20:45:22Z"));
    assertThat(content.subjects()).hasSize(1);
    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.VALID);
  }

  /**
   * No real DSSE bundle could be fetched here; this one puts a provenance in the real bundle's
   * verification material, which the transparency log entry then does not match.
   */
  @Test
  void a_sigstore_dsse_bundle_is_read_as_provenance_and_checked_against_its_log_entry()
      throws Exception {
    ObjectNode bundle =
        (ObjectNode)
            EvidenceJson.read(resource("sigstore/sigstore-java-2.0.0.pom.sigstore.json"), "$");
    bundle.remove("messageSignature");
    ObjectNode dsse = bundle.putObject("dsseEnvelope");
    dsse.put("payloadType", IN_TOTO);
    dsse.put(
        "payload",
        Base64.getEncoder().encodeToString(resource("provenance-v1-github-actions.json")));
    dsse.putArray("signatures").addObject().put("sig", "MEUCIQ==");

    EvidenceContent content = reader.read(utf8(EvidenceJson.compact(bundle)), List.of());

    assertThat(content.kind()).isEqualTo(AttestationKind.SIGSTORE_BUNDLE);
    assertThat(content.predicateType()).isEqualTo("https://slsa.dev/provenance/v1");
    assertThat(content.provenance().builderId())
        .isEqualTo("https://github.com/actions/runner/github-hosted");
    assertThat(content.subjects()).hasSize(2);
    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason()).startsWith("the Sigstore bundle does not verify: ");
  }

  @Test
  void cyclonedx_declarations_are_read() throws Exception {
    EvidenceContent content =
        reader.read(resource("cyclonedx/acme-ssdf-declarations.json"), List.of());

    assertThat(content.kind()).isEqualTo(AttestationKind.CYCLONEDX_DECLARATIONS);
    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
  }

  @Test
  void a_document_that_is_not_json_is_refused() {
    InvalidEvidenceException e = refused(utf8("%PDF-1.7 not json"));

    assertThat(e.getMessage()).startsWith("not valid JSON");
    assertThat(e.problems().get(0).location()).startsWith("$ (line 1, column");
  }

  @Test
  void an_envelope_without_payload_is_refused_at_its_path() {
    InvalidEvidenceException e =
        refused(utf8("{\"payloadType\":\"application/vnd.in-toto+json\",\"signatures\":[]}"));

    assertThat(e.problems().get(0).location()).isEqualTo("$.payload");
    assertThat(e.getMessage()).isEqualTo("is required");
  }

  @Test
  void an_envelope_with_bad_base64_is_refused_at_its_path() {
    InvalidEvidenceException payload =
        refused(
            utf8(
                "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"not*base64!\","
                    + "\"signatures\":[]}"));
    InvalidEvidenceException sig =
        refused(
            utf8(
                "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\","
                    + "\"signatures\":[{\"keyid\":\"k\",\"sig\":\"%%%\"}]}"));

    assertThat(payload.problems().get(0).location()).isEqualTo("$.payload");
    assertThat(payload.getMessage()).startsWith("is not base64");
    assertThat(sig.problems().get(0).location()).isEqualTo("$.signatures[0].sig");
  }

  @Test
  void an_envelope_whose_payload_is_not_a_statement_is_refused_at_the_payload() {
    InvalidEvidenceException notJson =
        refused(
            utf8(
                "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\""
                    + Base64.getEncoder().encodeToString(utf8("hello"))
                    + "\",\"signatures\":[]}"));
    InvalidEvidenceException otherType =
        refused(utf8("{\"payloadType\":\"text/plain\",\"payload\":\"e30=\",\"signatures\":[]}"));

    assertThat(notJson.problems().get(0).location()).startsWith("$.payload");
    assertThat(otherType.problems().get(0).location()).isEqualTo("$.payloadType");
  }

  @Test
  void ten_thousand_nested_arrays_are_refused_cleanly() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String deepPayload =
        "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\""
            + Base64.getEncoder().encodeToString(utf8("{\"a\":" + deep + "}"))
            + "\",\"signatures\":[]}";

    assertThat(refused(utf8(deep)).getMessage()).contains("nesting depth");
    assertThat(refused(utf8("{\"payload\":" + deep + "}")).getMessage()).contains("nesting depth");
    assertThat(refused(utf8(deepPayload)).problems().get(0).location()).isEqualTo("$.payload");
  }

  @Test
  void duplicate_keys_are_refused_because_two_parsers_could_read_them_differently() {
    InvalidEvidenceException e =
        refused(
            utf8(
                "{\"_type\":\"https://in-toto.io/Statement/v1\",\"_type\":\"https://in-toto.io/Statement/v1\"}"));

    assertThat(e.getMessage()).contains("Duplicate field '_type'");
    assertThat(e.problems().get(0).location()).isEqualTo("$._type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "[]",
        "42",
        "{}",
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[]}",
        "{\"mediaType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\"}",
        "{\"mediaType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\",\"verificationMaterial\":{},\"messageSignature\":{}}",
        "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[{\"digest\":{\"sha256\":5}}],\"predicateType\":\"x\"}",
        "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\"}",
        "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":{}}",
        "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[7]}",
        "{\"bomFormat\":\"CycloneDX\",\"declarations\":{\"claims\":{}}}"
      })
  void malformed_documents_are_refused_never_failing_otherwise(String document) {
    assertThatThrownBy(() -> reader.read(utf8(document), List.of()))
        .isInstanceOf(InvalidEvidenceException.class)
        .satisfies(
            e ->
                assertThat(((InvalidEvidenceException) e).problems())
                    .allSatisfy(p -> assertThat(p.location()).startsWith("$")));
  }

  @Test
  void an_unknown_json_document_is_refused_naming_the_accepted_kinds() {
    assertThat(refused(utf8("{\"hello\":\"world\"}")).getMessage())
        .isEqualTo("not evidence Provena recognises: " + EvidenceDocumentReader.ACCEPTED);
  }

  @Test
  void every_truncation_of_real_documents_is_read_or_refused_never_failing_otherwise() {
    for (String name :
        List.of(
            "oci-dsse-att.json",
            "sigstore/sigstore-java-2.0.0.pom.sigstore.json",
            "cyclonedx/valid-attestation-1.6.json")) {
      byte[] document = resource(name);
      for (int length = 0; length < document.length; length += 97) {
        byte[] cut = Arrays.copyOf(document, length);
        try {
          reader.read(cut, List.of());
        } catch (InvalidEvidenceException expected) {
          // A refusal is the right answer for a cut document.
        }
      }
    }
  }

  @Test
  void every_single_byte_change_of_a_signed_envelope_is_read_or_refused() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    TrustAnchor anchor = Anchors.key(pair, "k");
    byte[] envelope =
        DsseSigning.bytes(
            DsseSigning.envelope(
                IN_TOTO,
                resource("provenance-v1-github-actions.json"),
                "SHA256withECDSA",
                pair.getPrivate(),
                "k"));
    for (int i = 0; i < envelope.length; i += 7) {
      byte[] changed = envelope.clone();
      changed[i] = (byte) (changed[i] ^ 0x04);
      try {
        EvidenceContent content = reader.read(changed, List.of(anchor));
        DsseEnvelope original = DsseEnvelope.read(EvidenceJson.read(envelope, "$"), "$");
        DsseEnvelope read = DsseEnvelope.read(EvidenceJson.read(changed, "$"), "$");
        // A changed keyid (a hint) or another base64 spelling of the same bytes still verifies.
        if (!Arrays.equals(original.payload(), read.payload())
            || !Arrays.equals(original.signatures().get(0).sig(), read.signatures().get(0).sig())) {
          assertThat(content.signature().outcome())
              .as("byte %d", i)
              .isNotEqualTo(SignatureOutcome.VALID);
        }
      } catch (InvalidEvidenceException expected) {
        // A refusal is fine.
      }
    }
  }
}
