package org.provena.finding.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.attestation.infrastructure.dsse.DsseSigning;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.TestKeys;
import org.provena.testing.Tokens;

/**
 * VEX over HTTP: a supplier's OpenVEX and CycloneDX VEX documents answer its findings by package
 * and any alias, the answers come back in the release's VEX exports, the supplier answers a finding
 * in place, a forged signature keeps a document from counting — and nobody answers another
 * supplier's findings.
 */
class VexIT extends PortalIT {

  private static final Random RANDOM = new Random();

  private String admin;
  private String acme;
  private String borealis;
  private String procurement;
  private String log4j;
  private String parser;
  private String cve;
  private String ghsa;
  private String parserCve;
  private String releaseId;
  private String component;

  @BeforeEach
  void acmeHasTwoFindings() throws InterruptedException {
    admin = Tokens.forUser("admin");
    acme = Tokens.forUser("supplier-acme");
    borealis = Tokens.forUser("supplier-borealis");
    procurement = Tokens.forUser("procurement");
    int n = 10000 + RANDOM.nextInt(89999);
    log4j = "hl7-bridge-" + n;
    parser = "dicom-parser-" + n;
    cve = "CVE-2026-" + n;
    ghsa = "GHSA-" + Integer.toString(n, 36) + "-vex-" + n;
    parserCve = "CVE-2026-" + (n + 1);
    component = "infusion-gw-" + n;
    api.importFeed("osv", admin, "application/json", osv(ghsa, cve, log4j));
    api.importFeed(
        "osv",
        admin,
        "application/json",
        osv("GHSA-" + Integer.toString(n + 1, 36) + "-vex-" + n, parserCve, parser));
    String sbomId = uploadProcessed();
    JsonObject sbom = api.get("sboms/" + sbomId, acme).json();
    releaseId = sbom.getString("componentReleaseId");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (api.get("component-releases/" + releaseId + "/findings", acme).json().getInt("total")
        < 2) {
      assertThat(Instant.now()).as("findings matched in time").isBefore(deadline);
      Thread.sleep(300);
    }
  }

  @Test
  void an_openvex_document_answers_the_finding_it_names_by_alias_and_comes_back_in_the_exports() {
    String openvex =
        """
        {"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://acme.example/vex/%s",
         "author":"Acme PSIRT","timestamp":"2026-11-30T12:00:00Z","version":1,
         "statements":[{"vulnerability":{"name":"%s"},
           "products":[{"@id":"pkg:maven/org.acme/%s@1.0.0"}],
           "status":"not_affected","justification":"vulnerable_code_not_in_execute_path",
           "impact_statement":"The bridge never parses untrusted HL7."}]}
        """
            .formatted(UUID.randomUUID(), ghsa, log4j);

    Answer uploaded =
        api.postBytes("vex", acme, "application/json", openvex.getBytes(StandardCharsets.UTF_8));

    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    JsonObject document = uploaded.json();
    assertThat(document.getString("format")).isEqualTo("openvex");
    assertThat(document.getInt("findings")).isEqualTo(1);
    assertThat(document.getJsonObject("signature").getString("status")).isEqualTo("unsigned");
    String documentId = document.getString("id");
    assertThat(api.get("vex/" + documentId, procurement).json().getJsonArray("statements"))
        .hasSize(1);
    assertThat(api.get("vex/" + documentId, borealis).status()).isEqualTo(404);
    assertThat(api.get("vex/" + documentId + "/original", borealis).status()).isEqualTo(404);
    JsonObject finding = findingOf(log4j);
    assertThat(finding.getString("vulnerabilityId")).isEqualTo(cve);
    assertThat(answered(parser)).isFalse();

    JsonObject history = api.get("findings/" + finding.getString("id"), acme).json();
    assertThat(history.getJsonArray("vex")).hasSize(1);
    assertThat(history.getJsonArray("vex").getJsonObject(0).getString("status"))
        .isEqualTo("not_affected");
    assertThat(api.get("findings?vex=unanswered", acme).body())
        .contains(parser)
        .doesNotContain(log4j);

    String exported =
        new String(
            api.getBytes("component-releases/" + releaseId + "/vex?format=openvex", procurement),
            StandardCharsets.UTF_8);
    assertThat(exported.replace(" ", ""))
        .contains("\"status\":\"not_affected\"")
        .contains("vulnerable_code_not_in_execute_path")
        .contains("pkg:maven/org.acme/" + log4j);
    String cyclonedx =
        new String(
            api.getBytes("component-releases/" + releaseId + "/vex?format=cyclonedx", acme),
            StandardCharsets.UTF_8);
    assertThat(cyclonedx.replace(" ", ""))
        .contains("\"specVersion\":\"1.6\"")
        .contains("\"state\":\"not_affected\"");
    assertThat(api.get("component-releases/" + releaseId + "/vex", borealis).status())
        .isEqualTo(404);
  }

  @Test
  void the_supplier_answers_a_finding_in_place_completely_and_only_its_own() {
    String findingId = findingOf(parser).getString("id");

    Answer incomplete =
        api.post("findings/" + findingId + "/vex", acme, "{\"status\":\"affected\"}");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().getString("detail")).contains("action statement");

    assertThat(
            api.post(
                    "findings/" + findingId + "/vex",
                    borealis,
                    "{\"status\":\"fixed\",\"actionStatement\":\"none\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            api.post("findings/" + findingId + "/vex", procurement, "{\"status\":\"fixed\"}")
                .status())
        .isEqualTo(403);

    Answer answered =
        api.post(
            "findings/" + findingId + "/vex",
            acme,
            "{\"status\":\"affected\",\"actionStatement\":\"Upgrade to 2.0.0\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(201);
    assertThat(answered.json().getString("source")).isEqualTo("portal");
    assertThat(answered(parser)).isTrue();
  }

  @Test
  void a_cyclonedx_vex_naming_the_package_by_purl_answers_its_finding() {
    String vex =
        """
        {"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
         "serialNumber":"urn:uuid:%s",
         "vulnerabilities":[{"id":"%s","source":{"name":"NVD"},
           "analysis":{"state":"exploitable","response":["update"],"detail":"Fixed in 2.0.0"},
           "affects":[{"ref":"pkg:maven/org.acme/%s@1.0.0"}]}]}
        """
            .formatted(UUID.randomUUID(), parserCve, parser);

    Answer uploaded =
        api.postBytes(
            "vex?release=" + releaseId,
            acme,
            "application/vnd.cyclonedx+json",
            vex.getBytes(StandardCharsets.UTF_8));

    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    assertThat(uploaded.json().getInt("findings")).isEqualTo(1);
    assertThat(findingOf(parser).getString("vex")).isEqualTo("affected");
    assertThat(findingOf(log4j).containsKey("vex")).isFalse();
  }

  @Test
  void a_vex_signed_by_an_unregistered_key_is_kept_but_answers_nothing() {
    KeyPair stranger = TestKeys.ecP256();
    String openvex =
        """
        {"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://acme.example/vex/%s",
         "author":"Acme PSIRT","timestamp":"2026-11-30T12:00:00Z","version":1,
         "statements":[{"vulnerability":{"name":"%s"},
           "products":[{"@id":"pkg:maven/org.acme/%s@1.0.0"}],
           "status":"not_affected","justification":"component_not_present"}]}
        """
            .formatted(UUID.randomUUID(), parserCve, parser);
    byte[] envelope =
        DsseSigning.bytes(
            DsseSigning.envelope(
                "application/vnd.openvex+json",
                openvex.getBytes(StandardCharsets.UTF_8),
                "SHA256withECDSA",
                stranger.getPrivate(),
                "stranger"));

    Answer uploaded = api.postBytes("vex", acme, "application/json", envelope);

    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    assertThat(uploaded.json().getJsonObject("signature").getString("status")).isEqualTo("invalid");
    assertThat(uploaded.json().getBoolean("applied")).isFalse();
    assertThat(uploaded.json().getInt("findings")).isZero();
    assertThat(answered(parser)).isFalse();
  }

  @Test
  void revoking_the_key_a_vex_was_signed_with_takes_its_answers_back() {
    KeyPair key = TestKeys.ecP256();
    Answer registered =
        api.post(
            "signing-identities",
            acme,
            "{\"label\":\"vex key\",\"publicKey\":\"%s\"}"
                .formatted(TestKeys.publicPem(key).replace("\n", "\\n")));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String openvex =
        """
        {"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://acme.example/vex/%s",
         "author":"Acme PSIRT","timestamp":"2026-11-30T12:00:00Z","version":1,
         "statements":[{"vulnerability":{"name":"%s"},
           "products":[{"@id":"pkg:maven/org.acme/%s@1.0.0"}],
           "status":"not_affected","justification":"component_not_present"}]}
        """
            .formatted(UUID.randomUUID(), parserCve, parser);
    Answer uploaded =
        api.postBytes(
            "vex",
            acme,
            "application/json",
            DsseSigning.bytes(
                DsseSigning.envelope(
                    "application/vnd.openvex+json",
                    openvex.getBytes(StandardCharsets.UTF_8),
                    "SHA256withECDSA",
                    key.getPrivate(),
                    null)));
    assertThat(uploaded.json().getJsonObject("signature").getString("status")).isEqualTo("valid");
    assertThat(findingOf(parser).getString("vex")).isEqualTo("not_affected");

    Answer revoked =
        api.post(
            "signing-identities/" + registered.json().getString("id") + "/revoke",
            acme,
            "{\"reason\":\"key leaked\"}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

    assertThat(answered(parser)).as("the revoked key's statement no longer answers").isFalse();
    JsonObject document = api.get("vex/" + uploaded.json().getString("id"), acme).json();
    assertThat(document.getJsonObject("signature").getString("status")).isEqualTo("invalid");
    assertThat(document.getJsonObject("signature").getString("reason")).contains("key leaked");
  }

  @Test
  void a_document_that_is_not_vex_is_refused_with_where_and_nothing_is_kept() {
    Answer refused =
        api.postBytes(
            "vex",
            acme,
            "application/json",
            "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[]}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getJsonArray("errors")).isNotEmpty();
  }

  // --- helpers ---

  private JsonObject findingOf(String packageName) {
    for (JsonValue item : api.get("component-releases/" + releaseId + "/findings", acme).items()) {
      if (item.asJsonObject().getString("packageName").equals(packageName)) {
        return item.asJsonObject();
      }
    }
    throw new AssertionError("no finding of " + packageName);
  }

  private boolean answered(String packageName) {
    return findingOf(packageName).containsKey("vex") && !findingOf(packageName).isNull("vex");
  }

  private String uploadProcessed() throws InterruptedException {
    String sbom =
        """
        {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":"urn:uuid:%s",
         "metadata":{"component":{"type":"firmware","bom-ref":"gw","name":"%s","version":"3.0"}},
         "components":[
           {"type":"library","bom-ref":"a","name":"%s","version":"1.0.0",
            "purl":"pkg:maven/org.acme/%s@1.0.0"},
           {"type":"library","bom-ref":"b","name":"%s","version":"1.0.0",
            "purl":"pkg:maven/org.acme/%s@1.0.0"}]}
        """
            .formatted(UUID.randomUUID(), component, log4j, log4j, parser, parser);
    Answer accepted =
        api.postBytes(
            "sboms?component=" + component + "&version=3.0",
            acme,
            "application/vnd.cyclonedx+json",
            sbom.getBytes(StandardCharsets.UTF_8));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String id = accepted.json().getString("id");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!api.get("sboms/" + id, acme).json().getString("status").equals("processed")) {
      assertThat(Instant.now()).as("processed in time").isBefore(deadline);
      Thread.sleep(300);
    }
    return id;
  }

  /** Our own OSV record: the Maven package affected in every version, a GHSA with a CVE alias. */
  private static String osv(String id, String alias, String name) {
    return """
        {"schema_version":"1.6.0","id":"%s","modified":"2026-11-01T00:00:00Z",
         "aliases":["%s"],"summary":"Test flaw in %s",
         "affected":[{"package":{"ecosystem":"Maven","name":"org.acme:%s"},
           "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}
        """
        .formatted(id, alias, name, name);
  }
}
