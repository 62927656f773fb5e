package org.provena.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;
import org.provena.testing.SyntheticCycloneDx;
import org.provena.testing.Tokens;

/**
 * Issue 3's benchmark: CycloneDX 1.6 JSON SBOMs of 1k, 10k, 100k and 300k packages (realistic
 * purls, two hashes and a licence each, a dependency graph), uploaded one after another to one
 * portal with a 1 GiB heap and an embedded H2 file database, as {@code ./mvnw -Prun} runs it.
 * Measured: the upload's answer (202), the time from that answer to {@code processed}, and the
 * heap, read from the server's GC log (the most used before any collection while the document was
 * processed, and the most still live after one). Sizes: {@code -Dbench.sizes=1000,10000}.
 */
class SbomIngestionBench {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern GC_LINE =
      Pattern.compile("GC\\(\\d+\\) (Pause [^(]*).*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final int REPEATS_OF_10K = 5;

  private record Run(
      int packages,
      long bytes,
      long uploadMillis,
      long processedMillis,
      int heapBeforeGcMb,
      int heapAfterGcMb,
      String status) {}

  @Test
  void sboms_of_every_size_are_processed_within_a_one_gigabyte_heap() throws Exception {
    Path build = Path.of(System.getProperty("provena.build.dir", "target"));
    Path work = build.resolve("bench/sbom");
    deleteTree(work);
    Files.createDirectories(work);
    KeycloakServer.ensureRunningForTests();
    Path gcLog = work.resolve("gc.log");
    Map<String, String> properties = new HashMap<>(database(work));
    properties.put("provena.demo-data", "true");
    properties.put("provena.blob-dir", work.resolve("blobs").toString());
    // 300k packages are about 150 MB of JSON: more than the default upload limit of 100 MiB.
    properties.put("provena.sbom.max-bytes", String.valueOf(1L << 30));
    int port = Integer.getInteger("bench.port", 8095);
    List<Integer> sizes =
        Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000,300000").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();
    List<Run> runs = new ArrayList<>();
    try (PortalServer portal =
        PortalServer.start(
            Path.of(System.getProperty("provena.payara-micro")),
            Path.of(System.getProperty("provena.war")),
            port,
            properties,
            work,
            work.resolve("portal.log"),
            List.of("-Xlog:gc:file=" + gcLog, "-XX:+HeapDumpOnOutOfMemoryError"))) {
      // Warm-up (not reported): the first upload pays for class loading and JIT compilation.
      runOnce(portal, work, 1000, gcLog);
      for (int size : sizes) {
        int repeats = size == 10_000 ? REPEATS_OF_10K : 1;
        for (int i = 0; i < repeats; i++) {
          Run run = runOnce(portal, work, size, gcLog);
          runs.add(run);
          System.out.println("bench: " + run);
          assertThat(run.status()).as("status of " + size + " packages").isEqualTo("processed");
        }
      }
      assertThat(portal.isAlive()).as("the portal survived every upload").isTrue();
    }
    Files.writeString(
        build.resolve("bench/sbom-ingestion-" + System.getProperty("bench.db", "h2") + ".md"),
        report(runs));
    System.out.println(report(runs));
  }

  /** A supplier token, renewed once a minute (a long run outlives the realm's token lifespan). */
  private static final class FreshToken {
    private String token;
    private Instant issued = Instant.MIN;

    String current() {
      if (Duration.between(issued, Instant.now()).toSeconds() > 60) {
        token = Tokens.forUser("supplier-acme");
        issued = Instant.now();
      }
      return token;
    }
  }

  private final FreshToken tokens = new FreshToken();

  private Run runOnce(PortalServer portal, Path work, int size, Path gcLog) throws Exception {
    String token = tokens.current();
    Path document = work.resolve("bom-" + size + ".json");
    SyntheticCycloneDx.write(document, size, size);
    long gcOffset = Files.exists(gcLog) ? Files.size(gcLog) : 0;
    String component = "bench-" + size + "-" + System.nanoTime();
    Instant start = Instant.now();
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        portal.baseUrl()
                            + "/api/v1/sboms?component="
                            + component
                            + "&version=1.0.0"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.cyclonedx+json")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofFile(document))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Instant accepted = Instant.now();
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    String id = json(answer.body()).getString("id");
    JsonObject sbom;
    Instant deadline = accepted.plus(Duration.ofMinutes(20));
    String status;
    do {
      Thread.sleep(20);
      sbom = json(get(portal.baseUrl() + "/api/v1/sboms/" + id, tokens.current()));
      status = sbom.getString("status");
    } while (!status.equals("processed")
        && !status.equals("rejected")
        && Instant.now().isBefore(deadline)
        && portal.isAlive());
    Instant done = Instant.now();
    if (status.equals("processed")) {
      assertThat(sbom.getInt("packageCount")).isEqualTo(size + 1);
    } else {
      System.out.println("bench: " + size + " packages ended " + status + ": " + sbom);
    }
    int[] heap = heapSince(gcLog, gcOffset);
    long bytes = Files.size(document);
    Files.delete(document);
    return new Run(
        size,
        bytes,
        Duration.between(start, accepted).toMillis(),
        Duration.between(accepted, done).toMillis(),
        heap[0],
        heap[1],
        status);
  }

  /** The highest heap use before a collection and after one, in MB, in the log since offset. */
  private static int[] heapSince(Path gcLog, long offset) throws IOException {
    int before = 0;
    int after = 0;
    if (!Files.exists(gcLog)) {
      return new int[] {0, 0};
    }
    byte[] all = Files.readAllBytes(gcLog);
    String text = new String(all, (int) offset, all.length - (int) offset);
    Matcher m = GC_LINE.matcher(text);
    while (m.find()) {
      before = Math.max(before, Integer.parseInt(m.group(2)));
      after = Math.max(after, Integer.parseInt(m.group(3)));
    }
    return new int[] {before, after};
  }

  /**
   * The embedded H2 file database by default; {@code -Dbench.db=postgres} uses a fresh schema
   * {@code provena_bench} in the PostgreSQL on 127.0.0.1:5432 (database test), with the driver's
   * batch rewriting on, as README's production settings recommend.
   */
  private static Map<String, String> database(Path work) throws java.sql.SQLException {
    if (!"postgres".equals(System.getProperty("bench.db"))) {
      return PortalServer.h2File(work.resolve("h2"));
    }
    try (var connection =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "postgres");
        var statement = connection.createStatement()) {
      statement.execute("drop schema if exists provena_bench cascade");
      statement.execute("create schema provena_bench");
    }
    return Map.of(
        "provena.db.driver", "org.postgresql.ds.PGSimpleDataSource",
        "provena.db.url",
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=provena_bench"
                + "&stringtype=unspecified&reWriteBatchedInserts=true",
        "provena.db.user", "postgres",
        "provena.db.password", "postgres");
  }

  private static String report(List<Run> runs) {
    StringBuilder out =
        new StringBuilder(
            "| packages | JSON size | upload → 202 | 202 → processed | heap used before GC (max)"
                + " | heap live after GC (max) | result |\n|---:|---:|---:|---:|---:|---:|---|\n");
    for (Run run : runs) {
      out.append(
          "| %,d | %.1f MB | %,d ms | %,d ms | %s | %s | %s |%n"
              .formatted(
                  run.packages(),
                  run.bytes() / 1e6,
                  run.uploadMillis(),
                  run.processedMillis(),
                  megabytes(run.heapBeforeGcMb()),
                  megabytes(run.heapAfterGcMb()),
                  run.status()));
    }
    return out.toString();
  }

  private static String megabytes(int mb) {
    return mb == 0 ? "no collection" : "%,d MB".formatted(mb);
  }

  private static String get(String url, String token) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
