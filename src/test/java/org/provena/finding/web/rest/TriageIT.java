package org.provena.finding.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.Tokens;

/**
 * The security team's triage over HTTP: it assesses a supplier's finding and reads the history
 * newest first, an uncontrolled risk carries its FDA deadlines, an incomplete assessment is refused
 * with what is missing — and neither a supplier nor procurement assesses, while a supplier never
 * sees an assessment, not even of its own finding.
 */
class TriageIT extends PortalIT {

  private static final Random RANDOM = new Random();

  private String admin;
  private String security;
  private String procurement;
  private String acme;
  private String borealis;
  private String releaseId;
  private String findingId;

  @BeforeEach
  void acmeHasAFinding() throws InterruptedException {
    admin = Tokens.forUser("admin");
    security = Tokens.forUser("security");
    procurement = Tokens.forUser("procurement");
    acme = Tokens.forUser("supplier-acme");
    borealis = Tokens.forUser("supplier-borealis");
    int n = 10000 + RANDOM.nextInt(89999);
    String name = "pump-ctl-" + n;
    api.importFeed(
        "osv",
        admin,
        "application/json",
        """
        {"schema_version":"1.6.0","id":"GHSA-%s-tri-%d","modified":"2026-11-01T00:00:00Z",
         "aliases":["CVE-2026-%d"],"summary":"Test flaw in %s",
         "affected":[{"package":{"ecosystem":"Maven","name":"org.acme:%s"},
           "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}
        """
            .formatted(Integer.toString(n, 36), n, n, name, name));
    String sbomId = uploadProcessed("infusion-ctl-" + n, name);
    releaseId = api.get("sboms/" + sbomId, acme).json().getString("componentReleaseId");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    JsonArray items;
    while ((items = api.get("component-releases/" + releaseId + "/findings", acme).items())
        .isEmpty()) {
      assertThat(Instant.now()).as("finding matched in time").isBefore(deadline);
      Thread.sleep(300);
    }
    findingId = items.getJsonObject(0).getString("id");
  }

  @Test
  void the_security_team_triages_a_finding_and_reads_the_history_newest_first() {
    Answer first =
        api.post(
            assessments(),
            security,
            "{\"triageState\":\"in_triage\",\"comment\":\"Checking the HL7 path\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().getString("triageState")).isEqualTo("in_triage");
    assertThat(first.json().getString("assessedBy")).isEqualTo("security");
    assertThat(first.json().containsKey("fixDue")).isFalse();

    Answer second =
        api.post(
            assessments(),
            security,
            """
            {"triageState":"exploitable","safetyImpact":"serious","riskControl":"uncontrolled",
             "comment":"Reachable from the hospital network"}
            """);
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    JsonObject uncontrolled = second.json();
    Instant since = Instant.parse(uncontrolled.getString("uncontrolledSince"));
    assertThat(Instant.parse(uncontrolled.getString("customerNoticeDue")))
        .isEqualTo(since.plus(Duration.ofDays(30)));
    assertThat(Instant.parse(uncontrolled.getString("fixDue")))
        .isEqualTo(since.plus(Duration.ofDays(60)));

    Answer history = api.get(assessments(), security);
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    assertThat(array(history))
        .extracting(v -> v.asJsonObject().getString("triageState"))
        .containsExactly("exploitable", "in_triage");
    assertThat(array(api.get(assessments(), procurement))).hasSize(2);

    JsonObject finding = api.get("findings/" + findingId, security).json().getJsonObject("finding");
    assertThat(finding.getJsonObject("assessment").getString("riskControl"))
        .isEqualTo("uncontrolled");
    assertThat(finding.getJsonObject("assessment").getString("fixDue"))
        .isEqualTo(uncontrolled.getString("fixDue"));
  }

  @Test
  void an_incomplete_assessment_is_refused_with_what_is_missing() {
    Answer noImpact =
        api.post(
            assessments(),
            security,
            "{\"triageState\":\"exploitable\",\"riskControl\":\"controlled\"}");
    assertThat(noImpact.status()).as(noImpact.body()).isEqualTo(400);
    assertThat(noImpact.contentType()).startsWith("application/problem+json");
    assertThat(noImpact.json().getString("detail")).contains("safety impact");

    Answer unknownState = api.post(assessments(), security, "{\"triageState\":\"worrying\"}");
    assertThat(unknownState.status()).isEqualTo(400);
    assertThat(unknownState.json().getString("detail")).contains("in_triage");

    Answer noReason = api.post(assessments(), security, "{\"triageState\":\"false_positive\"}");
    assertThat(noReason.status()).isEqualTo(400);

    assertThat(array(api.get(assessments(), security))).isEmpty();
  }

  @Test
  void neither_suppliers_nor_procurement_triage_and_suppliers_never_see_assessments() {
    String triage = "{\"triageState\":\"in_triage\"}";
    assertThat(api.post(assessments(), acme, triage).status()).isEqualTo(403);
    assertThat(api.post(assessments(), borealis, triage).status()).isEqualTo(403);
    assertThat(api.post(assessments(), procurement, triage).status()).isEqualTo(403);
    assertThat(api.post(assessments(), admin, triage).status()).isEqualTo(403);
    Answer made =
        api.post(
            assessments(),
            security,
            "{\"triageState\":\"not_exploitable\",\"comment\":\"Internal: parser disabled\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);

    assertThat(api.get(assessments(), acme).status()).isEqualTo(403);
    assertThat(api.get(assessments(), borealis).status()).isEqualTo(403);
    assertThat(api.get("findings/" + findingId, borealis).status()).isEqualTo(404);
    JsonObject own = api.get("findings/" + findingId, acme).json().getJsonObject("finding");
    assertThat(own.containsKey("assessment")).isFalse();
    for (JsonValue item : api.get("component-releases/" + releaseId + "/findings", acme).items()) {
      assertThat(item.asJsonObject().containsKey("assessment")).isFalse();
    }
    assertThat(api.get("component-releases/" + releaseId + "/findings", acme).body())
        .doesNotContain("Internal: parser disabled");
    assertThat(
            api.get("findings/" + findingId, procurement)
                .json()
                .getJsonObject("finding")
                .getJsonObject("assessment")
                .getString("triageState"))
        .isEqualTo("not_exploitable");
  }

  @Test
  void an_unknown_finding_is_not_found() {
    String unknown = "findings/" + UUID.randomUUID() + "/assessments";
    assertThat(api.post(unknown, security, "{\"triageState\":\"in_triage\"}").status())
        .isEqualTo(404);
    assertThat(api.get(unknown, security).status()).isEqualTo(404);
  }

  // --- helpers ---

  private static JsonArray array(Answer answer) {
    return Json.createReader(new StringReader(answer.body())).readArray();
  }

  private String assessments() {
    return "findings/" + findingId + "/assessments";
  }

  private String uploadProcessed(String component, String name) throws InterruptedException {
    String sbom =
        """
        {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":"urn:uuid:%s",
         "metadata":{"component":{"type":"firmware","bom-ref":"ctl","name":"%s","version":"2.0"}},
         "components":[
           {"type":"library","bom-ref":"a","name":"%s","version":"1.0.0",
            "purl":"pkg:maven/org.acme/%s@1.0.0"}]}
        """
            .formatted(UUID.randomUUID(), component, name, name);
    Answer accepted =
        api.postBytes(
            "sboms?component=" + component + "&version=2.0",
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
}
