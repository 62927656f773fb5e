package org.provena.sbom.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.testing.Api;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;
import org.provena.testing.SyntheticCycloneDx;
import org.provena.testing.Tokens;

/**
 * "An accepted upload is never lost": 100 SBOMs are accepted, the server is killed with SIGKILL
 * while they are queued or being processed, and after a restart every one of them is processed, its
 * inventory written exactly once. The server runs on the database the build selects (a file H2
 * database here when that is the in-memory one, which would not survive the kill), with a short job
 * lease so that work the dead server held is taken over within seconds.
 */
class CrashRecoveryIT {

  private static final int UPLOADS = 100;
  private static final int BIG = 150_000;
  private static final int SMALL = 200;
  private static final Path WORK =
      Path.of(System.getProperty("provena.build.dir", "target"), "crash-it");

  @BeforeAll
  static void keycloak() {
    KeycloakServer.ensureRunningForTests();
  }

  @Test
  void every_upload_accepted_before_a_kill_is_processed_exactly_once_after_the_restart()
      throws Exception {
    Files.createDirectories(WORK);
    int port = freePort();
    Map<String, String> properties = properties();
    List<String> ids = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Path big = WORK.resolve("big-" + UUID.randomUUID() + ".json");
    SyntheticCycloneDx.write(big, BIG, 3);
    List<byte[]> small = documents();

    PortalServer first = start(port, properties);
    Api api = new Api(first.baseUrl());
    String token = Tokens.forUser("supplier-acme");
    String component = "crash-" + UUID.randomUUID();
    for (int i = 0; i < UPLOADS; i++) {
      Api.Answer accepted =
          i == 0
              ? api.postFile(
                  "sboms?component=" + component + "&version=1.0.0",
                  token,
                  "application/vnd.cyclonedx+json",
                  big)
              : api.postBytes(
                  "sboms?component=" + component + "&version=1.0." + i,
                  token,
                  "application/vnd.cyclonedx+json",
                  small.get(i - 1));
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
      ids.add(accepted.json().getString("id"));
      sizes.add(i == 0 ? BIG : SMALL);
    }
    Files.delete(big);
    long unfinished =
        ids.stream().filter(id -> !status(api, id, token).equals("processed")).count();
    first.kill();
    assertThat(unfinished)
        .as("uploads still queued or processing when the server died")
        .isPositive();

    PortalServer second = start(port, properties);
    try {
      Api after = new Api(second.baseUrl());
      Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        JsonObject sbom;
        do {
          sbom = after.get("sboms/" + id, Tokens.forUser("supplier-acme")).json();
          if (!sbom.getString("status").equals("processed")) {
            Thread.sleep(250);
          }
        } while (!sbom.getString("status").equals("processed") && Instant.now().isBefore(deadline));
        assertThat(sbom.getString("status")).as("SBOM " + id).isEqualTo("processed");
        assertThat(sbom.getInt("packageCount")).isEqualTo(sizes.get(i) + 1);
        // Counted in the database, not taken from the document: once, not twice.
        JsonObject withPurl =
            after
                .get("sboms/" + id + "/packages?q=pkg:&limit=1", Tokens.forUser("supplier-acme"))
                .json();
        assertThat(withPurl.getInt("total")).as("packages of " + id).isEqualTo(sizes.get(i));
      }
    } finally {
      second.close();
    }
  }

  private static String status(Api api, String id, String token) {
    return api.get("sboms/" + id, token).json().getString("status");
  }

  /** 99 small documents, distinct by their serial numbers. */
  private static List<byte[]> documents() throws IOException {
    Path file = Files.createTempFile(WORK, "bom-", ".json");
    try {
      SyntheticCycloneDx.write(file, SMALL, 1);
      String template = Files.readString(file);
      List<byte[]> bodies = new ArrayList<>();
      for (int i = 1; i < UPLOADS; i++) {
        bodies.add(
            template
                .replaceFirst("urn:uuid:[0-9a-f-]{36}", "urn:uuid:" + UUID.randomUUID())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return bodies;
    } finally {
      Files.delete(file);
    }
  }

  /** The build's database, unless it lives in memory: then an H2 file that outlives the kill. */
  private static Map<String, String> properties() {
    Map<String, String> properties = new HashMap<>();
    String url = System.getenv("PROVENA_DB_URL");
    if (url == null || url.startsWith("jdbc:h2:mem:")) {
      properties.putAll(PortalServer.h2File(WORK.resolve("h2-" + UUID.randomUUID())));
    } else {
      properties.put("provena.db.driver", System.getenv("PROVENA_DB_DRIVER"));
      properties.put("provena.db.url", url);
      properties.put("provena.db.user", System.getenv("PROVENA_DB_USER"));
      properties.put("provena.db.password", System.getenv("PROVENA_DB_PASSWORD"));
    }
    properties.put("provena.demo-data", "true");
    properties.put("provena.blob-dir", WORK.resolve("blobs").toString());
    properties.put("provena.sbom.lease-seconds", "6");
    properties.put("provena.sbom.poll-seconds", "1");
    return properties;
  }

  private static PortalServer start(int port, Map<String, String> properties)
      throws IOException, InterruptedException {
    return PortalServer.start(
        Path.of(System.getProperty("provena.payara-micro")),
        Path.of(System.getProperty("provena.war")),
        port,
        properties,
        WORK,
        WORK.resolve("portal.log"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
