package org.provena.attestation.infrastructure.dsse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.Anchors;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.testing.TestKeys;

class DsseVerifierTest {

  static final String IN_TOTO = "application/vnd.in-toto+json";

  static byte[] statement() {
    try (InputStream in =
        DsseVerifierTest.class.getResourceAsStream(
            "/attestations/provenance-v1-github-actions.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> algorithms() {
    return Stream.of(
        Arguments.of("ECDSA P-256, DER", TestKeys.ecP256(), "SHA256withECDSA"),
        Arguments.of("ECDSA P-256, IEEE P1363", TestKeys.ecP256(), "SHA256withECDSAinP1363Format"),
        Arguments.of("Ed25519", TestKeys.ed25519(), "Ed25519"),
        Arguments.of("RSA PKCS#1 v1.5", TestKeys.rsa(2048), "SHA256withRSA"),
        Arguments.of("RSASSA-PSS", TestKeys.rsa(2048), "RSASSA-PSS"));
  }

  private static SignatureCheck check(ObjectNode envelope, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    DsseEnvelope read = DsseEnvelope.read(EvidenceJson.read(DsseSigning.bytes(envelope), "$"), "$");
    return DsseVerifier.verify(read, anchors);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("algorithms")
  void a_signature_by_a_registered_key_is_valid(String name, KeyPair pair, String algorithm)
      throws Exception {
    TrustAnchor anchor = Anchors.key(pair, "release-2025");
    ObjectNode envelope =
        DsseSigning.envelope(IN_TOTO, statement(), algorithm, pair.getPrivate(), "release-2025");

    SignatureCheck check = check(envelope, List.of(anchor));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(check.signingIdentityId()).isEqualTo(anchor.id());
    assertThat(check.signer()).isEqualTo("release-2025");
    assertThat(check.reason()).isNull();
  }

  @Test
  void one_changed_payload_byte_makes_the_signature_invalid_with_the_reason() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    ObjectNode envelope =
        DsseSigning.envelope(
            IN_TOTO, statement(), "SHA256withECDSA", pair.getPrivate(), "release-2025");
    byte[] payload = Base64.getDecoder().decode(envelope.get("payload").asText());
    payload[100] ^= 0x01;
    envelope.put("payload", Base64.getEncoder().encodeToString(payload));

    SignatureCheck check = check(envelope, List.of(Anchors.key(pair, "release-2025")));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.reason())
        .isEqualTo(
            "the signature by key 'release-2025' does not verify: the payload was changed or"
                + " another key signed it");
  }

  @Test
  void a_signature_by_an_unregistered_key_is_invalid_naming_its_keyid() throws Exception {
    ObjectNode envelope =
        DsseSigning.envelope(
            IN_TOTO, statement(), "Ed25519", TestKeys.ed25519().getPrivate(), "ci-ephemeral");

    SignatureCheck check =
        check(envelope, List.of(Anchors.key(TestKeys.ed25519(), "release-2025")));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.reason())
        .isEqualTo(
            "no registered key of the supplier verifies the signature (keyid 'ci-ephemeral')");
    assertThat(check.signer()).isEqualTo("ci-ephemeral");
  }

  @Test
  void without_any_registered_key_the_reason_says_so() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    ObjectNode envelope =
        DsseSigning.envelope(IN_TOTO, statement(), "SHA256withECDSA", pair.getPrivate(), null);

    SignatureCheck check = check(envelope, List.of());

    assertThat(check.reason())
        .isEqualTo(
            "the supplier has registered no public key to verify the signature (keyid none"
                + " given)");
  }

  @Test
  void a_signature_by_a_revoked_key_is_invalid_naming_the_revocation() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    TrustAnchor revoked =
        Anchors.revokedKey(
            pair, "release-2024", Instant.parse("2025-03-01T12:00:00Z"), "laptop stolen");
    ObjectNode envelope =
        DsseSigning.envelope(
            IN_TOTO, statement(), "SHA256withECDSA", pair.getPrivate(), "release-2024");

    SignatureCheck check = check(envelope, List.of(revoked));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.reason())
        .isEqualTo(
            "signed with key "
                + revoked.fingerprint().substring(0, 12)
                + " revoked on 2025-03-01: laptop stolen");
    assertThat(check.signingIdentityId()).isNull();
  }

  @Test
  void a_signature_by_a_rotated_key_is_valid_with_a_note() throws Exception {
    KeyPair pair = TestKeys.ed25519();
    TrustAnchor rotated = Anchors.rotatedKey(pair, "release-2024");
    ObjectNode envelope =
        DsseSigning.envelope(IN_TOTO, statement(), "Ed25519", pair.getPrivate(), "release-2024");

    SignatureCheck check =
        check(envelope, List.of(Anchors.key(TestKeys.ed25519(), "new"), rotated));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(check.signingIdentityId()).isEqualTo(rotated.id());
    assertThat(check.reason()).isEqualTo("signed with a rotated key");
  }

  @Test
  void an_envelope_without_signatures_is_unsigned() throws Exception {
    ObjectNode envelope = DsseSigning.envelope(IN_TOTO, statement(), null, null, null);

    SignatureCheck check = check(envelope, List.of(Anchors.key(TestKeys.ecP256(), "k")));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
    assertThat(check.reason()).isEqualTo("the DSSE envelope carries no signature");
  }

  @Test
  void an_envelope_with_more_than_eight_signatures_is_refused_at_its_signatures() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    ObjectNode eight =
        DsseSigning.envelope(IN_TOTO, statement(), "SHA256withECDSA", pair.getPrivate(), "k");
    ArrayNode signatures = (ArrayNode) eight.get("signatures");
    for (int i = 1; i < 8; i++) {
      signatures.addObject().put("keyid", "k" + i).put("sig", "AAAA");
    }
    ObjectNode nine = eight.deepCopy();
    ((ArrayNode) nine.get("signatures")).addObject().put("keyid", "k8").put("sig", "AAAA");

    assertThat(check(eight, List.of(Anchors.key(pair, "k"))).outcome())
        .isEqualTo(SignatureOutcome.VALID);
    assertThatThrownBy(() -> check(nine, List.of(Anchors.key(pair, "k"))))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.location()).isEqualTo("$.signatures");
                          assertThat(p.message())
                              .isEqualTo(
                                  "carries 9 signatures: Provena checks at most 8 per envelope");
                        }));
  }

  @Test
  void a_url_safe_base64_payload_and_signature_verify_too() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    byte[] payload = "{\"??>\":\"~~~\"}".getBytes(StandardCharsets.UTF_8);
    ObjectNode envelope =
        DsseSigning.envelope("text/plain", payload, "SHA256withECDSA", pair.getPrivate(), "k");
    envelope.put("payload", Base64.getUrlEncoder().withoutPadding().encodeToString(payload));

    assertThat(envelope.get("payload").asText()).contains("_");
    assertThat(check(envelope, List.of(Anchors.key(pair, "k"))).outcome())
        .isEqualTo(SignatureOutcome.VALID);
  }

  @Test
  void the_pre_authentication_encoding_is_the_one_of_the_protocol_example() {
    DsseEnvelope envelope =
        new DsseEnvelope(
            "http://example.com/HelloWorld",
            "hello world".getBytes(StandardCharsets.UTF_8),
            List.of());

    assertThat(new String(envelope.pae(), StandardCharsets.UTF_8))
        .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
  }
}
