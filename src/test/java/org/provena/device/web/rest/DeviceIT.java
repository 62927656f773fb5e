package org.provena.device.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.Tokens;

/**
 * Devices over HTTP: security defines a device and a release, builds a supplier's component release
 * into it, reclassifies and removes it, and exports the release's SBOM + VDR with the component's
 * known vulnerability; suppliers are refused, unknown ids are not found.
 */
class DeviceIT extends PortalIT {

  private static final Random RANDOM = new Random();

  private String security;
  private String procurement;
  private String acme;
  private String admin;
  private int n;
  private String packageName;
  private String cve;
  private String componentReleaseId;

  @BeforeEach
  void acmeDeliversAComponentWithAFinding() throws InterruptedException {
    security = Tokens.forUser("security");
    procurement = Tokens.forUser("procurement");
    acme = Tokens.forUser("supplier-acme");
    admin = Tokens.forUser("admin");
    n = 10000 + RANDOM.nextInt(89999);
    packageName = "pump-codec-" + n;
    cve = "CVE-2026-" + n;
    api.importFeed(
        "osv",
        admin,
        "application/json",
        """
        {"schema_version":"1.6.0","id":"GHSA-%s-dev-%d","modified":"2026-11-01T00:00:00Z",
         "aliases":["%s"],"summary":"Test flaw in %s",
         "affected":[{"package":{"ecosystem":"Maven","name":"org.acme:%s"},
           "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}
        """
            .formatted(Integer.toString(n, 36), n, cve, packageName, packageName));
    String component = "pump-fw-" + n;
    String sbom =
        """
        {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":"urn:uuid:%s",
         "metadata":{"component":{"type":"firmware","bom-ref":"fw","name":"%s","version":"2.0"}},
         "components":[{"type":"library","bom-ref":"codec","name":"%s","version":"1.0.0",
           "purl":"pkg:maven/org.acme/%s@1.0.0","licenses":[{"expression":"MIT"}]}],
         "dependencies":[{"ref":"fw","dependsOn":["codec"]}]}
        """
            .formatted(UUID.randomUUID(), component, packageName, packageName);
    Answer accepted =
        api.postBytes(
            "sboms?component=" + component + "&version=2.0",
            acme,
            "application/vnd.cyclonedx+json",
            sbom.getBytes(StandardCharsets.UTF_8));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String sbomId = accepted.json().getString("id");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!api.get("sboms/" + sbomId, acme).json().getString("status").equals("processed")) {
      assertThat(Instant.now()).as("processed in time").isBefore(deadline);
      Thread.sleep(300);
    }
    componentReleaseId = api.get("sboms/" + sbomId, acme).json().getString("componentReleaseId");
    while (api.get("component-releases/" + componentReleaseId + "/findings", acme)
            .json()
            .getInt("total")
        < 1) {
      assertThat(Instant.now()).as("finding matched in time").isBefore(deadline);
      Thread.sleep(300);
    }
  }

  @Test
  void security_builds_a_device_release_and_exports_its_sbom_with_the_known_vulnerability() {
    Answer device =
        api.post(
            "devices",
            security,
            "{\"name\":\"Infusion Pump IT-%d\",\"modelNumber\":\"IT-%d\"}".formatted(n, n));
    assertThat(device.status()).as(device.body()).isEqualTo(201);
    assertThat(device.raw().headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("devices/" + device.json().getString("id")));
    String deviceId = device.json().getString("id");

    Answer release =
        api.post(
            "devices/" + deviceId + "/releases",
            procurement,
            "{\"version\":\"1.0\",\"releasedOn\":\"2026-01-15\","
                + "\"plannedEndOfSupport\":\"2036-12-31\"}");
    assertThat(release.status()).as(release.body()).isEqualTo(201);
    String releaseId = release.json().getString("id");
    String components = "devices/" + deviceId + "/releases/" + releaseId + "/components";

    Answer included =
        api.post(
            components,
            security,
            "{\"componentReleaseId\":\"%s\",\"criticality\":\"CLASS_C\",\"exposure\":\"NETWORKED\"}"
                .formatted(componentReleaseId));
    assertThat(included.status()).as(included.body()).isEqualTo(201);
    assertThat(included.json().getString("criticality")).isEqualTo("CLASS_C");

    Answer twice =
        api.post(
            components,
            security,
            "{\"componentReleaseId\":\"%s\",\"criticality\":\"CLASS_A\",\"exposure\":\"NONE\"}"
                .formatted(componentReleaseId));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.contentType()).startsWith("application/problem+json");
    assertThat(twice.json().getString("detail")).contains("already in this device");

    Answer reclassified =
        api.put(
            components + "/" + componentReleaseId,
            security,
            "{\"criticality\":\"CLASS_B\",\"exposure\":\"LOCAL_ONLY\"}");
    assertThat(reclassified.status()).as(reclassified.body()).isEqualTo(200);
    assertThat(reclassified.json().getString("exposure")).isEqualTo("LOCAL_ONLY");

    Answer exported = api.get("device-releases/" + releaseId + "/sbom", security);
    assertThat(exported.status()).as(exported.body()).isEqualTo(200);
    assertThat(exported.contentType()).startsWith("application/vnd.cyclonedx+json");
    assertThat(exported.raw().headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains(".cdx.json"));
    byte[] bytes = exported.body().getBytes(StandardCharsets.UTF_8);
    try {
      assertThat(new JsonParser().validate(bytes, Version.VERSION_16)).isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    JsonObject bom = Json.createReader(new StringReader(exported.body())).readObject();
    assertThat(bom.getJsonObject("metadata").getJsonObject("component").getString("name"))
        .isEqualTo("Infusion Pump IT-" + n);
    JsonObject part = bom.getJsonArray("components").getJsonObject(0);
    assertThat(part.getString("bom-ref")).isEqualTo("component-release-" + componentReleaseId);
    assertThat(part.toString()).contains("provena:criticality").contains("CLASS_B");
    assertThat(part.getJsonArray("components").toString()).contains(packageName);
    JsonArray vulnerabilities = bom.getJsonArray("vulnerabilities");
    assertThat(vulnerabilities.stream().map(JsonValue::toString)).anyMatch(v -> v.contains(cve));

    Answer removed = api.delete(components + "/" + componentReleaseId, security);
    assertThat(removed.status()).isEqualTo(204);
    assertThat(
            api.get("devices/" + deviceId + "/releases/" + releaseId, security)
                .json()
                .getJsonArray("components"))
        .isEmpty();
  }

  @Test
  void suppliers_may_not_see_or_change_devices() {
    String deviceId =
        api.post("devices", security, "{\"name\":\"Monitor IT-%d\"}".formatted(n))
            .json()
            .getString("id");

    assertThat(api.get("devices", acme).status()).isEqualTo(403);
    assertThat(api.get("devices/" + deviceId, acme).status()).isEqualTo(403);
    assertThat(api.post("devices", acme, "{\"name\":\"Acme's own device " + n + "\"}").status())
        .isEqualTo(403);
    assertThat(
            api.post("devices/" + deviceId + "/releases", acme, "{\"version\":\"9.9\"}").status())
        .isEqualTo(403);
    assertThat(api.get("device-releases/" + UUID.randomUUID() + "/sbom", acme).status())
        .isEqualTo(403);
  }

  @Test
  void unknown_ids_are_not_found_and_bad_input_is_a_problem() {
    assertThat(api.get("devices/" + UUID.randomUUID(), security).status()).isEqualTo(404);
    assertThat(api.get("device-releases/" + UUID.randomUUID() + "/sbom", security).status())
        .isEqualTo(404);
    String deviceId =
        api.post("devices", security, "{\"name\":\"Ventilator IT-%d\"}".formatted(n))
            .json()
            .getString("id");
    String releaseId =
        api.post("devices/" + deviceId + "/releases", security, "{\"version\":\"1.0\"}")
            .json()
            .getString("id");
    String components = "devices/" + deviceId + "/releases/" + releaseId + "/components";

    assertThat(
            api.post(
                    components,
                    security,
                    "{\"componentReleaseId\":\"%s\",\"criticality\":\"CLASS_A\",\"exposure\":\"NONE\"}"
                        .formatted(UUID.randomUUID()))
                .status())
        .isEqualTo(404);
    Answer badClass =
        api.post(
            components,
            security,
            "{\"componentReleaseId\":\"%s\",\"criticality\":\"CLASS_D\",\"exposure\":\"NONE\"}"
                .formatted(componentReleaseId));
    assertThat(badClass.status()).isEqualTo(400);
    assertThat(badClass.json().getString("detail")).contains("CLASS_A, CLASS_B or CLASS_C");
    assertThat(api.post("devices", security, "{\"name\":\" \"}").status()).isEqualTo(400);
    assertThat(
            api.post("devices", security, "{\"name\":\"Ventilator IT-%d\"}".formatted(n)).status())
        .as("device names are unique")
        .isEqualTo(400);
    assertThat(api.delete(components + "/" + componentReleaseId, security).status()).isEqualTo(404);
  }

  // --- helpers ---
}
