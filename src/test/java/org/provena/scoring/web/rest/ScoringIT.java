package org.provena.scoring.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.Tokens;

/**
 * Scores on the real server move when the evidence moves: a KEV finding caps a release until the
 * supplier's VEX answer removes it; a new SBOM without the vulnerable package raises the release;
 * an expired certificate becomes an open item; a device release rolls up its components for the
 * manufacturer only. Scores are computed in the background, so each step waits for the change.
 */
class ScoringIT extends PortalIT {

  private static final Random RANDOM = new Random();
  private static final Duration PATIENCE = Duration.ofSeconds(45);

  private String admin;
  private String acme;
  private String borealis;
  private String procurement;
  private String security;
  private int n;

  @BeforeEach
  void tokens() {
    admin = Tokens.forUser("admin");
    acme = Tokens.forUser("supplier-acme");
    borealis = Tokens.forUser("supplier-borealis");
    procurement = Tokens.forUser("procurement");
    security = Tokens.forUser("security");
    n = 10000 + RANDOM.nextInt(89999);
  }

  @Test
  void a_kev_finding_is_critical_until_the_suppliers_vex_answer_removes_it() throws Exception {
    String pkg = "telemetry-codec-" + n;
    String cve = "CVE-2026-" + n;
    api.importFeed(
        "osv",
        admin,
        "application/json",
        osv("GHSA-" + Integer.toString(n, 36) + "-sco", cve, pkg));
    api.importFeed("kev", admin, "application/json", kev(cve, pkg));
    String release = releaseOf(uploadProcessed("monitor-fw-" + n, "1.0", pkg));

    JsonObject before = awaitScore(release, s -> mentions(s, cve, "critical"));
    assertThat(before.getString("grade"))
        .as("an unanswered KEV finding caps the grade")
        .isIn("D", "E", "F");
    assertThat(api.get("component-releases/" + release + "/score", procurement).status())
        .isEqualTo(200);
    assertThat(api.get("component-releases/" + release + "/score", borealis).status())
        .as("another supplier's score does not exist for borealis")
        .isEqualTo(404);

    String finding =
        api.get("component-releases/" + release + "/findings", acme)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Answer answered =
        api.post(
            "findings/" + finding + "/vex",
            acme,
            """
            {"status":"not_affected","justification":"vulnerable_code_not_in_execute_path",
             "impactStatement":"The codec is only used for local logs."}""");
    assertThat(answered.status()).as(answered.body()).isIn(200, 201);

    JsonObject after = awaitScore(release, s -> !mentions(s, cve, null));
    assertThat(after.getInt("score")).isGreaterThan(before.getInt("score"));
    assertThat(after.getJsonArray("history").size())
        .as("the earlier score is kept as history")
        .isGreaterThanOrEqualTo(2);
    String supplierId = supplierOf(release);
    JsonObject supplier = api.get("suppliers/" + supplierId + "/score", acme).json();
    assertThat(supplier.getString("grade")).isNotBlank();
    assertThat(supplier.getJsonArray("factors")).isNotEmpty();
    assertThat(api.get("suppliers/" + supplierId + "/score", borealis).status()).isEqualTo(404);
  }

  @Test
  void a_new_sbom_without_the_vulnerable_package_raises_the_release_score() throws Exception {
    String pkg = "gateway-parser-" + n;
    String cve = "CVE-2026-" + (n + 1);
    api.importFeed(
        "osv",
        admin,
        "application/json",
        osv("GHSA-" + Integer.toString(n, 36) + "-sbo", cve, pkg));
    String component = "gateway-fw-" + n;
    String release = releaseOf(uploadProcessed(component, "2.0", pkg));
    JsonObject before = awaitScore(release, s -> mentions(s, cve, null));

    uploadProcessed(component, "2.0", "harmless-lib-" + n);

    JsonObject after = awaitScore(release, s -> !mentions(s, cve, null));
    assertThat(after.getInt("score")).isGreaterThan(before.getInt("score"));
  }

  @Test
  void an_expired_certificate_becomes_an_open_item_of_its_release() throws Exception {
    String release = releaseOf(uploadProcessed("infusion-ctl-" + n, "3.0", "plain-lib-" + n));
    awaitScore(release, s -> true);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    Answer filed =
        api.post(
            "attestations/certificates",
            acme,
            """
            {"kind":"iec_62443_4_1_certificate","componentReleaseId":"%s","issuer":"Test Lab",
             "scope":"secure development","reference":"SDL-%d","validFrom":"%s",
             "validUntil":"%s","pdf":"%s"}"""
                .formatted(release, n, today.minusYears(3), today.minusDays(1), pdf()));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(filed.json().getJsonObject("verification").getString("status")).isEqualTo("expired");

    JsonObject after = awaitScore(release, s -> mentions(s, "expired", null));
    assertThat(after.getJsonArray("openItems").toString().toLowerCase(Locale.ROOT))
        .contains("expired");
  }

  @Test
  void a_device_release_rolls_up_its_components_for_the_manufacturer_only() throws Exception {
    String release = releaseOf(uploadProcessed("ventilator-fw-" + n, "4.0", "plain-lib-" + n));
    awaitScore(release, s -> true);
    Answer device =
        api.post(
            "devices",
            security,
            "{\"name\":\"Ventilator V-%d\",\"modelNumber\":\"V-%d\"}".formatted(n, n));
    assertThat(device.status()).as(device.body()).isEqualTo(201);
    String deviceId = device.json().getString("id");
    Answer deviceRelease =
        api.post(
            "devices/" + deviceId + "/releases",
            security,
            "{\"version\":\"1.0\",\"plannedEndOfSupport\":\"2036-12-31\"}");
    assertThat(deviceRelease.status()).as(deviceRelease.body()).isEqualTo(201);
    String deviceReleaseId = deviceRelease.json().getString("id");
    Answer included =
        api.post(
            "devices/" + deviceId + "/releases/" + deviceReleaseId + "/components",
            security,
            "{\"componentReleaseId\":\"%s\",\"criticality\":\"CLASS_C\",\"exposure\":\"NETWORKED\"}"
                .formatted(release));
    assertThat(included.status()).as(included.body()).isEqualTo(201);

    JsonObject risk = awaitRisk(deviceReleaseId);
    assertThat(risk.getString("grade")).isNotBlank();
    assertThat(risk.getJsonArray("factors")).isNotEmpty();
    assertThat(risk.getJsonArray("components").getValuesAs(JsonObject.class))
        .anySatisfy(
            c -> {
              assertThat(c.getString("componentReleaseId")).isEqualTo(release);
              assertThat(c.getString("criticality")).isEqualTo("CLASS_C");
              assertThat(c.getString("grade")).isNotBlank();
            });
    assertThat(api.get("device-releases/" + deviceReleaseId + "/risk", acme).status())
        .as("devices are the manufacturer's")
        .isEqualTo(403);
    assertThat(api.get("device-releases/" + UUID.randomUUID() + "/risk", security).status())
        .isEqualTo(404);
    assertThat(api.get("devices", security).body()).contains(deviceReleaseId);
  }

  private JsonObject awaitScore(String release, Predicate<JsonObject> wanted)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      Answer score = api.get("component-releases/" + release + "/score", acme);
      if (score.status() == 200 && wanted.test(score.json())) {
        return score.json();
      }
      assertThat(Instant.now())
          .as("the release's score moved in time; last: " + score.body())
          .isBefore(deadline);
      Thread.sleep(300);
    }
  }

  private JsonObject awaitRisk(String deviceRelease) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      Answer risk = api.get("device-releases/" + deviceRelease + "/risk", security);
      if (risk.status() == 200 && risk.json().get("grade") != null) {
        return risk.json();
      }
      assertThat(Instant.now())
          .as("the device release was scored in time; last: " + risk.body())
          .isBefore(deadline);
      Thread.sleep(300);
    }
  }

  /**
   * Whether the score's explanation names {@code text}: an open item of {@code severity} when one
   * is given, else any factor or open item.
   */
  private static boolean mentions(JsonObject score, String text, String severity) {
    if (severity == null
        && score
            .getJsonArray("factors")
            .toString()
            .toLowerCase(Locale.ROOT)
            .contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return score.getJsonArray("openItems").getValuesAs(JsonObject.class).stream()
        .anyMatch(
            i ->
                i.getString("message")
                        .toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT))
                    && (severity == null || severity.equals(i.getString("severity"))));
  }

  private String supplierOf(String release) {
    return api.get("component-releases/" + release, acme).json().getString("supplierId");
  }

  private String releaseOf(String sbomId) {
    return api.get("sboms/" + sbomId, acme).json().getString("componentReleaseId");
  }

  private String uploadProcessed(String component, String version, String pkg)
      throws InterruptedException {
    String sbom =
        """
        {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":"urn:uuid:%s",
         "metadata":{"timestamp":"2026-11-30T10:00:00Z",
           "component":{"type":"firmware","bom-ref":"fw","name":"%s","version":"%s"}},
         "components":[
           {"type":"library","bom-ref":"a","name":"%s","version":"1.0.0",
            "purl":"pkg:maven/org.acme/%s@1.0.0"}],
         "dependencies":[{"ref":"fw","dependsOn":["a"]}]}
        """
            .formatted(UUID.randomUUID(), component, version, pkg, pkg);
    Answer accepted =
        api.postBytes(
            "sboms?component=" + component + "&version=" + version,
            acme,
            "application/vnd.cyclonedx+json",
            sbom.getBytes(StandardCharsets.UTF_8));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String id = accepted.json().getString("id");
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!api.get("sboms/" + id, acme).json().getString("status").equals("processed")) {
      assertThat(Instant.now()).as("processed in time").isBefore(deadline);
      Thread.sleep(300);
    }
    return id;
  }

  private static String osv(String id, String alias, String name) {
    return """
        {"schema_version":"1.6.0","id":"%s","modified":"2026-11-01T00:00:00Z",
         "aliases":["%s"],"summary":"Test flaw in %s",
         "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
         "affected":[{"package":{"ecosystem":"Maven","name":"org.acme:%s"},
           "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}
        """
        .formatted(id, alias, name, name);
  }

  private static String kev(String cve, String product) {
    return """
        {"title": "CISA Catalog of Known Exploited Vulnerabilities", "catalogVersion": "2026.11.30",
         "dateReleased": "2026-11-30T12:00:00.000Z", "count": 1,
         "vulnerabilities": [{"cveID": "%s", "vendorProject": "Example", "product": "%s",
           "vulnerabilityName": "Example overflow", "dateAdded": "2026-11-20",
           "shortDescription": "Overflow.", "requiredAction": "Apply updates.",
           "dueDate": "2026-12-11", "knownRansomwareCampaignUse": "Unknown", "notes": "",
           "cwes": ["CWE-122"]}]}
        """
        .formatted(cve, product);
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
