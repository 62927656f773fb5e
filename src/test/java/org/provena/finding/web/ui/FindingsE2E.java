package org.provena.finding.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.provena.testing.Browser;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;

/**
 * The vulnerability views in a real browser, on the demo data (its advisories, KEV entries and two
 * SBOMs with vulnerable packages): the security team finds Log4Shell's releases and devices with
 * where-used and opens the vulnerability; a supplier reads its SBOM's findings, most urgent first;
 * the admin sees the feed imports.
 */
class FindingsE2E {

  private static final Path BUILD = Path.of(System.getProperty("provena.build.dir", "target"));
  private static PortalServer portal;

  @BeforeAll
  static void start() throws Exception {
    KeycloakServer.ensureRunningForTests();
    Map<String, String> config = new HashMap<>(PortalServer.h2Memory("provena-findings-e2e"));
    config.put("provena.demo-data", "true");
    config.put("provena.sbom.poll-seconds", "1");
    config.put("provena.blob-dir", BUILD.resolve("e2e-findings-blobs").toAbsolutePath().toString());
    portal =
        PortalServer.start(
            Path.of(System.getProperty("provena.payara-micro")),
            Path.of(System.getProperty("provena.war")),
            18080,
            config,
            BUILD,
            BUILD.resolve("portal-findings-e2e.log"));
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  /** The demo SBOMs are processed in the background after start-up: reload until they are. */
  private static void openUntil(Browser browser, String url, String text)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      browser.open(url);
      try {
        browser.awaitPageText(text);
        return;
      } catch (RuntimeException notYet) {
        assertThat(Instant.now()).as(text + " on " + url).isBefore(deadline);
        Thread.sleep(1000);
      }
    }
  }

  @Test
  void security_finds_where_log4shell_is_and_opens_it() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/where-used");
      browser.logInThroughKeycloak("security", "security");
      browser.awaitText("view-title", "Where used");
      openUntil(browser, portal.baseUrl() + "/where-used?cve=CVE-2021-44228", "acme-tls 3.1.4");
      browser.awaitPageText("Infusion Pump IP-3000");
      assertThat(browser.text("where-used-summary"))
          .contains("1 component release", "1 device release");
      browser.screenshot(BUILD.resolve("screenshots/where-used.png"));

      browser.click(By.linkText("acme-tls 3.1.4"));
      browser.awaitText("view-title", "Findings of acme-tls 3.1.4");
      browser.awaitPageText("CVE-2021-44228");
      String grid = browser.gridText();
      assertThat(grid).contains("KEV", "log4j-core 2.14.1", "2.15.0", "CVE-2022-42889");
      assertThat(grid.indexOf("CVE-2021-44228"))
          .as("known exploited and critical first")
          .isLessThan(grid.indexOf("CVE-2022-42889"));
      browser.screenshot(BUILD.resolve("screenshots/release-findings.png"));

      browser.open(portal.baseUrl() + "/vulnerabilities/GHSA-jfh8-c2jp-5v3q");
      browser.awaitText("view-title", "CVE-2021-44228");
      assertThat(browser.text("vulnerability-aliases")).contains("GHSA-jfh8-c2jp-5v3q");
      assertThat(browser.text("vulnerability-ratings"))
          .contains("CVSS v3 10.0", "KEV since 2021-12-10");
      browser.awaitPageText("Infusion Pump IP-3000");
      browser.screenshot(BUILD.resolve("screenshots/vulnerability.png"));
    }
  }

  @Test
  void a_supplier_reads_its_sboms_findings_and_filters_them() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/components");
      browser.logInThroughKeycloak("supplier-borealis", "supplier-borealis");
      browser.awaitPageText("Borealis RTOS");
      browser.click(By.xpath("//vaadin-grid-cell-content[text()='Borealis RTOS']"));
      browser.click(By.id("findings-11.2.0"));
      browser.awaitText("view-title", "Findings of Borealis RTOS 11.2.0");
      openUntil(browser, browser.driver().getCurrentUrl(), "CVE-2023-43804");
      assertThat(browser.gridText()).contains("urllib3 1.26.15", "1.26.17", "lodash 4.17.20");
      assertThat(browser.gridText()).doesNotContain("log4j");
      browser.screenshot(BUILD.resolve("screenshots/supplier-findings.png"));
    }
  }

  @Test
  void the_admin_sees_the_feeds_and_their_imports() {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/admin/feeds");
      browser.logInThroughKeycloak("admin", "admin");
      browser.awaitText("view-title", "Vulnerability feeds");
      browser.awaitPageText("Provena demo advisories (OSV)");
      assertThat(browser.gridText()).contains("succeeded", "5 records: 5 new or changed");
      browser.screenshot(BUILD.resolve("screenshots/feeds.png"));
    }
  }
}
