package org.provena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provena.testing.Api;
import org.provena.testing.Browser;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;
import org.provena.testing.Tokens;

/**
 * Each demo role logs in through Keycloak's real login page in a real browser and lands on its home
 * view with the demo data; a supplier who opens another supplier's component by URL sees "Not
 * found". Screenshots of every view land in target/screenshots.
 */
class PortalLoginE2E {

  private static final Path BUILD = Path.of(System.getProperty("provena.build.dir", "target"));
  private static final Path SCREENSHOTS = BUILD.resolve("screenshots");
  private static PortalServer portal;

  @BeforeAll
  static void start() throws Exception {
    KeycloakServer.ensureRunningForTests();
    Map<String, String> config = new HashMap<>(PortalServer.h2Memory("provena-e2e"));
    config.put("provena.demo-data", "true");
    config.put("provena.blob-dir", BUILD.resolve("e2e-blobs").toAbsolutePath().toString());
    portal =
        PortalServer.start(
            Path.of(System.getProperty("provena.payara-micro")),
            Path.of(System.getProperty("provena.war")),
            18080,
            config,
            BUILD,
            BUILD.resolve("portal-e2e.log"));
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @ParameterizedTest(name = "{0} logs in and sees {1}")
  @CsvSource({
    "supplier-acme, My components, acme-tls",
    "supplier-borealis, My components, Borealis RTOS",
    "supplier-cobalt, My components, CW-200 Wi-Fi Module Firmware",
    "procurement, Supplier scorecards, Cobalt Wireless",
    "security, Devices, Infusion Pump IP-3000",
    "admin, Users and roles, supplier-borealis"
  })
  void each_role_logs_in_through_keycloak_and_sees_its_home_with_data(
      String user, String title, String expected) {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/");
      browser.logInThroughKeycloak(user, user);
      browser.awaitText("view-title", title);
      browser.awaitPageText(expected);
      browser.screenshot(SCREENSHOTS.resolve(user + ".png"));

      assertThat(browser.text("current-user")).startsWith(user);
    }
  }

  @Test
  void a_supplier_sees_only_its_own_components() {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/components");
      browser.logInThroughKeycloak("supplier-acme", "supplier-acme");
      browser.awaitText("view-title", "My components");
      browser.awaitPageText("acme-tls");

      assertThat(browser.gridText())
          .contains("acme-tls", "Acme BLE Stack")
          .doesNotContain("Borealis RTOS")
          .doesNotContain("CW-200");
    }
  }

  @Test
  void a_supplier_opening_another_suppliers_component_by_url_sees_not_found() {
    JsonObject component = acmeComponent();
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/components/" + component.getString("id"));
      browser.logInThroughKeycloak("supplier-borealis", "supplier-borealis");
      browser.awaitText("not-found", "Not found");
      browser.screenshot(SCREENSHOTS.resolve("foreign-component.png"));

      assertThat(browser.driver().getPageSource()).doesNotContain(component.getString("name"));
    }
  }

  @Test
  void the_owner_opens_its_component_by_url() {
    JsonObject component = acmeComponent();
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/components/" + component.getString("id"));
      browser.logInThroughKeycloak("supplier-acme", "supplier-acme");
      browser.awaitText("view-title", component.getString("name"));
      browser.awaitPageText("Actively maintained");
      browser.screenshot(SCREENSHOTS.resolve("own-component.png"));
    }
  }

  private static JsonObject acmeComponent() {
    return new Api(portal.baseUrl())
        .get("components", Tokens.forUser("supplier-acme"))
        .items()
        .getJsonObject(0);
  }

  @Test
  void a_supplier_cannot_open_the_device_view() {
    try (Browser browser = new Browser()) {
      browser.open(portal.baseUrl() + "/devices");
      browser.logInThroughKeycloak("supplier-cobalt", "supplier-cobalt");
      browser.awaitText("not-found", "Not found");

      assertThat(browser.driver().getPageSource()).doesNotContain("Infusion Pump");
    }
  }
}
