package org.provena.attestation.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.provena.attestation.infrastructure.dsse.DsseSigning;
import org.provena.testing.Browser;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;
import org.provena.testing.TestKeys;

/**
 * Evidence and VEX in a real browser on the demo data: a supplier reads its evidence and its
 * verification, registers a key and drops provenance signed with it; answers the finding that
 * awaits its VEX; procurement reviews the supplier's evidence read-only.
 */
class EvidenceE2E {

  private static final Path BUILD = Path.of(System.getProperty("provena.build.dir", "target"));

  /** acme-tls 3.1.4's artifact hash in the demo data. */
  private static final String ACME_TLS_SHA256 =
      "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef";

  private static PortalServer portal;

  @BeforeAll
  static void start() throws Exception {
    KeycloakServer.ensureRunningForTests();
    Map<String, String> config = new HashMap<>(PortalServer.h2Memory("provena-evidence-e2e"));
    config.put("provena.demo-data", "true");
    config.put("provena.sbom.poll-seconds", "1");
    config.put("provena.blob-dir", BUILD.resolve("e2e-evidence-blobs").toAbsolutePath().toString());
    portal =
        PortalServer.start(
            Path.of(System.getProperty("provena.payara-micro")),
            Path.of(System.getProperty("provena.war")),
            18080,
            config,
            BUILD,
            BUILD.resolve("portal-evidence-e2e.log"));
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void a_supplier_reads_its_evidence_registers_a_key_and_drops_signed_provenance()
      throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/evidence");
      browser.logInThroughKeycloak("supplier-acme", "supplier-acme");
      browser.awaitText("view-title", "Evidence of Acme Medical Modules");
      browser.awaitPageText("SLSA provenance");
      String grids = browser.gridText();
      assertThat(grids)
          .contains("SLSA provenance", "verified", "ISO/IEC 27001 certificate", "unsigned")
          .contains("Demo release key", "OpenVEX");
      assertThat(browser.text("evidence-freshness")).contains("attestations");
      browser.screenshot(BUILD.resolve("screenshots/evidence-supplier.png"));

      KeyPair key = TestKeys.ecP256();
      browser.click(By.id("register-key"));
      browser.type(By.cssSelector("#key-text textarea"), TestKeys.publicPem(key));
      browser.click(By.id("key-save"));
      browser.awaitPageText("ECDSA-P256 key");

      Path provenance = BUILD.resolve("e2e-provenance.intoto.json");
      Files.write(
          provenance,
          DsseSigning.bytes(
              DsseSigning.envelope(
                  "application/vnd.in-toto+json",
                  statement().getBytes(StandardCharsets.UTF_8),
                  "SHA256withECDSA",
                  key.getPrivate(),
                  null)));
      browser.uploadFile("evidence-upload", provenance);
      browser.awaitPageText("e2e-provenance.intoto.json: SLSA provenance, verified");
      browser.screenshot(BUILD.resolve("screenshots/evidence-uploaded.png"));

      browser.click(By.id("file-certificate"));
      browser.type(By.cssSelector("#certificate-kind input"), "IEC");
      browser.click(By.xpath("//vaadin-combo-box-item[contains(., 'IEC 62443-4-1')]"));
      browser.type(By.cssSelector("#certificate-issuer input"), "E2E Test Lab");
      browser.type(By.cssSelector("#certificate-scope input"), "Secure development lifecycle");
      browser.type(By.cssSelector("#certificate-valid-from input"), "1/15/2025" + Keys.ENTER);
      browser.type(By.cssSelector("#certificate-valid-until input"), "1/14/2028" + Keys.ENTER);
      Path pdf = BUILD.resolve("e2e-certificate.pdf");
      try (PDDocument document = new PDDocument()) {
        document.addPage(new PDPage());
        document.save(pdf.toFile());
      }
      browser.uploadFile("certificate-pdf", pdf);
      browser.awaitPageText("Attached: e2e-certificate.pdf");
      browser.screenshot(BUILD.resolve("screenshots/evidence-certificate-dialog.png"));
      browser.click(By.id("certificate-save"));
      browser.awaitPageText("Filed IEC 62443-4-1 certificate");
      assertThat(browser.gridText()).contains("IEC 62443-4-1 certificate", "2028-01-14");
    }
  }

  @Test
  void a_supplier_answers_the_finding_that_awaits_its_vex() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/vex/awaiting");
      browser.logInThroughKeycloak("supplier-acme", "supplier-acme");
      browser.awaitText("view-title", "Findings awaiting your VEX answer");
      openUntil(browser, portal.baseUrl() + "/vex/awaiting", "CVE-2021-44228");
      assertThat(browser.gridText())
          .as("the demo's OpenVEX answered Text4Shell")
          .doesNotContain("CVE-2022-42889");

      browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'log4j-core 2.14.1')]"));
      browser.click(By.className("vex-answer"));
      browser.awaitPageText("affected by CVE-2021-44228?");
      browser.click(By.xpath("//vaadin-radio-button[normalize-space(.)='affected']"));
      browser.type(
          By.cssSelector("#vex-action textarea"),
          "Upgrade to acme-tls 3.1.5, which ships log4j 2.17.1");
      browser.screenshot(BUILD.resolve("screenshots/vex-answer.png"));
      browser.click(By.id("vex-save"));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (browser.gridText().contains("CVE-2021-44228")) {
        assertThat(Instant.now()).as("the answered finding leaves the list").isBefore(deadline);
        Thread.sleep(300);
      }
      browser.screenshot(BUILD.resolve("screenshots/vex-awaiting.png"));

      browser.open(portal.baseUrl() + "/components");
      browser.awaitPageText("acme-tls");
      browser.click(By.xpath("//vaadin-grid-cell-content[text()='acme-tls']"));
      browser.click(By.id("findings-3.1.4"));
      browser.awaitText("view-title", "Findings of acme-tls 3.1.4");
      browser.awaitPageText("CVE-2021-44228");
      assertThat(browser.gridText()).contains("affected", "not affected");
      browser.screenshot(BUILD.resolve("screenshots/release-findings-vex.png"));
    }
  }

  @Test
  void procurement_reviews_a_suppliers_evidence_without_changing_it() {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/suppliers");
      browser.logInThroughKeycloak("procurement", "procurement");
      browser.awaitText("view-title", "Suppliers");
      browser.click(By.id("evidence-borealis"));
      browser.awaitText("view-title", "Evidence of Borealis RTOS");
      browser.awaitPageText("Secure software development attestation (CISA)");
      assertThat(browser.text("evidence-freshness")).contains("1 attestation: 1 expiring");
      assertThat(browser.driver().findElements(By.id("evidence-upload"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("register-key"))).isEmpty();
      browser.screenshot(BUILD.resolve("screenshots/evidence-procurement.png"));
    }
  }

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

  private static String statement() {
    return """
        {"_type":"https://in-toto.io/Statement/v1",
         "subject":[{"name":"acme-tls-3.1.4.bin","digest":{"sha256":"%s"}}],
         "predicateType":"https://slsa.dev/provenance/v1",
         "predicate":{"buildDefinition":{"buildType":"https://acme.example/build/v1",
             "externalParameters":{}},
           "runDetails":{"builder":{"id":"https://ci.acme.example/runner"}}}}
        """
        .formatted(ACME_TLS_SHA256);
  }
}
