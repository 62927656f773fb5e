package org.provena.sbom.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.SyntheticCycloneDx;
import org.provena.testing.Tokens;

/**
 * The upload path supplier CI scripts against: raw body in, 202 with a Location, processed in the
 * background into an inventory with a quality report; invalid documents answered 422 with every
 * problem and its location; other suppliers see nothing of it.
 */
class SbomUploadIT extends PortalIT {

  private String acme;
  private String component;

  @BeforeEach
  void tokens() {
    acme = Tokens.forUser("supplier-acme");
    component = "firmware-" + UUID.randomUUID();
  }

  /** A small CycloneDX 1.6 document: a primary component, three packages and their edges. */
  private static String cycloneDx(String serial) {
    return """
        {
          "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
          "serialNumber": "urn:uuid:%s",
          "metadata": {
            "timestamp": "2026-11-01T10:00:00Z",
            "lifecycles": [{"phase": "build"}],
            "tools": {"components": [{"type": "application", "name": "cyclonedx-maven-plugin", "version": "2.9.1"}]},
            "authors": [{"name": "Acme Release Engineering", "email": "release@acme-medical.com"}],
            "component": {"type": "firmware", "bom-ref": "acme-fw", "name": "acme-fw", "version": "7.1.0",
              "supplier": {"name": "Acme Medical Modules"}}
          },
          "components": [
            {"type": "library", "bom-ref": "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78",
             "group": "org.bouncycastle", "name": "bcprov-jdk18on", "version": "1.78",
             "purl": "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78",
             "supplier": {"name": "Legion of the Bouncy Castle"},
             "hashes": [{"alg": "SHA-256", "content": "d1c4a7e1d3b6a4f8f7e0c1b2a3948576d1c4a7e1d3b6a4f8f7e0c1b2a3948576"}],
             "licenses": [{"license": {"id": "MIT"}}]},
            {"type": "library", "bom-ref": "pkg:npm/lodash@4.17.21", "name": "lodash", "version": "4.17.21",
             "purl": "pkg:npm/lodash@4.17.21", "licenses": [{"expression": "MIT"}]},
            {"type": "library", "bom-ref": "zlib", "name": "zlib", "version": "1.3.1",
             "cpe": "cpe:2.3:a:zlib:zlib:1.3.1:*:*:*:*:*:*:*"}
          ],
          "dependencies": [
            {"ref": "acme-fw", "dependsOn": ["pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78", "zlib"]},
            {"ref": "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78", "dependsOn": ["pkg:npm/lodash@4.17.21"]}
          ]
        }
        """
        .formatted(serial);
  }

  private Answer upload(String token, String contentType, byte[] body) {
    return api.postBytes(
        "sboms?component=" + component + "&version=7.1.0", token, contentType, body);
  }

  private JsonObject awaitDone(String id, String token) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      JsonObject sbom = api.get("sboms/" + id, token).json();
      String status = sbom.getString("status");
      if (status.equals("processed") || status.equals("rejected")) {
        return sbom;
      }
      assertThat(Instant.now()).as("processing finished in time").isBefore(deadline);
      Thread.sleep(500);
    }
  }

  @Test
  void an_uploaded_sbom_is_accepted_processed_and_quality_scored() throws Exception {
    byte[] body = cycloneDx(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8);

    Answer accepted = upload(acme, "application/vnd.cyclonedx+json", body);

    assertThat(accepted.status()).isEqualTo(202);
    String id = accepted.json().getString("id");
    assertThat(accepted.raw().headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/sboms/" + id);
    JsonObject sbom = awaitDone(id, acme);
    assertThat(sbom.getString("status")).isEqualTo("processed");
    assertThat(sbom.getString("format")).isEqualTo("CYCLONEDX_JSON");
    assertThat(sbom.getString("specVersion")).isEqualTo("1.6");
    assertThat(sbom.getInt("packageCount")).isEqualTo(4);
    assertThat(sbom.getString("sha256")).isEqualTo(sha256(body));
    assertThat(sbom.getJsonObject("quality").keySet())
        .containsExactlyInAnyOrder("ntia2021", "cisa2026", "bsi", "fda");
    assertThat(sbom.getJsonObject("quality").getJsonObject("ntia2021").getInt("score"))
        .isBetween(1, 100);
  }

  @Test
  void the_inventory_lists_packages_with_normalised_purls_and_their_dependencies()
      throws Exception {
    String id =
        upload(
                acme,
                "application/json",
                cycloneDx(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8))
            .json()
            .getString("id");
    awaitDone(id, acme);

    Answer packages = api.get("sboms/" + id + "/packages?limit=10", acme);

    assertThat(packages.status()).isEqualTo(200);
    assertThat(packages.json().getInt("total")).isEqualTo(4);
    JsonObject bouncyCastle =
        packages.items().stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getString("name").equals("bcprov-jdk18on"))
            .findFirst()
            .orElseThrow();
    assertThat(bouncyCastle.getString("purl"))
        .isEqualTo("pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78");
    assertThat(bouncyCastle.getString("licence")).isEqualTo("MIT");
    assertThat(bouncyCastle.getJsonArray("dependsOn")).hasSize(1);
  }

  @Test
  void the_original_is_kept_byte_for_byte_and_the_same_bytes_are_stored_once() throws Exception {
    byte[] body = cycloneDx(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8);
    String first = upload(acme, "application/json", body).json().getString("id");
    String second = upload(acme, "application/json", body).json().getString("id");

    assertThat(api.getBytes("sboms/" + first + "/original", acme)).isEqualTo(body);
    assertThat(api.get("sboms/" + first, acme).json().getString("sha256"))
        .isEqualTo(api.get("sboms/" + second, acme).json().getString("sha256"));
  }

  @Test
  void a_gzip_compressed_sbom_is_accepted() throws Exception {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(cycloneDx(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8));
    }

    Answer accepted = upload(acme, "application/octet-stream", compressed.toByteArray());

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(awaitDone(accepted.json().getString("id"), acme).getString("status"))
        .isEqualTo("processed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sbom/spdx/sbom.spdx.json, application/spdx+json, SPDX_JSON",
    "sbom/spdx/SPDXTagExample-v2.3.spdx, text/spdx, SPDX_TAG_VALUE"
  })
  void spdx_documents_are_accepted_and_read(String fixture, String contentType, String format)
      throws Exception {
    byte[] body;
    try (var in = getClass().getClassLoader().getResourceAsStream(fixture)) {
      body = in.readAllBytes();
    }

    Answer accepted = upload(acme, contentType, body);

    assertThat(accepted.status()).isEqualTo(202);
    JsonObject sbom = awaitDone(accepted.json().getString("id"), acme);
    assertThat(sbom.getString("status")).isEqualTo("processed");
    assertThat(sbom.getString("format")).isEqualTo(format);
    assertThat(sbom.getInt("packageCount")).isPositive();
  }

  @Test
  void an_invalid_sbom_is_422_with_every_problem_and_where_it_is() {
    String invalid =
        """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
         "components": [{"type": "not-a-type", "name": "x"}, {"type": "library"}]}""";

    Answer answer = upload(acme, "application/json", invalid.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getJsonArray("errors")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("location"))
        .startsWith("$");
    assertThat(api.get("components", acme).body()).doesNotContain(component);
  }

  /** 20,000 packages: about 12 MB, past the 10 MiB that are validated during the upload. */
  private static byte[] largeSbom() throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("large-sbom-", ".json");
    try {
      SyntheticCycloneDx.write(file, 20_000, 7);
      return java.nio.file.Files.readAllBytes(file);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void an_sbom_too_large_to_validate_during_the_upload_is_processed_in_the_background()
      throws Exception {
    byte[] body = largeSbom();
    assertThat(body.length).isGreaterThan(10 * 1024 * 1024);

    Answer accepted = upload(acme, "application/vnd.cyclonedx+json", body);

    assertThat(accepted.status()).isEqualTo(202);
    String id = accepted.json().getString("id");
    JsonObject sbom = awaitDone(id, acme);
    assertThat(sbom.getString("status")).isEqualTo("processed");
    assertThat(sbom.getInt("packageCount")).isEqualTo(20_001);
    String purl = SyntheticCycloneDx.purl(19_999);
    JsonObject last =
        api
            .get(
                "sboms/"
                    + id
                    + "/packages?offset=0&limit=5&q="
                    + java.net.URLEncoder.encode(purl, StandardCharsets.UTF_8),
                acme)
            .items()
            .stream()
            .map(JsonObject.class::cast)
            .filter(p -> purl.equals(p.getString("purl", null)))
            .findFirst()
            .orElseThrow();
    assertThat(last.getJsonArray("dependsOn")).isNotEmpty();
  }

  @Test
  void an_invalid_sbom_too_large_to_validate_during_the_upload_ends_rejected_with_its_problems()
      throws Exception {
    String valid = new String(largeSbom(), StandardCharsets.UTF_8);
    int first = valid.indexOf("\"type\":\"library\"");
    String invalid =
        valid.substring(0, first)
            + "\"type\":\"no-such-type\""
            + valid.substring(first + "\"type\":\"library\"".length());

    Answer accepted =
        upload(acme, "application/vnd.cyclonedx+json", invalid.getBytes(StandardCharsets.UTF_8));

    assertThat(accepted.status()).isEqualTo(202);
    JsonObject sbom = awaitDone(accepted.json().getString("id"), acme);
    assertThat(sbom.getString("status")).isEqualTo("rejected");
    assertThat(sbom.getJsonArray("errors").getJsonObject(0).getString("location"))
        .isEqualTo("$.components[0].type");
    assertThat(sbom.getInt("packageCount", 0)).isZero();
  }

  @Test
  void something_that_is_not_an_sbom_is_422() {
    Answer answer =
        upload(acme, "application/octet-stream", "hello, world".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().getString("detail")).isNotBlank();
  }

  @Test
  void another_supplier_sees_nothing_of_the_upload() throws Exception {
    String id =
        upload(
                acme,
                "application/json",
                cycloneDx(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8))
            .json()
            .getString("id");
    awaitDone(id, acme);
    String borealis = Tokens.forUser("supplier-borealis");

    assertThat(api.get("sboms/" + id, borealis).status()).isEqualTo(404);
    assertThat(api.get("sboms/" + id + "/packages", borealis).status()).isEqualTo(404);
    assertThat(api.get("sboms/" + id + "/original", borealis).status()).isEqualTo(404);
    assertThat(api.get("sboms/" + id, Tokens.forUser("security")).status()).isEqualTo(200);
  }

  @Test
  void the_release_lists_its_sboms() throws Exception {
    String id =
        upload(
                acme,
                "application/json",
                cycloneDx(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8))
            .json()
            .getString("id");
    String release = api.get("sboms/" + id, acme).json().getString("componentReleaseId");

    Answer list = api.get("component-releases/" + release + "/sboms", acme);

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains(id);
    assertThat(
            api.get("component-releases/" + release + "/sboms", Tokens.forUser("supplier-cobalt"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void manufacturer_staff_cannot_upload_and_a_release_must_be_named() {
    byte[] body = cycloneDx(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8);

    assertThat(upload(Tokens.forUser("procurement"), "application/json", body).status())
        .isEqualTo(403);
    assertThat(api.postBytes("sboms", acme, "application/json", body).status()).isEqualTo(400);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  // Hostile uploads over HTTP, as an attacker or a broken CI would send them: each is answered with
  // a clear 4xx problem, leaves nothing behind, and the server goes on serving.

  private void assertNothingKeptAndStillServing() {
    assertThat(api.get("components", acme).body()).doesNotContain(component);
    String small =
        """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
         "components": [{"type": "library", "name": "zlib", "version": "1.3.1"}]}""";
    assertThat(
            api.postBytes(
                    "sboms?component=" + component + "-after&version=1.0",
                    acme,
                    "application/json",
                    small.getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(202);
  }

  @Test
  void a_body_over_the_limit_is_cut_off_while_streaming_with_413() throws Exception {
    long size = 100L * 1024 * 1024 + 4096;
    HttpResponse<String> answer;
    try {
      answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              portal.toString().replaceFirst("/?$", "/")
                                  + "api/v1/sboms?component="
                                  + component
                                  + "&version=7.1.0"))
                      .header("Authorization", "Bearer " + acme)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofInputStream(() -> spaces(size)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (IOException resetWhileSending) {
      // The server may close the connection as soon as it has answered: still nothing kept.
      answer = null;
    }
    if (answer != null) {
      assertThat(answer.statusCode()).isEqualTo(413);
      assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    assertNothingKeptAndStillServing();
  }

  @Test
  void a_gzip_bomb_is_refused_by_the_expansion_limits() throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        gzip.write(zeros);
      }
    }

    Answer answer = upload(acme, "application/octet-stream", bomb.toByteArray());

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("compression ratio");
    assertNothingKeptAndStillServing();
  }

  @Test
  void an_xml_external_entity_is_refused_not_resolved() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE bom [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
          <components><component type="library"><name>&secret;</name></component></components>
        </bom>""";

    Answer answer =
        upload(acme, "application/vnd.cyclonedx+xml", xxe.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("DOCTYPE").doesNotContain("root:");
    assertNothingKeptAndStillServing();
  }

  @Test
  void json_nested_a_hundred_thousand_levels_deep_is_refused() {
    String deep =
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"x\":"
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "}";

    Answer answer = upload(acme, "application/json", deep.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("nesting");
    assertNothingKeptAndStillServing();
  }

  /** {@code size} bytes of a JSON document that never ends, made as they are read. */
  private static InputStream spaces(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
  }
}
