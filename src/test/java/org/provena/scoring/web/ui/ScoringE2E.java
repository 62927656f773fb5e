package org.provena.scoring.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.provena.testing.Browser;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;

/**
 * The three roles' score views in a real browser on the demo data, scored by the background worker
 * after seeding: procurement reads the scorecards, compares two suppliers and opens one scorecard;
 * security opens a device's risk tree down to a vulnerability and triages it; a supplier reads its
 * own score and what would raise it.
 */
class ScoringE2E {

  private static final Path BUILD = Path.of(System.getProperty("provena.build.dir", "target"));
  private static PortalServer portal;

  @BeforeAll
  static void start() throws Exception {
    KeycloakServer.ensureRunningForTests();
    Map<String, String> config = new HashMap<>(PortalServer.h2Memory("provena-scoring-e2e"));
    config.put("provena.demo-data", "true");
    config.put("provena.sbom.poll-seconds", "1");
    config.put("provena.blob-dir", BUILD.resolve("e2e-scoring-blobs").toAbsolutePath().toString());
    portal =
        PortalServer.start(
            Path.of(System.getProperty("provena.payara-micro")),
            Path.of(System.getProperty("provena.war")),
            18080,
            config,
            BUILD,
            BUILD.resolve("portal-scoring-e2e.log"));
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void procurement_reads_the_scorecards_compares_two_suppliers_and_opens_a_scorecard()
      throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/");
      browser.logInThroughKeycloak("procurement", "procurement");
      browser.awaitText("view-title", "Supplier scorecards");
      reloadUntil(browser, "/scorecards", "Borealis RTOS", "Acme Medical Modules", " · ");
      browser.screenshot(BUILD.resolve("screenshots/scorecards.png"));

      List<WebElement> boxes =
          browser.driver().findElements(By.cssSelector("#scorecards vaadin-checkbox"));
      // The first is the header's select-all.
      boxes.get(1).click();
      boxes.get(2).click();
      browser.click(By.id("compare"));
      browser.awaitText("view-title", "Compare suppliers");
      browser.awaitPageText("Factors");
      assertThat(browser.text("comparison-cards")).contains("Change").contains("Overdue requests");
      assertThat(browser.gridText()).contains("Component releases");
      browser.screenshot(BUILD.resolve("screenshots/scorecards-compare.png"));

      browser.open(portal.baseUrl() + "/scorecards");
      browser.click(By.xpath("//a[normalize-space(.)='Acme Medical Modules']"));
      browser.awaitText("view-title", "Scorecard of Acme Medical Modules");
      browser.awaitPageText("What lowers the score");
      assertThat(browser.gridText()).contains("Component releases").contains("acme-tls 3.1.4");
      assertThat(browser.driver().findElements(By.cssSelector("#score-history svg")).isEmpty())
          .as("the history chart is drawn")
          .isFalse();
      browser.screenshot(BUILD.resolve("screenshots/supplier-scorecard.png"));
    }
  }

  @Test
  void security_opens_a_devices_risk_tree_down_to_a_vulnerability_and_triages_it()
      throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/devices");
      browser.logInThroughKeycloak("security", "security");
      browser.awaitText("view-title", "Devices");
      By pump42 = By.xpath("//a[@title='Risk of Infusion Pump IP-3000 4.2']");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
      while (browser.driver().findElements(pump42).isEmpty()
          || !browser.driver().findElement(pump42).getText().matches("[A-F] · \\d+")) {
        assertThat(Instant.now()).as("the device release was scored").isBefore(deadline);
        Thread.sleep(2000);
        browser.open(portal.baseUrl() + "/devices");
        Thread.sleep(1000);
      }
      browser.screenshot(BUILD.resolve("screenshots/devices-with-grades.png"));
      browser.click(pump42);
      browser.awaitText("view-title", "Risk of Infusion Pump IP-3000 4.2");
      browser.awaitPageText("acme-tls 3.1.4");
      browser.screenshot(BUILD.resolve("screenshots/device-risk.png"));

      // It opens on the worst component release, acme-tls, down to its vulnerabilities.
      awaitTreeText(browser, "log4j-core 2.14.1");
      awaitTreeText(browser, "CVE-2021-44228");
      assertThat(browser.gridText()).contains("KEV");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript(
              "arguments[0].scrollIntoView({block: 'start'});",
              browser.driver().findElement(By.id("risk-tree")));
      browser.screenshot(BUILD.resolve("screenshots/device-risk-tree.png"));

      jsClick(browser, By.xpath("(//vaadin-grid-cell-content//a[normalize-space(.)='Triage'])[1]"));
      browser.awaitText("view-title", "Findings of acme-tls 3.1.4");
      browser.awaitPageText("log4j-core");
      jsClick(browser, By.className("triage"));
      browser.awaitPageText("Save");
      browser.click(By.id("assessment-state"));
      browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='exploitable']"));
      browser.click(By.id("assessment-impact"));
      browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='serious']"));
      browser.click(By.xpath("//vaadin-radio-button[normalize-space(.)='uncontrolled']"));
      browser.type(
          By.cssSelector("#assessment-comment textarea"),
          "Reachable over the pump's network interface until acme-tls 3.1.5 ships.");
      browser.screenshot(BUILD.resolve("screenshots/triage-dialog.png"));
      browser.click(By.id("assessment-save"));
      browser.awaitPageText("exploitable");
      browser.screenshot(BUILD.resolve("screenshots/triage-saved.png"));
    }
  }

  @Test
  void a_supplier_reads_its_score_and_what_would_raise_it() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/my-score");
      browser.logInThroughKeycloak("supplier-acme", "supplier-acme");
      browser.awaitText("view-title", "My score");
      reloadUntil(browser, "/my-score", "What would raise it");
      assertThat(browser.text("score-grade")).containsPattern("[A-F] · \\d+");
      assertThat(browser.gridText()).contains("acme-tls 3.1.4");
      browser.screenshot(BUILD.resolve("screenshots/my-score.png"));
    }
  }

  /** Scores follow seeding within seconds: reload until the page shows all of {@code texts}. */
  private static void reloadUntil(Browser browser, String path, String... texts)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      String page =
          browser.driver().findElement(By.tagName("body")).getText() + "\n" + browser.gridText();
      boolean all = true;
      for (String t : texts) {
        all &= page.contains(t);
      }
      if (all) {
        return;
      }
      assertThat(Instant.now())
          .as("the page showed " + String.join(", ", texts))
          .isBefore(deadline);
      Thread.sleep(2000);
      browser.open(portal.baseUrl() + path);
      Thread.sleep(1000);
    }
  }

  /** Waits until a cell of the risk tree (not the open items above it) shows this text. */
  private static void awaitTreeText(Browser browser, String text) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d ->
                d.findElements(By.cssSelector("#risk-tree > vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getAttribute("textContent").contains(text)));
  }

  private static void jsClick(Browser browser, By locator) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElements(locator).isEmpty());
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click();", browser.driver().findElement(locator));
  }
}
