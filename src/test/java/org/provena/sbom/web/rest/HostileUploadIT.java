package org.provena.sbom.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.Tokens;

/**
 * Hostile uploads over HTTP, as an attacker or a broken CI would send them: each is answered with a
 * clear 4xx problem, leaves nothing behind, and the server goes on serving.
 */
class HostileUploadIT extends PortalIT {

  private String acme;
  private String component;

  @BeforeEach
  void names() {
    acme = Tokens.forUser("supplier-acme");
    component = "hostile-" + UUID.randomUUID();
  }

  private Answer upload(String contentType, byte[] body) {
    return api.postBytes("sboms?component=" + component + "&version=1.0", acme, contentType, body);
  }

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
                              portal + "api/v1/sboms?component=" + component + "&version=1.0"))
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

    Answer answer = upload("application/octet-stream", bomb.toByteArray());

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

    Answer answer = upload("application/vnd.cyclonedx+xml", xxe.getBytes(StandardCharsets.UTF_8));

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

    Answer answer = upload("application/json", deep.getBytes(StandardCharsets.UTF_8));

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
