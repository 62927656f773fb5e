package org.provena.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The real Keycloak of the tests and the run command: the {@code keycloak-quarkus-dist} unpacked by
 * the build, started in dev mode on 127.0.0.1:8180 with the Provena realm imported. If a Keycloak
 * already answers for the realm there (a developer's running portal), it is reused and left
 * running.
 */
public final class KeycloakServer {

  public static final String BASE = "http://localhost:8180";
  public static final String ISSUER = BASE + "/realms/provena";
  public static final String BOOTSTRAP_ADMIN = "kcadmin";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static Process started;

  private KeycloakServer() {}

  /** Starts Keycloak unless one is already serving the realm; waits until it serves it. */
  public static synchronized void ensureRunning(Path home, Path realmFile, Path log)
      throws IOException, InterruptedException {
    if (servesRealm()) {
      return;
    }
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "Keycloak is not unpacked at " + home + "; run the build's package phase first");
    }
    Path imports = Files.createDirectories(home.resolve("data/import"));
    Files.copy(
        realmFile, imports.resolve("provena-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=8180",
                "--hostname=" + BASE,
                "--import-realm",
                "--health-enabled=true")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN);
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    started = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stop, "keycloak-stop"));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
    while (!servesRealm()) {
      if (!started.isAlive()) {
        throw new IllegalStateException("Keycloak exited while starting; see " + log);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Keycloak did not start within 300 s; see " + log);
      }
      Thread.sleep(500);
    }
  }

  /** Stops the Keycloak this JVM started (kc.sh and the Java process it runs). */
  public static synchronized void stop() {
    if (started != null) {
      started.descendants().forEach(ProcessHandle::destroy);
      started.destroy();
      started = null;
    }
  }

  public static boolean servesRealm() {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Starts Keycloak from the locations the build passes as system properties. */
  public static void ensureRunningForTests() {
    try {
      Path log = Path.of(System.getProperty("provena.build.dir", "target"), "keycloak.log");
      ensureRunning(
          Path.of(System.getProperty("provena.keycloak.home")),
          Path.of(System.getProperty("provena.keycloak.realm-file")),
          log);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start Keycloak", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Keycloak", e);
    }
  }
}
