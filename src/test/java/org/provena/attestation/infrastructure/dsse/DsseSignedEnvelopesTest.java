package org.provena.attestation.infrastructure.dsse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.provena.attestation.application.SignedEnvelopes;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.Anchors;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.testing.TestKeys;

class DsseSignedEnvelopesTest {

  static final String OPENVEX =
      "{\"@context\":\"https://openvex.dev/ns/v0.2.0\",\"@id\":\"https://acme.example/vex/2025-001\","
          + "\"author\":\"Acme PSIRT\",\"timestamp\":\"2025-06-01T00:00:00Z\",\"version\":1,"
          + "\"statements\":[{\"vulnerability\":{\"name\":\"CVE-2024-0001\"},"
          + "\"products\":[{\"@id\":\"pkg:generic/acme/acme-tls@3.2.1\"}],"
          + "\"status\":\"not_affected\",\"justification\":\"vulnerable_code_not_present\"}]}";

  private final DsseSignedEnvelopes envelopes = new DsseSignedEnvelopes();

  static byte[] statement(String predicateType, String predicate) {
    return ("{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[{\"name\":\"acme-tls\","
            + "\"digest\":{\"sha256\":\"6f2a9e0c4b1d8e7f3a5c9b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f\"}}],"
            + "\"predicateType\":\""
            + predicateType
            + "\",\"predicate\":"
            + predicate
            + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void an_attested_openvex_document_comes_back_as_the_predicate_with_its_valid_signature()
      throws Exception {
    KeyPair pair = TestKeys.ecP256();
    TrustAnchor anchor = Anchors.key(pair, "psirt");
    byte[] document =
        DsseSigning.bytes(
            DsseSigning.envelope(
                "application/vnd.in-toto+json",
                statement("https://openvex.dev/ns/v0.2.0", OPENVEX),
                "SHA256withECDSA",
                pair.getPrivate(),
                "psirt"));

    Optional<SignedEnvelopes.Opened> opened = envelopes.open(document, List.of(anchor));

    assertThat(opened).isPresent();
    assertThat(opened.get().payloadType()).isEqualTo("application/vnd.in-toto+json");
    assertThat(EvidenceJson.read(opened.get().payload(), "$"))
        .isEqualTo(EvidenceJson.read(OPENVEX.getBytes(StandardCharsets.UTF_8), "$"));
    assertThat(opened.get().signature().outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(opened.get().signature().signingIdentityId()).isEqualTo(anchor.id());
  }

  @Test
  void an_attested_cyclonedx_vex_comes_back_as_the_predicate() throws Exception {
    String bom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"vulnerabilities\":[]}";
    byte[] document =
        DsseSigning.bytes(
            DsseSigning.envelope(
                "application/vnd.in-toto+json",
                statement("https://cyclonedx.org/bom", bom),
                null,
                null,
                null));

    SignedEnvelopes.Opened opened = envelopes.open(document, List.of()).orElseThrow();

    assertThat(new String(opened.payload(), StandardCharsets.UTF_8)).isEqualTo(bom);
    assertThat(opened.signature().outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
  }

  @Test
  void another_payload_type_comes_back_as_signed_and_tampering_shows() throws Exception {
    KeyPair pair = TestKeys.ed25519();
    byte[] document =
        DsseSigning.bytes(
            DsseSigning.envelope(
                "application/openvex+json",
                OPENVEX.getBytes(StandardCharsets.UTF_8),
                "Ed25519",
                pair.getPrivate(),
                "psirt"));

    SignedEnvelopes.Opened opened =
        envelopes.open(document, List.of(Anchors.key(TestKeys.ed25519(), "psirt"))).orElseThrow();

    assertThat(opened.payloadType()).isEqualTo("application/openvex+json");
    assertThat(new String(opened.payload(), StandardCharsets.UTF_8)).isEqualTo(OPENVEX);
    assertThat(opened.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(opened.signature().reason())
        .isEqualTo(
            "the signature by key 'psirt' does not verify: the payload was changed or another key"
                + " signed it");
  }

  @Test
  void a_document_that_is_not_an_envelope_is_left_to_other_readers() throws Exception {
    assertThat(envelopes.open(OPENVEX.getBytes(StandardCharsets.UTF_8), List.of())).isEmpty();
    assertThat(envelopes.open("<csaf/>".getBytes(StandardCharsets.UTF_8), List.of())).isEmpty();
  }

  @Test
  void a_malformed_envelope_is_refused() {
    byte[] document =
        "{\"payloadType\":\"application/vnd.in-toto+json\",\"signatures\":[]}"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> envelopes.open(document, List.of()))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> assertThat(e.problems().get(0).location()).isEqualTo("$.payload"));
  }
}
