package org.provena.attestation.infrastructure.sigstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.Anchors;
import org.provena.attestation.infrastructure.EvidenceDocumentReader;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.supplier.domain.SigningIdentityStatus;

/**
 * A real bundle: Maven Central's Sigstore signature of sigstore-java 2.0.0's POM, made by the
 * project's release workflow on GitHub Actions, verified offline against the shipped trusted root.
 * That it verifies at all shows that the dependencies left out of the WAR are not needed.
 */
class SigstoreBundlesTest {

  static final String WORKFLOW =
      "https://github.com/sigstore/sigstore-java/.github/workflows/"
          + "release-sigstore-java-from-tag.yaml@refs/tags/v2.0.0";
  static final String GITHUB = "https://token.actions.githubusercontent.com";

  private final SigstoreBundles bundles = new SigstoreBundles();

  static byte[] resource(String name) {
    try (InputStream in =
        SigstoreBundlesTest.class.getResourceAsStream("/attestations/sigstore/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bundle() {
    return resource("sigstore-java-2.0.0.pom.sigstore.json");
  }

  private SigstoreBundles.Verified verify(byte[] document, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    return bundles.verify(document, EvidenceJson.read(document, "$"), anchors);
  }

  @Test
  void the_bundle_verifies_with_the_registered_release_workflow_identity() throws Exception {
    TrustAnchor release = Anchors.identity(WORKFLOW, GITHUB);

    SigstoreBundles.Verified verified = verify(bundle(), List.of(release));

    assertThat(verified.signature().outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(verified.signature().signingIdentityId()).isEqualTo(release.id());
    assertThat(verified.signer()).isEqualTo(WORKFLOW + " (issuer " + GITHUB + ")");
    assertThat(verified.mediaType()).isEqualTo("application/vnd.dev.sigstore.bundle.v0.3+json");
    assertThat(verified.signedAt()).isEqualTo(Instant.ofEpochSecond(1763671522L));
    assertThat(verified.statement()).isNull();
  }

  @Test
  void the_bundle_is_about_the_pom_beside_it() throws Exception {
    String pomSha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(resource("sigstore-java-2.0.0.pom")));

    SigstoreBundles.Verified verified = verify(bundle(), List.of());

    assertThat(verified.subjects()).hasSize(1);
    assertThat(verified.subjects().get(0).digests())
        .containsExactly(new ArtifactHash(HashAlgorithm.SHA256, pomSha256));
  }

  @Test
  void a_registered_prefix_of_the_workflow_matches_every_release_tag() throws Exception {
    TrustAnchor anyTag =
        Anchors.identity("https://github.com/sigstore/sigstore-java/.github/workflows/*", GITHUB);

    assertThat(verify(bundle(), List.of(anyTag)).signature().outcome())
        .isEqualTo(SignatureOutcome.VALID);
  }

  @Test
  void another_registered_identity_makes_it_invalid_naming_the_actual_signer() throws Exception {
    TrustAnchor other = Anchors.identity("release@acme.example", "https://accounts.google.com");
    TrustAnchor sameWorkflowOtherIssuer = Anchors.identity(WORKFLOW, "https://gitlab.com");

    SigstoreBundles.Verified verified = verify(bundle(), List.of(other, sameWorkflowOtherIssuer));

    assertThat(verified.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(verified.signature().reason())
        .isEqualTo(
            "signed by "
                + WORKFLOW
                + " (issuer "
                + GITHUB
                + "), which is not a registered identity of the supplier");
  }

  @Test
  void a_revoked_identity_makes_it_invalid_with_the_revocation() throws Exception {
    TrustAnchor revoked =
        Anchors.identity(
            WORKFLOW,
            GITHUB,
            SigningIdentityStatus.REVOKED,
            Instant.parse("2025-12-01T08:00:00Z"),
            "release workflow compromised");

    SigstoreBundles.Verified verified = verify(bundle(), List.of(revoked));

    assertThat(verified.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(verified.signature().reason())
        .isEqualTo(
            "signed by identity "
                + WORKFLOW
                + " revoked on 2025-12-01: release workflow compromised");
  }

  @Test
  void a_changed_byte_in_the_signature_makes_it_invalid() throws Exception {
    ObjectNode bundle = (ObjectNode) EvidenceJson.read(bundle(), "$");
    ObjectNode signature = (ObjectNode) bundle.get("messageSignature");
    byte[] sig = Base64.getDecoder().decode(signature.get("signature").asText());
    sig[20] ^= 0x01;
    signature.put("signature", Base64.getEncoder().encodeToString(sig));

    SigstoreBundles.Verified verified =
        verify(bytes(bundle), List.of(Anchors.identity(WORKFLOW, GITHUB)));

    assertThat(verified.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(verified.signature().reason()).startsWith("the Sigstore bundle does not verify: ");
    assertThat(verified.signature().signingIdentityId()).isNull();
  }

  @Test
  void a_changed_byte_in_the_message_digest_makes_it_invalid() throws Exception {
    ObjectNode bundle = (ObjectNode) EvidenceJson.read(bundle(), "$");
    ObjectNode digest = (ObjectNode) bundle.get("messageSignature").get("messageDigest");
    byte[] value = Base64.getDecoder().decode(digest.get("digest").asText());
    value[0] ^= 0x01;
    digest.put("digest", Base64.getEncoder().encodeToString(value));

    SigstoreBundles.Verified verified =
        verify(bytes(bundle), List.of(Anchors.identity(WORKFLOW, GITHUB)));

    assertThat(verified.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(verified.signature().reason()).startsWith("the Sigstore bundle does not verify: ");
  }

  @Test
  void a_bundle_without_verification_material_is_refused_with_its_location() throws Exception {
    ObjectNode bundle = (ObjectNode) EvidenceJson.read(bundle(), "$");
    bundle.remove("verificationMaterial");

    assertThatThrownBy(() -> verify(bytes(bundle), List.of()))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.location()).isEqualTo("$.verificationMaterial")));
  }

  @Test
  void a_bundle_without_its_certificate_is_refused() throws Exception {
    ObjectNode bundle = (ObjectNode) EvidenceJson.read(bundle(), "$");
    ((ObjectNode) bundle.get("verificationMaterial")).remove("certificate");

    assertThatThrownBy(() -> verify(bytes(bundle), List.of()))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessageContaining("the Sigstore bundle cannot be read");
  }

  @Test
  void a_bundle_that_is_not_json_is_refused() {
    byte[] broken =
        "{\"mediaType\": \"application/vnd.dev.sigstore.bundle.v0.3+json\","
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> verify(broken, List.of()))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessageStartingWith("not valid JSON");
  }

  @Test
  void a_configured_trusted_root_file_is_used(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("trusted_root.json");
    try (InputStream in = getClass().getResourceAsStream(SigstoreBundles.SHIPPED_TRUSTED_ROOT)) {
      Files.copy(in, root);
    }

    SigstoreBundles.Verified verified =
        new SigstoreBundles(root)
            .verify(
                bundle(),
                EvidenceJson.read(bundle(), "$"),
                List.of(Anchors.identity(WORKFLOW, GITHUB)));

    assertThat(verified.signature().outcome()).isEqualTo(SignatureOutcome.VALID);
  }

  @Test
  void a_trusted_root_that_does_not_hold_the_signing_authority_makes_it_invalid(@TempDir Path dir)
      throws Exception {
    JsonNode shipped;
    try (InputStream in = getClass().getResourceAsStream(SigstoreBundles.SHIPPED_TRUSTED_ROOT)) {
      shipped = EvidenceJson.read(in.readAllBytes(), "$");
    }
    ((ObjectNode) shipped).putArray("certificateAuthorities");
    Path root = dir.resolve("trusted_root.json");
    Files.write(root, bytes(shipped));

    SigstoreBundles.Verified verified =
        new SigstoreBundles(root)
            .verify(
                bundle(),
                EvidenceJson.read(bundle(), "$"),
                List.of(Anchors.identity(WORKFLOW, GITHUB)));

    assertThat(verified.signature().outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(verified.signature().reason()).startsWith("the Sigstore bundle does not verify: ");
  }

  @Test
  void a_missing_trusted_root_is_the_operators_fault_not_a_refusal_of_the_upload(
      @TempDir Path dir) {
    SigstoreBundles misconfigured = new SigstoreBundles(dir.resolve("no-such-root.json"));

    assertThatThrownBy(
            () ->
                misconfigured.verify(
                    bundle(),
                    EvidenceJson.read(bundle(), "$"),
                    List.of(Anchors.identity(WORKFLOW, GITHUB))))
        .isInstanceOf(SigstoreBundles.UnusableTrustedRoot.class)
        .hasMessageContaining("no-such-root.json");
    assertThatThrownBy(() -> new EvidenceDocumentReader(misconfigured).read(bundle(), List.of()))
        .isInstanceOf(SigstoreBundles.UnusableTrustedRoot.class);
  }

  static byte[] bytes(JsonNode node) {
    return EvidenceJson.compact(node).getBytes(StandardCharsets.UTF_8);
  }
}
