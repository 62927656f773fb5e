package org.provena.attestation.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.attestation.infrastructure.dsse.DsseSigning;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.TestKeys;
import org.provena.testing.Tokens;

/**
 * Evidence over HTTP on the real server: keys registered, signed provenance verified and bound to
 * the release, tampering and foreign keys caught with the reason, revocation re-verifying what a
 * key signed, certificates filed with their PDF, VEX documents and portal answers applied to
 * findings and exported — and each answer confined to its supplier.
 */
class EvidenceIT extends PortalIT {

  private static final Random RANDOM = new Random();
  private static final String INTOTO = "application/vnd.in-toto+json";

  private String acme;
  private String borealis;
  private String procurement;
  private String artifactSha256;
  private String componentName;
  private String releaseId;

  @BeforeEach
  void acmeDeliversARelease() throws NoSuchAlgorithmException {
    acme = Tokens.forUser("supplier-acme");
    borealis = Tokens.forUser("supplier-borealis");
    procurement = Tokens.forUser("procurement");
    componentName = "pump-fw-" + UUID.randomUUID();
    artifactSha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(componentName.getBytes(StandardCharsets.UTF_8)));
    Answer component =
        api.post(
            "components", acme, "{\"name\":\"%s\",\"type\":\"FIRMWARE\"}".formatted(componentName));
    assertThat(component.status()).as(component.body()).isEqualTo(201);
    Answer release =
        api.post(
            "components/" + component.json().getString("id") + "/releases",
            acme,
            """
            {"version":"2.4.0","levelOfSupport":"ACTIVELY_MAINTAINED",
             "purl":"pkg:generic/acme/%s@2.4.0","hashes":["sha256:%s"]}"""
                .formatted(componentName, artifactSha256));
    assertThat(release.status()).as(release.body()).isEqualTo(201);
    releaseId = release.json().getString("id");
  }

  @Test
  void signed_provenance_is_verified_bound_to_the_release_and_invalid_once_its_key_is_revoked() {
    KeyPair key = TestKeys.ecP256();
    String keyId = register(key);

    Answer uploaded = upload(provenance(artifactSha256), key, "");
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    String location = uploaded.raw().headers().firstValue("Location").orElseThrow();
    JsonObject attestation = uploaded.json();
    assertThat(location).endsWith("/attestations/" + attestation.getString("id"));
    assertThat(attestation.getString("kind")).isEqualTo("slsa_provenance");
    assertThat(attestation.getString("componentReleaseId"))
        .as("found by the subject's digest")
        .isEqualTo(releaseId);
    assertThat(attestation.getJsonObject("verification").getString("status"))
        .as(attestation.toString())
        .isEqualTo("verified");
    assertThat(attestation.getJsonObject("verification").getString("signingIdentityId"))
        .isEqualTo(keyId);
    assertThat(attestation.getJsonObject("subject").getString("binding")).isEqualTo("matched");
    assertThat(attestation.getString("issuer"))
        .isEqualTo("https://github.com/acme/builders/release@v1");
    assertThat(attestation.getInt("slsaBuildLevel"))
        .as("signed, but by a builder not on the allow-list")
        .isEqualTo(1);

    String id = attestation.getString("id");
    assertThat(api.get("attestations/" + id, procurement).status()).isEqualTo(200);
    assertThat(api.get("attestations/" + id, borealis).status()).isEqualTo(404);
    assertThat(api.getBytes("attestations/" + id + "/original", acme))
        .startsWith("{".getBytes(StandardCharsets.UTF_8));

    Answer revoked =
        api.post("signing-identities/" + keyId + "/revoke", acme, "{\"reason\":\"laptop lost\"}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    JsonObject after = api.get("attestations/" + id, acme).json();
    assertThat(after.getJsonObject("verification").getString("status")).isEqualTo("invalid");
    assertThat(after.getJsonObject("verification").getString("reason")).contains("laptop lost");
  }

  @Test
  void a_changed_payload_an_unregistered_key_and_a_foreign_subject_each_give_their_reason() {
    KeyPair key = TestKeys.ecP256();
    register(key);

    Answer tampered = upload(provenance(artifactSha256), key, "tamper");
    assertThat(tampered.status()).as(tampered.body()).isEqualTo(201);
    assertThat(tampered.json().getJsonObject("verification").getString("status"))
        .isEqualTo("invalid");

    Answer stranger = upload(provenance(artifactSha256), TestKeys.ecP256(), "");
    assertThat(stranger.json().getJsonObject("verification").getString("status"))
        .isEqualTo("invalid");
    assertThat(stranger.json().getJsonObject("verification").getString("reason"))
        .containsIgnoringCase("key");

    Answer foreign =
        api.postBytes(
            "attestations?release=" + releaseId,
            acme,
            "application/json",
            DsseSigning.bytes(
                DsseSigning.envelope(
                    INTOTO,
                    provenance("ab".repeat(32)).getBytes(StandardCharsets.UTF_8),
                    "SHA256withECDSA",
                    key.getPrivate(),
                    null)));
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(201);
    JsonObject verification = foreign.json().getJsonObject("verification");
    assertThat(foreign.json().getJsonObject("subject").getString("binding"))
        .isEqualTo("mismatched");
    assertThat(verification.getString("status")).isEqualTo("invalid");
    assertThat(verification.getString("reason")).contains("matches none of the release's");
  }

  @Test
  void unreadable_evidence_is_refused_with_where_and_only_suppliers_upload() {
    Answer garbage =
        api.postBytes(
            "attestations",
            acme,
            "application/json",
            "{\"hello\":".getBytes(StandardCharsets.UTF_8));
    assertThat(garbage.status()).isEqualTo(422);
    assertThat(garbage.contentType()).startsWith("application/problem+json");
    assertThat(garbage.json().getJsonArray("errors")).isNotEmpty();

    Answer staff =
        api.postBytes(
            "attestations",
            procurement,
            "application/json",
            provenance(artifactSha256).getBytes(StandardCharsets.UTF_8));
    assertThat(staff.status()).isEqualTo(403);
  }

  @Test
  void a_certificate_with_its_pdf_expires_on_its_date_and_the_manufacturer_sees_it()
      throws IOException {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    Answer filed =
        api.post(
            "attestations/certificates",
            acme,
            """
            {"kind":"iso_27001_certificate","issuer":"TÜV Test","scope":"firmware development",
             "reference":"ISMS-4711","validFrom":"%s","validUntil":"%s","pdf":"%s"}"""
                .formatted(today.minusYears(2), today.plusDays(10), pdf()));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    JsonObject certificate = filed.json();
    assertThat(certificate.getString("kind")).isEqualTo("iso_27001_certificate");
    assertThat(certificate.getJsonObject("verification").getString("status"))
        .as("renewal is due within 30 days")
        .isEqualTo("expiring");
    assertThat(certificate.getJsonObject("verification").getString("reason"))
        .contains("expires on " + today.plusDays(10))
        .contains("no digital signature");
    assertThat(certificate.getJsonObject("verification").getString("signature"))
        .isEqualTo("unsigned");
    assertThat(certificate.getJsonObject("details").getString("reference")).isEqualTo("ISMS-4711");

    String supplierId = certificate.getString("supplierId");
    assertThat(api.get("attestations?supplier=" + supplierId, procurement).body())
        .contains(certificate.getString("id"));

    Answer lapsed =
        api.post(
            "attestations/certificates",
            acme,
            """
            {"kind":"iec_62443_4_1_certificate","issuer":"Test Lab","scope":"SDLA",
             "validFrom":"%s","validUntil":"%s","pdf":"%s"}"""
                .formatted(today.minusYears(3), today.minusDays(1), pdf()));
    assertThat(lapsed.status()).as(lapsed.body()).isEqualTo(201);
    assertThat(lapsed.json().getJsonObject("verification").getString("status"))
        .isEqualTo("expired");
    assertThat(lapsed.json().getJsonObject("verification").getString("reason"))
        .isEqualTo("expired on " + today.minusDays(1));

    Answer incomplete =
        api.post(
            "attestations/certificates",
            acme,
            "{\"kind\":\"iso_27001_certificate\",\"pdf\":\"%s\"}".formatted(pdf()));
    assertThat(incomplete.status()).isEqualTo(422);
    assertThat(incomplete.body()).contains("$.issuer").contains("$.validUntil");
  }

  @Test
  void the_secure_development_attestation_is_filed_with_its_statements_and_renewal_date()
      throws IOException {
    LocalDate signed = LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(1);
    Answer filed =
        api.post(
            "attestations/secure-development",
            acme,
            """
            {"allProducts":false,"componentReleaseIds":["%s"],
             "attested":["secure_environments","trusted_source_code_supply_chain","provenance"],
             "exceptions":"Vulnerability checks before release from Q1 2027 (POA&M 12)",
             "signerName":"Ada Acme","signerTitle":"CEO","signedOn":"%s","pdf":"%s"}"""
                .formatted(releaseId, signed, pdf()));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    JsonObject ssda = filed.json();
    assertThat(ssda.getString("kind")).isEqualTo("cisa_secure_software_development");
    assertThat(ssda.getString("issuer")).isEqualTo("Ada Acme, CEO");
    assertThat(ssda.getString("expiresAt")).startsWith(signed.plusMonths(12).toString());
    assertThat(ssda.getJsonObject("details").getJsonArray("statements").toString())
        .contains("\"attested\":false")
        .contains("PW.9.1");
  }

  @Test
  void a_registered_key_must_be_a_public_key_provena_accepts() {
    Answer refused =
        api.post(
            "signing-identities",
            acme,
            "{\"publicKey\":\"-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");

    Answer sigstore =
        api.post(
            "signing-identities",
            acme,
            """
            {"label":"release workflow",
             "certificateSubject":"https://github.com/acme/fw/.github/workflows/release.yml@*",
             "oidcIssuer":"https://token.actions.githubusercontent.com"}""");
    assertThat(sigstore.status()).as(sigstore.body()).isEqualTo(201);
    Answer broad =
        api.post(
            "signing-identities",
            acme,
            """
            {"certificateSubject":"https://github.com/*",
             "oidcIssuer":"https://token.actions.githubusercontent.com"}""");
    assertThat(broad.status()).as("a wildcard for every repository").isEqualTo(400);
    assertThat(api.get("signing-identities", acme).body()).contains("release workflow");
    String supplierId = sigstore.json().getString("supplierId");
    assertThat(api.get("signing-identities?supplier=" + supplierId, borealis).body())
        .doesNotContain("release workflow");
  }

  @Test
  void two_organizations_never_share_a_signing_key() {
    KeyPair key = TestKeys.ecP256();
    register(key);
    Answer second =
        api.post(
            "signing-identities",
            borealis,
            "{\"publicKey\":\"%s\"}".formatted(TestKeys.publicPem(key).replace("\n", "\\n")));
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.json().getString("detail")).contains("another organization");
  }

  @Test
  void a_json_request_larger_than_the_bound_is_refused_and_the_server_keeps_serving() {
    byte[] huge = new byte[33 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'A');
    String body =
        "{\"kind\":\"iso_27001_certificate\",\"pdf\":\""
            + new String(huge, StandardCharsets.US_ASCII)
            + "\"}";
    try {
      Answer refused = api.post("attestations/certificates", acme, body);
      assertThat(refused.status()).isEqualTo(413);
    } catch (IllegalStateException closedWhileSending) {
      // The server answers 413 from the Content-Length and closes the connection; a client
      // still sending the body may see the connection end instead of reading the answer.
      assertThat(closedWhileSending).hasMessageContaining("not reachable");
    }
    assertThat(api.get("attestations", acme).status()).isEqualTo(200);
  }

  // --- helpers ---

  private String register(KeyPair key) {
    Answer registered =
        api.post(
            "signing-identities",
            acme,
            "{\"label\":\"ci key\",\"publicKey\":\"%s\"}"
                .formatted(TestKeys.publicPem(key).replace("\n", "\\n")));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    return registered.json().getString("id");
  }

  /** Signs the statement; "tamper" changes one payload byte after signing. */
  private Answer upload(String statement, KeyPair key, String how) {
    var envelope =
        DsseSigning.envelope(
            INTOTO,
            statement.getBytes(StandardCharsets.UTF_8),
            "SHA256withECDSA",
            key.getPrivate(),
            null);
    if (how.equals("tamper")) {
      envelope.put(
          "payload",
          Base64.getEncoder()
              .encodeToString(
                  statement.replace("release@v1", "release@v2").getBytes(StandardCharsets.UTF_8)));
    }
    return api.postBytes("attestations", acme, "application/json", DsseSigning.bytes(envelope));
  }

  /** A SLSA Provenance v1 statement about the artifact with this SHA-256. */
  private String provenance(String sha256) {
    return """
        {"_type":"https://in-toto.io/Statement/v1",
         "subject":[{"name":"%s.bin","digest":{"sha256":"%s"}}],
         "predicateType":"https://slsa.dev/provenance/v1",
         "predicate":{
           "buildDefinition":{"buildType":"https://acme.example/build/v1",
             "externalParameters":{"repository":"https://git.acme.example/fw","ref":"refs/tags/v2.4.0"},
             "resolvedDependencies":[{"uri":"git+https://git.acme.example/fw@refs/tags/v2.4.0",
               "digest":{"gitCommit":"%s"}}]},
           "runDetails":{"builder":{"id":"https://github.com/acme/builders/release@v1"},
             "metadata":{"invocationId":"run-%d","startedOn":"2026-11-30T10:00:00Z",
               "finishedOn":"2026-11-30T10:05:00Z"}}}}
        """
        .formatted(componentName, sha256, "1a".repeat(20), RANDOM.nextInt(100000));
  }

  private static String pdf() throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    }
  }
}
