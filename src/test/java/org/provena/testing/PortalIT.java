package org.provena.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the WAR the build produced, deployed as it is on a real Payara
 * Micro (no hand-kept class list), talking to the real Keycloak and the database the build selects.
 * Tests call it over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalIT {

  @ArquillianResource protected URL portal;
  protected Api api;

  @Deployment(testable = false)
  public static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("provena.war", "target/provena.war")));
  }

  @BeforeAll
  static void keycloak() {
    KeycloakServer.ensureRunningForTests();
  }

  @BeforeEach
  void client() throws InterruptedException {
    api = new Api(portal.toString());
    awaitApplication();
  }

  /**
   * Waits until the API answers as the application (401 without a token) rather than the server's
   * own 404 for an application it does not serve (yet): under load, Payara Micro has reported
   * itself ready a moment before the deployment answered.
   */
  private void awaitApplication() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    Api.Answer answer = api.get("me", null);
    while (answer.status() == 404 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      answer = api.get("me", null);
    }
    assertThat(answer.status())
        .as("the application at " + portal + " answers its API; last answer: " + answer.body())
        .isNotEqualTo(404);
  }
}
