package org.provena.device.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.provena.component.application.ReleaseDetails;
import org.provena.component.domain.ComponentType;
import org.provena.component.domain.LevelOfSupport;
import org.provena.device.application.DeviceBom;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;
import org.provena.finding.application.FindingAnalysis;
import org.provena.finding.application.FindingAnalysis.ManufacturerAssessment;
import org.provena.finding.application.FindingAnalysis.SupplierAnswer;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;
import org.provena.sbom.application.PackageView;
import org.provena.sbom.application.ReleaseInventory;

/**
 * The device release SBOM + VDR a regulator receives: valid CycloneDX 1.6, the device as the
 * subject, every component release with its support data, their packages, the dependency graph and
 * each known vulnerability with the supplier's and the manufacturer's analysis.
 */
class CycloneDxDeviceSbomWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHA256 =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final UUID firmwareRelease = UUID.randomUUID();
  private final UUID tlsRelease = UUID.randomUUID();
  private final UUID primary = UUID.randomUUID();
  private final UUID zlib = UUID.randomUUID();
  private final UUID mbedtls = UUID.randomUUID();
  private final UUID openssl = UUID.randomUUID();

  @Test
  void the_export_is_valid_cyclonedx_1_6() throws Exception {
    byte[] document = write(bom());

    assertThat(new JsonParser().validate(document, Version.VERSION_16)).isEmpty();
  }

  @Test
  void the_device_release_is_the_subject_and_the_manufacturer_its_supplier() throws Exception {
    JsonNode metadata = JSON.readTree(write(bom())).get("metadata");

    assertThat(metadata.at("/component/type").asText()).isEqualTo("device");
    assertThat(metadata.at("/component/name").asText()).isEqualTo("Infusion Pump IP-3000");
    assertThat(metadata.at("/component/version").asText()).isEqualTo("4.2");
    assertThat(metadata.at("/supplier/name").asText()).isEqualTo("Acme Medical");
    assertThat(metadata.at("/lifecycles/0/phase").asText()).isEqualTo("post-build");
    assertThat(metadata.at("/tools/components/0/name").asText()).isEqualTo("Provena");
    assertThat(property(metadata.get("component"), "provena:plannedEndOfSupport"))
        .isEqualTo("2035-12-31");
  }

  @Test
  void each_component_release_carries_supplier_class_exposure_and_support() throws Exception {
    JsonNode firmware =
        component(JSON.readTree(write(bom())), "component-release-" + firmwareRelease);

    assertThat(firmware.get("type").asText()).isEqualTo("firmware");
    assertThat(firmware.at("/supplier/name").asText()).isEqualTo("Borealis Embedded");
    assertThat(firmware.get("version").asText()).isEqualTo("7.1.0");
    assertThat(firmware.at("/hashes/0/alg").asText()).isEqualTo("SHA-256");
    assertThat(property(firmware, "provena:criticality")).isEqualTo("CLASS_C");
    assertThat(property(firmware, "provena:exposure")).isEqualTo("NETWORKED");
    assertThat(property(firmware, "provena:levelOfSupport")).isEqualTo("ACTIVELY_MAINTAINED");
    assertThat(property(firmware, "provena:endOfSupport")).isEqualTo("2030-06-30");
  }

  @Test
  void packages_are_nested_in_their_component_release_without_the_release_itself()
      throws Exception {
    JsonNode firmware =
        component(JSON.readTree(write(bom())), "component-release-" + firmwareRelease);

    List<String> names = new ArrayList<>();
    firmware.get("components").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).containsExactly("mbedtls", "zlib");
    JsonNode zlibNode = firmware.get("components").get(1);
    assertThat(zlibNode.get("purl").asText()).isEqualTo("pkg:generic/zlib@1.3.1");
    assertThat(zlibNode.at("/licenses/0/expression").asText()).isEqualTo("Zlib");
    assertThat(zlibNode.at("/hashes/0/content").asText()).isEqualTo(SHA256);
  }

  @Test
  void dependencies_run_from_the_device_through_its_releases_to_their_packages() throws Exception {
    JsonNode root = JSON.readTree(write(bom()));

    assertThat(dependsOn(root, "device-release-" + bom().deviceReleaseId()))
        .containsExactly("component-release-" + firmwareRelease, "component-release-" + tlsRelease);
    assertThat(dependsOn(root, "component-release-" + firmwareRelease))
        .containsExactly("package-" + mbedtls);
    assertThat(dependsOn(root, "package-" + mbedtls)).containsExactly("package-" + zlib);
    assertThat(dependsOn(root, "component-release-" + tlsRelease))
        .containsExactly("package-" + openssl);
  }

  @Test
  void a_vulnerability_carries_ratings_the_supplier_answer_and_the_manufacturer_assessment()
      throws Exception {
    JsonNode vulnerability = JSON.readTree(write(bom())).get("vulnerabilities").get(0);

    assertThat(vulnerability.get("id").asText()).isEqualTo("CVE-2026-1234");
    assertThat(vulnerability.at("/source/name").asText()).isEqualTo("NVD");
    assertThat(vulnerability.at("/references/0/id").asText()).isEqualTo("GHSA-abcd-efgh-ijkl");
    assertThat(vulnerability.at("/ratings/0/method").asText()).isEqualTo("CVSSv4");
    assertThat(vulnerability.at("/ratings/0/severity").asText()).isEqualTo("critical");
    assertThat(vulnerability.at("/ratings/1/method").asText()).isEqualTo("CVSSv31");
    assertThat(vulnerability.at("/ratings/1/vector").asText()).startsWith("CVSS:3.1/");
    assertThat(vulnerability.at("/ratings/2/source/name").asText()).isEqualTo("FIRST EPSS");
    assertThat(vulnerability.at("/affects/0/ref").asText()).isEqualTo("package-" + zlib);
    JsonNode analysis = vulnerability.get("analysis");
    assertThat(analysis.get("state").asText()).isEqualTo("not_affected");
    assertThat(analysis.get("justification").asText()).isEqualTo("code_not_reachable");
    assertThat(analysis.get("detail").asText())
        .contains("inflate is never called")
        .contains("Manufacturer assessment 2026-11-20 (alice): not exploitable")
        .contains("safety impact negligible");
    assertThat(property(vulnerability, "provena:assessment:riskControl")).isEqualTo("CONTROLLED");
    assertThat(property(vulnerability, "provena:kev:dateAdded")).isEqualTo("2026-10-01");
  }

  @Test
  void an_affected_answer_gives_its_responses_and_an_unanswered_finding_no_analysis()
      throws Exception {
    JsonNode vulnerabilities = JSON.readTree(write(bom())).get("vulnerabilities");

    JsonNode affected = vulnerabilities.get(1);
    assertThat(affected.at("/analysis/state").asText()).isEqualTo("exploitable");
    assertThat(affected.at("/analysis/response/0").asText()).isEqualTo("update");
    assertThat(affected.at("/analysis/detail").asText()).isEqualTo("Upgrade to 3.0.15");
    assertThat(vulnerabilities.get(2).has("analysis")).isFalse();
  }

  @Test
  void a_release_without_a_processed_sbom_is_listed_without_packages() throws Exception {
    DeviceBom withoutSbom =
        new DeviceBom(
            bom().serialNumber(),
            bom().timestamp(),
            "Acme Medical",
            UUID.randomUUID(),
            "Monitor",
            null,
            null,
            "1.0",
            null,
            null,
            List.of(part(release(firmwareRelease, "rtos", List.of()), null, null)),
            List.of());

    byte[] document = write(withoutSbom);

    assertThat(new JsonParser().validate(document, Version.VERSION_16)).isEmpty();
    JsonNode rtos = JSON.readTree(document).get("components").get(0);
    assertThat(rtos.has("components")).isFalse();
    assertThat(rtos.get("type").asText()).isEqualTo("application");
    assertThat(property(rtos, "provena:sbom")).isEqualTo("none processed");
  }

  // --- fixtures ---

  private DeviceBom bom() {
    ReleaseInventory firmwareSbom =
        new ReleaseInventory(
            firmwareRelease,
            UUID.randomUUID(),
            primary,
            List.of(
                pkg(primary, "firmware", "borealis-fw", "7.1.0", null, null, List.of(mbedtls)),
                pkg(
                    mbedtls,
                    "library",
                    "mbedtls",
                    "3.6.0",
                    "pkg:generic/mbedtls@3.6.0",
                    "Apache-2.0",
                    List.of(zlib, primary)),
                pkg(
                    zlib,
                    "library",
                    "zlib",
                    "1.3.1",
                    "pkg:generic/zlib@1.3.1",
                    "Zlib",
                    List.of())));
    ReleaseInventory tlsSbom =
        new ReleaseInventory(
            tlsRelease,
            UUID.randomUUID(),
            null,
            List.of(
                pkg(
                    openssl,
                    "LIBRARY",
                    "openssl",
                    "3.0.13",
                    "pkg:generic/openssl@3.0.13",
                    "NOASSERTION",
                    List.of())));
    DeviceBom.Part firmware =
        part(
            release(firmwareRelease, "borealis-fw", List.of("SHA256:" + SHA256, "SHA1:abc")),
            ComponentType.FIRMWARE,
            firmwareSbom);
    DeviceBom.Part tls =
        new DeviceBom.Part(
            release(tlsRelease, "tls-stack", List.of()),
            ComponentType.LIBRARY,
            "Acme TLS",
            Criticality.CLASS_B,
            Exposure.LOCAL_ONLY,
            tlsSbom);
    FindingAnalysis notAffected =
        new FindingAnalysis(
            UUID.randomUUID(),
            firmwareRelease,
            zlib,
            "CVE-2026-1234",
            List.of("CVE-2026-1234", "GHSA-abcd-efgh-ijkl"),
            "Heap overflow in inflate",
            Instant.parse("2026-09-01T00:00:00Z"),
            "CRITICAL",
            new BigDecimal("9.3"),
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
            new BigDecimal("9.8"),
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            0.42,
            0.97,
            LocalDate.parse("2026-10-01"),
            LocalDate.parse("2026-10-22"),
            Instant.parse("2026-10-02T08:00:00Z"),
            new SupplierAnswer(
                VexStatus.NOT_AFFECTED,
                VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
                null,
                "inflate is never called on untrusted data",
                null,
                Instant.parse("2026-10-05T10:00:00Z")),
            new ManufacturerAssessment(
                TriageState.NOT_EXPLOITABLE,
                SafetyImpact.NEGLIGIBLE,
                RiskControl.CONTROLLED,
                "Agreed after code review",
                "alice",
                Instant.parse("2026-11-20T09:00:00Z")));
    FindingAnalysis affected =
        finding(
            openssl,
            tlsRelease,
            "GHSA-1111-2222-3333",
            new SupplierAnswer(
                VexStatus.AFFECTED, null, null, null, "update: Upgrade to 3.0.15", null));
    FindingAnalysis unanswered = finding(mbedtls, firmwareRelease, "OSV-2026-77", null);
    return new DeviceBom(
        "urn:uuid:" + UUID.randomUUID(),
        Instant.parse("2026-11-30T12:00:00Z"),
        "Acme Medical",
        UUID.fromString("00000000-0000-0000-0000-000000000042"),
        "Infusion Pump IP-3000",
        "IP-3000",
        "Volumetric infusion pump",
        "4.2",
        LocalDate.parse("2025-03-01"),
        LocalDate.parse("2035-12-31"),
        List.of(firmware, tls),
        List.of(notAffected, affected, unanswered));
  }

  private static FindingAnalysis finding(
      UUID packageId, UUID release, String id, SupplierAnswer answer) {
    return new FindingAnalysis(
        UUID.randomUUID(),
        release,
        packageId,
        id,
        List.of(),
        null,
        null,
        "HIGH",
        null,
        null,
        new BigDecimal("7.5"),
        null,
        null,
        null,
        null,
        null,
        null,
        answer,
        null);
  }

  private static DeviceBom.Part part(
      ReleaseDetails release, ComponentType type, ReleaseInventory inventory) {
    return new DeviceBom.Part(
        release, type, "Borealis Embedded", Criticality.CLASS_C, Exposure.NETWORKED, inventory);
  }

  private static ReleaseDetails release(UUID id, String name, List<String> hashes) {
    return new ReleaseDetails(
        id,
        UUID.randomUUID(),
        name,
        UUID.randomUUID(),
        "7.1.0",
        null,
        null,
        LevelOfSupport.ACTIVELY_MAINTAINED,
        LocalDate.parse("2030-06-30"),
        null,
        hashes);
  }

  private static PackageView pkg(
      UUID id,
      String type,
      String name,
      String version,
      String purl,
      String licence,
      List<UUID> dependsOn) {
    return new PackageView(
        id,
        null,
        type,
        null,
        name,
        version,
        purl,
        null,
        licence,
        null,
        List.of("SHA256:" + SHA256),
        dependsOn);
  }

  private static byte[] write(DeviceBom bom) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CycloneDxDeviceSbomWriter().write(bom, out);
    return out.toByteArray();
  }

  private static JsonNode component(JsonNode root, String ref) {
    for (JsonNode c : root.get("components")) {
      if (c.get("bom-ref").asText().equals(ref)) {
        return c;
      }
    }
    throw new AssertionError("no component " + ref);
  }

  private static List<String> dependsOn(JsonNode root, String ref) {
    for (JsonNode d : root.get("dependencies")) {
      if (d.get("ref").asText().equals(ref)) {
        List<String> refs = new ArrayList<>();
        d.get("dependsOn").forEach(r -> refs.add(r.asText()));
        return refs;
      }
    }
    throw new AssertionError("no dependency entry for " + ref);
  }

  private static String property(JsonNode node, String name) {
    for (JsonNode p : node.path("properties")) {
      if (p.get("name").asText().equals(name)) {
        return p.get("value").asText();
      }
    }
    return null;
  }
}
