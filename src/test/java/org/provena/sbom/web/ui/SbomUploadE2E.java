package org.provena.sbom.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.provena.testing.Browser;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;

/**
 * A supplier uploads an SBOM in the portal: drops it on the release's upload, sees it processed,
 * opens it and finds the quality report and the packages; an invalid document is refused with the
 * reason on screen.
 */
class SbomUploadE2E {

  private static final Path BUILD = Path.of(System.getProperty("provena.build.dir", "target"));
  private static PortalServer portal;

  @BeforeAll
  static void start() throws Exception {
    KeycloakServer.ensureRunningForTests();
    Map<String, String> config = new HashMap<>(PortalServer.h2Memory("provena-upload-e2e"));
    config.put("provena.demo-data", "true");
    config.put("provena.sbom.poll-seconds", "1");
    config.put("provena.blob-dir", BUILD.resolve("e2e-upload-blobs").toAbsolutePath().toString());
    portal =
        PortalServer.start(
            Path.of(System.getProperty("provena.payara-micro")),
            Path.of(System.getProperty("provena.war")),
            18080,
            config,
            BUILD,
            BUILD.resolve("portal-upload-e2e.log"));
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  private static Path sbomFile(String json) throws Exception {
    Path file = Files.createTempFile(BUILD, "bom-", ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  /** Release 3.0.9: the demo data gives 3.1.4 an SBOM of its own. */
  private static void openReleaseSboms(Browser browser) {
    browser.open(portal.baseUrl() + "/components");
    browser.logInThroughKeycloak("supplier-acme", "supplier-acme");
    browser.awaitPageText("acme-tls");
    browser.click(By.xpath("//vaadin-grid-cell-content[text()='acme-tls']"));
    browser.click(By.id("sboms-3.0.9"));
    browser.awaitText("view-title", "acme-tls 3.0.9");
  }

  @Test
  void a_supplier_uploads_an_sbom_and_reads_its_quality_and_packages() throws Exception {
    Path bom =
        sbomFile(
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "serialNumber": "urn:uuid:%s",
             "metadata": {"timestamp": "2026-11-01T10:00:00Z",
               "component": {"type": "library", "bom-ref": "acme-tls", "name": "acme-tls",
                 "version": "3.1.4"}},
             "components": [
               {"type": "library", "bom-ref": "mbedtls", "name": "mbedtls", "version": "3.6.2",
                "purl": "pkg:github/Mbed-TLS/mbedtls@v3.6.2",
                "licenses": [{"expression": "Apache-2.0"}]}],
             "dependencies": [{"ref": "acme-tls", "dependsOn": ["mbedtls"]}]}"""
                .formatted(UUID.randomUUID()));
    try (Browser browser = new Browser()) {
      openReleaseSboms(browser);

      browser.uploadFile("sbom-upload", bom);
      browser.awaitPageText("processed");
      browser.screenshot(BUILD.resolve("screenshots/sbom-uploads.png"));
      browser.click(By.linkText("Details"));
      browser.awaitText("view-title", "CycloneDX JSON 1.6");
      browser.awaitPageText("NTIA 2021 minimum elements");
      browser.awaitPageText("mbedtls");
      browser.screenshot(BUILD.resolve("screenshots/sbom-detail.png"));

      assertThat(browser.text("sbom-status")).isEqualTo("processed");
      // The dependency tree's root is the release itself; mbedtls hangs below it.
      browser.awaitPageText("acme-tls 3.1.4");
      assertThat(browser.gridText()).contains("pkg:github/mbed-tls/mbedtls@v3.6.2", "Apache-2.0");
    }
  }

  @Test
  void an_invalid_sbom_is_refused_with_the_reason_on_screen() throws Exception {
    Path bom =
        sbomFile(
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [{"type": "not-a-type", "name": "x"}]}""");
    try (Browser browser = new Browser()) {
      openReleaseSboms(browser);

      browser.uploadFile("sbom-upload", bom);

      browser.awaitPageText("was rejected");
      browser.awaitPageText("$.components[0].type");
    }
  }
}
