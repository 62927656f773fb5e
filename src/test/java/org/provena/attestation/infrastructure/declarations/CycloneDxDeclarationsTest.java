package org.provena.attestation.infrastructure.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.EvidenceContent;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.Anchors;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.attestation.infrastructure.dsse.DsseSigning;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.shared.infrastructure.PublicKeys;
import org.provena.testing.TestKeys;

class CycloneDxDeclarationsTest {

  static ObjectNode resource(String name) throws IOException, InvalidEvidenceException {
    try (InputStream in =
        CycloneDxDeclarationsTest.class.getResourceAsStream("/attestations/cyclonedx/" + name)) {
      return (ObjectNode) EvidenceJson.read(in.readAllBytes(), "$");
    }
  }

  static ObjectNode acme() throws Exception {
    return resource("acme-ssdf-declarations.json");
  }

  /** Signs the object as JSF 0.82 says: JCS of the object with the signature minus its value. */
  static void sign(ObjectNode object, String algorithm, String jca, KeyPair pair, JsonNode jwk)
      throws Exception {
    ObjectNode signature = object.putObject("signature");
    signature.put("algorithm", algorithm);
    if (jwk != null) {
      signature.set("publicKey", jwk);
    }
    byte[] canonical = new JsonCanonicalizer(EvidenceJson.compact(object)).getEncodedUTF8();
    signature.put(
        "value",
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(DsseSigning.sign(jca, pair.getPrivate(), canonical)));
  }

  static JsonNode jwk(KeyPair pair) throws Exception {
    String json =
        pair.getPublic() instanceof ECPublicKey ec
            ? new ECKey.Builder(Curve.P_256, ec).build().toJSONString()
            : new RSAKey.Builder((RSAPublicKey) pair.getPublic()).build().toJSONString();
    return EvidenceJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "$");
  }

  static JsonNode ed25519Jwk(KeyPair pair) throws Exception {
    byte[] spki = pair.getPublic().getEncoded();
    String x =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(java.util.Arrays.copyOfRange(spki, 12, spki.length));
    return EvidenceJson.read(
        ("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\"}").getBytes(), "$");
  }

  @Test
  void the_spec_vector_is_read_with_its_assessor_expiry_claims_and_signatories() throws Exception {
    EvidenceContent content =
        CycloneDxDeclarations.read(resource("valid-attestation-1.6.json"), List.of());

    assertThat(content.kind()).isEqualTo(AttestationKind.CYCLONEDX_DECLARATIONS);
    assertThat(content.mediaType()).isEqualTo("application/vnd.cyclonedx+json");
    assertThat(content.issuer()).isEqualTo("Assessors Inc");
    assertThat(content.issuedAt()).isNull();
    assertThat(content.expiresAt()).isEqualTo(Instant.parse("2023-05-25T00:00:00Z"));
    assertThat(content.subjects()).isEmpty();
    JsonNode details = EvidenceJson.read(content.detailsJson().getBytes(), "$");
    assertThat(details.at("/claims/0/predicate").asText()).isEqualTo("Predicate here");
    assertThat(details.at("/claims/0/conformance").decimalValue()).isEqualByComparingTo("0.8");
    assertThat(details.at("/claims/0/confidence").decimalValue()).isEqualByComparingTo("1");
    assertThat(details.at("/attestations/0/assessor").asText()).isEqualTo("Assessors Inc");
    assertThat(details.at("/affirmation/signatories/0/name").asText()).isEqualTo("Tom");
    assertThat(details.at("/affirmation/signatories/1/organization").asText())
        .isEqualTo("Acme Inc");
    assertThat(details.at("/evidence")).hasSize(3);
    assertThat(details.at("/targets/organizations/0").asText()).isEqualTo("Acme Inc");
  }

  @Test
  void the_spec_vectors_placeholder_signature_is_invalid_with_the_reason() throws Exception {
    EvidenceContent content =
        CycloneDxDeclarations.read(resource("valid-attestation-1.6.json"), List.of());

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason())
        .isEqualTo(
            "the JSF signature on the document cannot be checked: its certificatePath[0] is not a"
                + " base64 X.509 certificate with an accepted key");
  }

  @Test
  void a_supplier_document_gives_issuer_dates_subjects_and_standards() throws Exception {
    EvidenceContent content = CycloneDxDeclarations.read(acme(), List.of());

    assertThat(content.issuer()).isEqualTo("Nordic Assurance AB");
    assertThat(content.issuedAt()).isEqualTo(Instant.parse("2025-05-15T08:30:00Z"));
    assertThat(content.expiresAt()).isEqualTo(Instant.parse("2025-10-10T00:00:00Z"));
    assertThat(content.subjects()).hasSize(2);
    assertThat(content.subjects().get(0).name()).isEqualTo("pkg:generic/acme/acme-tls@3.2.1");
    assertThat(content.subjects().get(0).digests())
        .containsExactly(
            new ArtifactHash(
                HashAlgorithm.SHA256,
                "6f2a9e0c4b1d8e7f3a5c9b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f"));
    assertThat(content.subjects().get(1).name()).isEqualTo("acme-tls 3.2.1");
    JsonNode details = EvidenceJson.read(content.detailsJson().getBytes(), "$");
    assertThat(details.at("/standards/0/name").asText())
        .isEqualTo("Secure Software Development Framework");
    assertThat(details.at("/standards/0/owner").asText()).isEqualTo("NIST");
    assertThat(details.at("/standards/0/requirements").asInt()).isEqualTo(2);
    assertThat(details.at("/attestations/0/requirements/1/title").asText())
        .isEqualTo("PO.1.1 Identify and document security requirements");
    assertThat(details.at("/claims/1/conformance").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(details.at("/evidence/1/expires").asText()).isEqualTo("2025-10-10T00:00:00Z");
    assertThat(details.at("/affirmation/signatories/0/role").asText())
        .isEqualTo("Head of Product Security");
  }

  @Test
  void without_a_third_party_assessor_the_issuer_is_the_first_signatory() throws Exception {
    ObjectNode document = acme();
    ((ObjectNode) document.at("/declarations/assessors/1")).put("thirdParty", false);

    assertThat(CycloneDxDeclarations.read(document, List.of()).issuer()).isEqualTo("Jonas Weber");
  }

  @Test
  void declarations_without_signature_are_unsigned() throws Exception {
    EvidenceContent content = CycloneDxDeclarations.read(acme(), List.of());

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
    assertThat(content.signature().reason()).isEqualTo("the declarations carry no JSF signature");
  }

  @Test
  void a_document_signed_with_a_registered_key_is_valid_for_each_algorithm() throws Exception {
    KeyPair ec = TestKeys.ecP256();
    KeyPair rsa = TestKeys.rsa(2048);
    KeyPair ed = TestKeys.ed25519();
    record Case(String alg, String jca, KeyPair pair, JsonNode jwk) {}
    for (Case c :
        List.of(
            new Case("ES256", "SHA256withECDSAinP1363Format", ec, jwk(ec)),
            new Case("RS256", "SHA256withRSA", rsa, jwk(rsa)),
            new Case("PS256", "RSASSA-PSS", rsa, jwk(rsa)),
            new Case("Ed25519", "Ed25519", ed, ed25519Jwk(ed)))) {
      ObjectNode document = acme();
      sign(document, c.alg(), c.jca(), c.pair(), c.jwk());
      TrustAnchor anchor = Anchors.key(c.pair(), null);

      EvidenceContent content = CycloneDxDeclarations.read(document, List.of(anchor));

      assertThat(content.signature().outcome()).as(c.alg()).isEqualTo(SignatureOutcome.VALID);
      assertThat(content.signature().signingIdentityId()).as(c.alg()).isEqualTo(anchor.id());
      assertThat(content.signature().reason()).as(c.alg()).isNull();
    }
  }

  @Test
  void a_changed_claim_after_signing_makes_it_invalid() throws Exception {
    KeyPair ec = TestKeys.ecP256();
    ObjectNode document = acme();
    sign(document, "ES256", "SHA256withECDSAinP1363Format", ec, jwk(ec));
    ((ObjectNode) document.at("/declarations/attestations/0/map/1/conformance")).put("score", 1);

    EvidenceContent content = CycloneDxDeclarations.read(document, List.of(Anchors.key(ec, null)));

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason())
        .isEqualTo(
            "the JSF signature on the document does not verify: the document was changed after"
                + " signing, or it was signed with another key");
  }

  @Test
  void an_embedded_key_that_verifies_but_is_not_registered_is_invalid() throws Exception {
    KeyPair ec = TestKeys.ecP256();
    ObjectNode document = acme();
    sign(document, "ES256", "SHA256withECDSAinP1363Format", ec, jwk(ec));

    EvidenceContent content =
        CycloneDxDeclarations.read(document, List.of(Anchors.key(TestKeys.ecP256(), "other")));

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason())
        .isEqualTo(
            "signed with key "
                + PublicKeys.fingerprint(ec.getPublic()).substring(0, 12)
                + " embedded in the document, which is not a registered key of the supplier");
  }

  @Test
  void a_revoked_key_makes_it_invalid_with_the_revocation() throws Exception {
    KeyPair ec = TestKeys.ecP256();
    ObjectNode document = acme();
    sign(document, "ES256", "SHA256withECDSAinP1363Format", ec, jwk(ec));
    TrustAnchor revoked =
        Anchors.revokedKey(
            ec, null, Instant.parse("2025-04-01T00:00:00Z"), "key leaked in CI logs");

    EvidenceContent content = CycloneDxDeclarations.read(document, List.of(revoked));

    assertThat(content.signature().reason())
        .isEqualTo(
            "signed with key "
                + revoked.fingerprint().substring(0, 12)
                + " revoked on 2025-04-01: key leaked in CI logs");
  }

  /** Signs the affirmation by key id, as a signatory would who signs only what they affirm. */
  static void signAffirmation(ObjectNode document, KeyPair ed) throws Exception {
    ObjectNode affirmation = (ObjectNode) document.at("/declarations/affirmation");
    ObjectNode signature = affirmation.putObject("signature");
    signature.put("algorithm", "Ed25519").put("keyId", "acme-psirt-2025");
    byte[] canonical = new JsonCanonicalizer(EvidenceJson.compact(affirmation)).getEncodedUTF8();
    signature.put(
        "value",
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(DsseSigning.sign("Ed25519", ed.getPrivate(), canonical)));
  }

  @Test
  void an_affirmation_signed_alone_leaves_the_claims_and_evidence_unsigned() throws Exception {
    KeyPair ed = TestKeys.ed25519();
    ObjectNode document = acme();
    signAffirmation(document, ed);

    EvidenceContent content =
        CycloneDxDeclarations.read(document, List.of(Anchors.key(ed, "acme-psirt-2025")));

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
    assertThat(content.signature().signingIdentityId()).isNull();
    assertThat(content.signature().reason())
        .isEqualTo("only the affirmation is signed; the claims and evidence are not");
  }

  @Test
  void an_affirmation_signature_that_does_not_verify_makes_it_invalid() throws Exception {
    KeyPair ed = TestKeys.ed25519();
    ObjectNode document = acme();
    signAffirmation(document, ed);
    ((ObjectNode) document.at("/declarations/affirmation")).put("statement", "changed");

    EvidenceContent content =
        CycloneDxDeclarations.read(document, List.of(Anchors.key(ed, "acme-psirt-2025")));

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason())
        .startsWith("the JSF signature on the affirmation does not verify");
  }

  @Test
  void an_affirmation_signed_alone_with_a_revoked_key_is_invalid_with_the_revocation()
      throws Exception {
    KeyPair ed = TestKeys.ed25519();
    ObjectNode document = acme();
    signAffirmation(document, ed);
    TrustAnchor revoked =
        Anchors.revokedKey(
            ed, "acme-psirt-2025", Instant.parse("2025-04-01T00:00:00Z"), "key leaked in CI logs");

    EvidenceContent content = CycloneDxDeclarations.read(document, List.of(revoked));

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason())
        .endsWith("revoked on 2025-04-01: key leaked in CI logs");
  }

  @Test
  void signed_declarations_are_valid_noting_that_the_rest_of_the_document_is_not_signed()
      throws Exception {
    KeyPair ec = TestKeys.ecP256();
    KeyPair ed = TestKeys.ed25519();
    ObjectNode document = acme();
    signAffirmation(document, ed);
    sign(
        (ObjectNode) document.get("declarations"),
        "ES256",
        "SHA256withECDSAinP1363Format",
        ec,
        jwk(ec));
    TrustAnchor anchor = Anchors.key(ec, null);

    EvidenceContent content =
        CycloneDxDeclarations.read(document, List.of(anchor, Anchors.key(ed, "acme-psirt-2025")));

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(content.signature().signingIdentityId()).isEqualTo(anchor.id());
    assertThat(content.signature().reason())
        .isEqualTo("the signature covers the declarations, not the whole document");
  }

  @Test
  void a_signature_that_excludes_properties_is_not_accepted() throws Exception {
    KeyPair ec = TestKeys.ecP256();
    ObjectNode document = acme();
    sign(document, "ES256", "SHA256withECDSAinP1363Format", ec, jwk(ec));
    ((ObjectNode) document.get("signature")).putArray("excludes").add("declarations");

    EvidenceContent content = CycloneDxDeclarations.read(document, List.of(Anchors.key(ec, null)));

    assertThat(content.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(content.signature().reason()).contains("excludes properties");
  }

  @Test
  void an_unaccepted_algorithm_is_named() throws Exception {
    ObjectNode document = acme();
    document.putObject("signature").put("algorithm", "HS256").put("value", "AAAA");

    assertThat(CycloneDxDeclarations.read(document, List.of()).signature().reason())
        .isEqualTo(
            "the JSF signature on the document uses algorithm 'HS256': only ES256, Ed25519, RS256"
                + " and PS256 are accepted");
  }

  @Test
  void malformed_declarations_are_refused_with_their_path() throws Exception {
    ObjectNode notAnObject = acme();
    notAnObject.put("declarations", "yes");
    ObjectNode badDate = acme();
    ((ObjectNode) badDate.at("/declarations/evidence/1")).put("expires", "next spring");
    ObjectNode noDeclarations = acme();
    noDeclarations.remove("declarations");

    assertThatThrownBy(() -> CycloneDxDeclarations.read(notAnObject, List.of()))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> assertThat(e.problems().get(0).location()).isEqualTo("$.declarations"));
    assertThatThrownBy(() -> CycloneDxDeclarations.read(badDate, List.of()))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.problems().get(0).location())
                    .isEqualTo("$.declarations.evidence[1].expires"));
    assertThatThrownBy(() -> CycloneDxDeclarations.read(noDeclarations, List.of()))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessageContaining("without declarations");
  }
}
