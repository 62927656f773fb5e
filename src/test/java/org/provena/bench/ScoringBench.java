package org.provena.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.scoring.application.ScoreRecomputation;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.scoring.domain.ScoringWeights;
import org.provena.scoring.infrastructure.JdbcScoreBacklog;
import org.provena.scoring.infrastructure.JdbcScoringInputs;
import org.provena.scoring.infrastructure.JpaRiskScoreRepository;
import org.provena.shared.domain.PackageCoordinates;
import org.provena.shared.domain.TimeOrderedIds;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.testing.JpaTestDatabase;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;
import org.provena.testing.Tokens;

/**
 * Issue 6's benchmark: scoring at the size of a manufacturer's portfolio. A database of {@code
 * bench.device-releases} (500) device releases of {@code bench.components-per-device} (40)
 * component releases each, every component release with a current CycloneDX 1.6 SBOM of {@code
 * bench.packages} (300) packages, is generated with JDBC batches — 50 suppliers, 2,000
 * vulnerabilities, about three findings per release with VEX answers and assessments, attestations,
 * overdue requests — as the other contexts store it. Then, on the classes the portal runs (outside
 * the container, one transaction per batch as the score worker does):
 *
 * <ol>
 *   <li>the full recompute: everything marked, then {@code next(500)} until the backlog is empty;
 *   <li>the incremental recompute after one SBOM, 20 times: a release's evidence changes (a new
 *       finding), it is marked as the {@code SbomProcessed} trigger marks it, and the backlog is
 *       drained (the release, then its supplier, then the device releases containing it);
 * </ol>
 *
 * and then, on the built WAR with a real Keycloak over the same database, the server time of {@code
 * GET /api/v1/device-releases/{id}/risk} for 50 random device releases after 10 warm-up calls.
 *
 * <p>H2 (file) by default; PostgreSQL on 127.0.0.1:5432 (database test, schema {@value #SCHEMA},
 * dropped and re-created) with {@code -Dbench.db=postgres}. Sizes: {@code
 * -Dbench.device-releases=}, {@code -Dbench.components-per-device=}, {@code -Dbench.packages=},
 * {@code -Dbench.component-releases=} (default: device releases × components per device, so no two
 * device releases share a component release; fewer makes them share). Writes {@code
 * target/bench/scoring-<db>.md}.
 */
class ScoringBench {

  private static final String SCHEMA = "provena_scoring_bench";
  private static final String PG_BASE = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String PG_USER = "postgres";
  private static final String PG_PASSWORD = "postgres";
  private static final int SUPPLIERS = 50;
  private static final int RELEASES_PER_COMPONENT = 4;
  private static final int RELEASES_PER_DEVICE = 10;
  private static final int BATCH = 500;
  private static final int INCREMENTAL_RUNS = 20;
  private static final int WARM_UP_CALLS = 10;
  private static final int RISK_CALLS = 50;

  /** Releases generated per commit while loading. */
  private static final int RELEASES_PER_COMMIT = 50;

  private static final String[] ECOSYSTEMS = {"maven", "npm", "pypi", "golang"};
  private static final String[] LICENCES = {
    "Apache-2.0", "MIT", "BSD-3-Clause", "ISC", "MPL-2.0", "EPL-2.0", "LGPL-2.1-only"
  };
  private static final String[] COMPONENT_TYPES = {
    "LIBRARY", "LIBRARY", "LIBRARY", "FRAMEWORK", "OPERATING_SYSTEM", "FIRMWARE", "APPLICATION"
  };

  /** Distinct package names to draw from (per ecosystem, a quarter each). */
  private static final int PACKAGE_NAMES = 30_000;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Random random = new Random(6);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  /** What the generator made and the measurements need again. */
  private static final class Portfolio {
    UUID[] suppliers;
    UUID[] releases;
    UUID[] vulnerabilities;
    double[] cvss;
    UUID[] deviceReleases;
    final Map<String, Long> rows = new LinkedHashMap<>();
  }

  @Test
  void full_and_incremental_recompute_and_device_risk_at_portfolio_scale() throws Exception {
    int deviceReleases = Integer.getInteger("bench.device-releases", 500);
    int componentsPerDevice = Integer.getInteger("bench.components-per-device", 40);
    int packages = Integer.getInteger("bench.packages", 300);
    int componentReleases =
        Integer.getInteger("bench.component-releases", deviceReleases * componentsPerDevice);
    int vulnerabilities = Integer.getInteger("bench.vulnerabilities", 2000);
    boolean postgres = "postgres".equals(System.getProperty("bench.db"));
    Path build = Path.of(System.getProperty("provena.build.dir", "target")).toAbsolutePath();
    Path work = build.resolve("bench/scoring");
    deleteTree(work);
    Files.createDirectories(work);
    Map<String, String> serverDatabase = database(postgres, work.resolve("h2"));

    List<String> report = new ArrayList<>();
    Portfolio portfolio;
    try (JpaTestDatabase db = open(postgres, work.resolve("h2"))) {
      long t0 = System.nanoTime();
      portfolio =
          generate(
              db,
              componentReleases,
              packages,
              vulnerabilities,
              deviceReleases,
              componentsPerDevice);
      try (Connection c = db.connection();
          Statement s = c.createStatement()) {
        // What autovacuum would do after a bulk load (it is off on the machines here).
        s.execute("analyze");
      }
      long loadMs = millisSince(t0);
      countRows(db, portfolio);
      report.add(
          row(
              "Load: "
                  + n(deviceReleases)
                  + " device releases × "
                  + componentsPerDevice
                  + " component releases × "
                  + n(packages)
                  + " packages (set-up, not a target)",
              ms(loadMs),
              n(portfolio.rows.get("sbom_package"))
                  + " packages, "
                  + n(portfolio.rows.get("finding"))
                  + " findings; ANALYZE included"));

      Wiring scoring = wire(db);

      t0 = System.nanoTime();
      db.inTransaction(scoring.recomputation::markAll);
      Map<ScoreSubject, int[]> full = drain(db, scoring.recomputation, null);
      long fullMs = millisSince(t0);
      long stored = count(db, "risk_score");
      assertThat(full.get(ScoreSubject.COMPONENT_RELEASE)[0])
          .as("every component release computed")
          .isEqualTo(componentReleases);
      assertThat(full.get(ScoreSubject.DEVICE_RELEASE)[0])
          .as("every device release computed")
          .isEqualTo(deviceReleases);
      report.add(
          row(
              "Full recompute: markAll, then next(500) until the backlog is empty",
              ms(fullMs),
              computed(full) + "; " + n(stored) + " scores stored"));

      incremental(db, scoring, portfolio, report);
    }

    deviceRisk(work, serverDatabase, portfolio, componentsPerDevice, report);

    String md =
        "| Step ("
            + (postgres ? "PostgreSQL" : "H2 file")
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores, bench JVM -Xmx"
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + "m, portal -Xmx1g) | Time | |\n|---|---|---|\n"
            + String.join("\n", report)
            + "\n\n| Table | Rows |\n|---|---:|\n"
            + portfolio.rows.entrySet().stream()
                .map(e -> "| " + e.getKey() + " | " + n(e.getValue()) + " |")
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
            + "\n";
    Files.writeString(build.resolve("bench/scoring-" + (postgres ? "postgres" : "h2") + ".md"), md);
    System.out.println(md);
  }

  // ---------------------------------------------------------------- the measurements

  private record Wiring(ScoreRecomputation recomputation, JdbcScoreBacklog backlog) {}

  /** The score worker's service as CDI would wire it, with the default weights and the clock. */
  private static Wiring wire(JpaTestDatabase db) throws ReflectiveOperationException {
    JdbcScoreBacklog backlog = db.inject(new JdbcScoreBacklog());
    SupplierScopeResolver scopes = new SupplierScopeResolver();
    scopes.actAsSystem();
    ScoreRecomputation recomputation = new ScoreRecomputation();
    set(recomputation, "backlog", backlog);
    set(recomputation, "inputs", db.inject(new JdbcScoringInputs()));
    set(recomputation, "scores", db.inject(new JpaRiskScoreRepository()));
    set(recomputation, "weights", ScoringWeights.defaults());
    set(recomputation, "scopes", scopes);
    set(recomputation, "clock", Clock.systemUTC());
    return new Wiring(recomputation, backlog);
  }

  /**
   * Batches until the backlog is empty, each in its own transaction as the worker runs them; per
   * subject type: computed, changed, batches, milliseconds. {@code chain} collects the batches in
   * order when not null.
   */
  private static Map<ScoreSubject, int[]> drain(
      JpaTestDatabase db, ScoreRecomputation recomputation, List<String> chain) {
    Map<ScoreSubject, int[]> totals = new LinkedHashMap<>();
    for (ScoreSubject type : ScoreSubject.values()) {
      totals.put(type, new int[4]);
    }
    while (true) {
      long t0 = System.nanoTime();
      ScoreRecomputation.Batch batch = db.inTransaction(() -> recomputation.next(BATCH));
      if (batch.isEmpty()) {
        return totals;
      }
      int[] t = totals.get(batch.type());
      t[0] += batch.computed();
      t[1] += batch.changed();
      t[2]++;
      t[3] += (int) millisSince(t0);
      if (chain != null) {
        chain.add(label(batch.type()) + " " + batch.computed() + " (" + batch.changed() + ")");
      }
    }
  }

  /**
   * A new finding on a release's current SBOM (a critical vulnerability), committed; then the mark
   * the {@code SbomProcessed} trigger writes, and the drain. Timed from the mark to the empty
   * backlog.
   */
  private void incremental(
      JpaTestDatabase db, Wiring scoring, Portfolio portfolio, List<String> report)
      throws SQLException {
    List<Integer> critical = new ArrayList<>();
    for (int v = 0; v < portfolio.cvss.length; v++) {
      if (portfolio.cvss[v] >= 9.0) {
        critical.add(v);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < portfolio.releases.length; r++) {
      order.add(r);
    }
    Collections.shuffle(order, random);
    int runs = Math.min(INCREMENTAL_RUNS, order.size());
    long[] nanos = new long[runs];
    Map<String, Integer> chains = new LinkedHashMap<>();
    Map<ScoreSubject, int[]> byType = new LinkedHashMap<>();
    int moved = 0;
    for (int i = 0; i < runs; i++) {
      UUID release = portfolio.releases[order.get(i)];
      newFinding(
          db, release, portfolio.vulnerabilities[critical.get(random.nextInt(critical.size()))]);
      List<String> chain = new ArrayList<>();
      long t0 = System.nanoTime();
      db.inTransaction(
          () ->
              scoring.backlog.mark(
                  ScoreSubject.COMPONENT_RELEASE, List.of(release), Instant.now()));
      Map<ScoreSubject, int[]> done = drain(db, scoring.recomputation, chain);
      nanos[i] = System.nanoTime() - t0;
      if (done.get(ScoreSubject.COMPONENT_RELEASE)[1] == 1) {
        moved++;
      }
      done.forEach(
          (type, t) -> {
            int[] sum = byType.computeIfAbsent(type, k -> new int[4]);
            for (int k = 0; k < 4; k++) {
              sum[k] += t[k];
            }
          });
      chains.merge(String.join(" → ", chain), 1, Integer::sum);
    }
    assertThat(moved).as("the new finding moved the release's score every time").isEqualTo(runs);
    Arrays.sort(nanos);
    StringBuilder perType = new StringBuilder();
    byType.forEach(
        (type, t) -> {
          if (t[2] > 0) {
            perType
                .append(perType.length() == 0 ? "" : ", ")
                .append(label(type))
                .append(String.format(Locale.ROOT, " %.0f ms", t[3] / (double) runs));
          }
        });
    StringBuilder seen = new StringBuilder();
    chains.forEach(
        (chain, times) ->
            seen.append(seen.length() == 0 ? "" : "; ")
                .append(chain)
                .append(times == runs ? "" : " (" + times + "×)"));
    report.add(
        row(
            "Incremental after one SBOM (" + runs + " releases): mark → backlog empty",
            percentiles(nanos),
            "batches (computed (changed)): "
                + seen
                + "; mean per batch type: "
                + perType
                + "; score moved "
                + moved
                + "/"
                + runs));
  }

  private void newFinding(JpaTestDatabase db, UUID release, UUID vulnerability)
      throws SQLException {
    try (Connection c = db.connection()) {
      UUID supplier = null;
      List<UUID> packages = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "select p.id, d.supplier_id from sbom_package p"
                  + " join sbom_document d on d.id = p.sbom_id"
                  + " where d.component_release_id = ? and d.status = 'PROCESSED'"
                  + " and d.superseded_at is null")) {
        s.setObject(1, release);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            packages.add(r.getObject(1, UUID.class));
            supplier = r.getObject(2, UUID.class);
          }
        }
      }
      UUID pkg;
      do {
        pkg = packages.get(random.nextInt(packages.size()));
      } while (exists(c, pkg, vulnerability));
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into finding (id, row_version, supplier_id, component_release_id, package_id,"
                  + " vulnerability_id, matched_by, state, first_seen_at)"
                  + " values (?, 0, ?, ?, ?, ?, 'OSV', 'OPEN', ?)")) {
        s.setObject(1, UUID.randomUUID());
        s.setObject(2, supplier);
        s.setObject(3, release);
        s.setObject(4, pkg);
        s.setObject(5, vulnerability);
        s.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
        s.executeUpdate();
      }
    }
  }

  private static boolean exists(Connection c, UUID pkg, UUID vulnerability) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select count(*) from finding where package_id = ? and vulnerability_id = ?")) {
      s.setObject(1, pkg);
      s.setObject(2, vulnerability);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /**
   * The built WAR over the same database; its daily pass is put off past the run so that only the
   * requests are measured. Times each call from request to the whole body read, on the loopback.
   */
  private void deviceRisk(
      Path work,
      Map<String, String> database,
      Portfolio portfolio,
      int componentsPerDevice,
      List<String> report)
      throws Exception {
    KeycloakServer.ensureRunningForTests();
    Map<String, String> properties = new HashMap<>(database);
    properties.put("provena.demo-data", "false");
    properties.put("provena.blob-dir", work.resolve("blobs").toString());
    properties.put("provena.score-worker.first-full-minutes", "100000");
    int port = Integer.getInteger("bench.port", 8096);
    try (PortalServer portal =
        PortalServer.start(
            Path.of(System.getProperty("provena.payara-micro")),
            Path.of(System.getProperty("provena.war")),
            port,
            properties,
            work,
            work.resolve("portal.log"))) {
      String token = Tokens.forUser("security");
      Instant issued = Instant.now();
      UUID[] ids = portfolio.deviceReleases;
      for (int i = 0; i < WARM_UP_CALLS; i++) {
        risk(portal, token, ids[random.nextInt(ids.length)], componentsPerDevice);
      }
      long[] nanos = new long[RISK_CALLS];
      for (int i = 0; i < RISK_CALLS; i++) {
        if (Duration.between(issued, Instant.now()).toSeconds() > 60) {
          token = Tokens.forUser("security");
          issued = Instant.now();
        }
        nanos[i] = risk(portal, token, ids[random.nextInt(ids.length)], componentsPerDevice);
      }
      Arrays.sort(nanos);
      report.add(
          row(
              "Device risk: GET /api/v1/device-releases/{id}/risk ("
                  + RISK_CALLS
                  + " random device releases after "
                  + WARM_UP_CALLS
                  + " warm-up calls)",
              percentiles(nanos),
              componentsPerDevice + " components each; security token; loopback round trip"));
    }
  }

  private static long risk(PortalServer portal, String token, UUID id, int components)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(portal.baseUrl() + "/api/v1/device-releases/" + id + "/risk"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(2))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - t0;
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject risk = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(risk.getJsonArray("components")).hasSize(components);
    assertThat(risk.containsKey("score") && !risk.isNull("score"))
        .as("the device release was scored")
        .isTrue();
    return elapsed;
  }

  // ---------------------------------------------------------------- the data

  private Portfolio generate(
      JpaTestDatabase db,
      int componentReleases,
      int packages,
      int vulnerabilities,
      int deviceReleases,
      int componentsPerDevice)
      throws SQLException {
    Portfolio p = new Portfolio();
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      suppliersComponentsReleases(c, p, componentReleases);
      vulnerabilities(c, p, vulnerabilities);
      sboms(c, p, packages);
      supplierEvidence(c, p);
      devices(c, p, deviceReleases, componentsPerDevice);
    }
    return p;
  }

  private void suppliersComponentsReleases(Connection c, Portfolio p, int componentReleases)
      throws SQLException {
    int suppliers = Math.min(SUPPLIERS, componentReleases);
    p.suppliers = new UUID[suppliers];
    try (Rows rows =
        new Rows(
            c,
            "supplier",
            "id, row_version, name, organization_alias, status, contact_email, cvd_contact,"
                + " cvd_policy_url, created_at, updated_at")) {
      for (int s = 0; s < suppliers; s++) {
        p.suppliers[s] = UUID.randomUUID();
        // About a third have no coordinated-disclosure contact (a scoring check).
        boolean cvd = s % 3 != 2;
        rows.add(
            p.suppliers[s],
            0,
            "Supplier " + s + " Medical Software",
            "bench-supplier-" + s,
            "ACTIVE",
            "security@supplier" + s + ".example",
            cvd ? "psirt@supplier" + s + ".example" : null,
            cvd ? "https://supplier" + s + ".example/security" : null,
            at(900),
            at(30));
      }
      rows.flush();
    }
    int components = (componentReleases + RELEASES_PER_COMPONENT - 1) / RELEASES_PER_COMPONENT;
    UUID[] componentIds = new UUID[components];
    p.releases = new UUID[componentReleases];
    try (Rows componentRows =
            new Rows(c, "component", "id, row_version, supplier_id, name, type, created_at");
        Rows releaseRows =
            new Rows(
                c,
                "component_release",
                "id, row_version, component_id, supplier_id, version_label, purl,"
                    + " level_of_support, end_of_support, released_on, created_at")) {
      for (int k = 0; k < components; k++) {
        componentIds[k] = UUID.randomUUID();
        componentRows.add(
            componentIds[k],
            0,
            p.suppliers[k % suppliers],
            componentName(k),
            COMPONENT_TYPES[k % COMPONENT_TYPES.length],
            at(800));
      }
      componentRows.flush();
      for (int r = 0; r < componentReleases; r++) {
        int k = r / RELEASES_PER_COMPONENT;
        p.releases[r] = UUID.randomUUID();
        String version = (1 + k % 5) + "." + (r % RELEASES_PER_COMPONENT) + "." + (k % 7);
        double support = random.nextDouble();
        String level =
            support < 0.6
                ? "ACTIVELY_MAINTAINED"
                : support < 0.75 ? "NO_LONGER_MAINTAINED" : support < 0.8 ? "ABANDONED" : "UNKNOWN";
        releaseRows.add(
            p.releases[r],
            0,
            componentIds[k],
            p.suppliers[k % suppliers],
            version,
            "pkg:generic/supplier" + (k % suppliers) + "/" + componentName(k) + "@" + version,
            level,
            endOfSupport(),
            LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(30 + random.nextInt(700)),
            at(700));
        if (releaseRows.pending() >= 1000) {
          releaseRows.flush();
        }
      }
      releaseRows.flush();
    }
    c.commit();
  }

  /**
   * Past (10 %), within six months (15 %), before a device's planned end (15 %), years ahead (35
   * %), or not given (25 %).
   */
  private LocalDate endOfSupport() {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    double d = random.nextDouble();
    if (d < 0.10) {
      return today.minusDays(1 + random.nextInt(500));
    }
    if (d < 0.25) {
      return today.plusDays(1 + random.nextInt(180));
    }
    if (d < 0.40) {
      return today.plusDays(200 + random.nextInt(500));
    }
    if (d < 0.75) {
      return today.plusYears(4).plusDays(random.nextInt(2000));
    }
    return null;
  }

  private void vulnerabilities(Connection c, Portfolio p, int count) throws SQLException {
    p.vulnerabilities = new UUID[count];
    p.cvss = new double[count];
    try (Rows rows =
        new Rows(
            c,
            "vulnerability",
            "id, row_version, primary_id, summary, published_at, modified_at, severity,"
                + " cvss_v31_vector, cvss_v31_score, cvss_v40_vector, cvss_v40_score, cwe_ids,"
                + " epss_score, epss_percentile, epss_date, kev_date_added, kev_due_date,"
                + " kev_required_action, kev_ransomware_use, kev_vendor_project, kev_product")) {
      for (int v = 0; v < count; v++) {
        p.vulnerabilities[v] = UUID.randomUUID();
        // Scores spread as in the NVD: most medium and high, about one in eight critical.
        double score =
            Math.min(10.0, Math.round((3.0 + random.nextGaussian() * 1.6 + 4.0) * 10) / 10.0);
        score = Math.max(1.0, score);
        p.cvss[v] = score;
        boolean v4 = random.nextDouble() < 0.4;
        double v4score =
            Math.max(
                1.0, Math.min(10.0, Math.round((score + random.nextGaussian() * 0.5) * 10) / 10.0));
        // EPSS is small for most vulnerabilities and high for a few.
        double epss = Math.pow(random.nextDouble(), 6);
        boolean kev = random.nextDouble() < 0.03;
        LocalDate published =
            LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(20 + random.nextInt(1500));
        LocalDate kevAdded = kev ? published.plusDays(random.nextInt(20)) : null;
        rows.add(
            p.vulnerabilities[v],
            0,
            "CVE-" + (2021 + v % 5) + "-" + (20000 + v),
            "Synthetic vulnerability " + v + " in a widely used package",
            published.atStartOfDay().atOffset(ZoneOffset.UTC),
            published.plusDays(random.nextInt(60)).atStartOfDay().atOffset(ZoneOffset.UTC),
            severity(v4 ? v4score : score),
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:"
                + (score > 8 ? "N" : "R")
                + "/S:U/C:H/I:H/A:"
                + (score > 9 ? "H" : "N"),
            BigDecimal.valueOf(score),
            v4 ? "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N" : null,
            v4 ? BigDecimal.valueOf(v4score) : null,
            "CWE-" + (20 + v % 900),
            epss,
            Math.min(1.0, Math.pow(epss, 0.25)),
            LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1),
            kevAdded,
            kev ? kevAdded.plusDays(21) : null,
            kev
                ? "Apply mitigations per vendor instructions or discontinue use of the product."
                : null,
            kev ? (v % 4 == 0 ? "Known" : "Unknown") : null,
            kev ? "Vendor " + (v % 97) : null,
            kev ? "Product " + (v % 89) : null);
        if (rows.pending() >= 1000) {
          rows.flush();
        }
      }
      rows.flush();
    }
    c.commit();
  }

  private static String severity(double score) {
    return score >= 9.0 ? "CRITICAL" : score >= 7.0 ? "HIGH" : score >= 4.0 ? "MEDIUM" : "LOW";
  }

  /**
   * One processed CycloneDX 1.6 SBOM per release with its packages (one hash each: SHA-256, MD5 for
   * about 3 %), a handful of dependency edges, its findings with VEX answers and assessments, and
   * the release's attestations; committed every {@value #RELEASES_PER_COMMIT} releases.
   */
  private void sboms(Connection c, Portfolio p, int packages) throws SQLException {
    int suppliers = p.suppliers.length;
    try (Rows blobs = new Rows(c, "stored_blob", "sha256, size_bytes, media_type, stored_at");
        Rows documents =
            new Rows(
                c,
                "sbom_document",
                "id, row_version, supplier_id, component_release_id, original_sha256, media_type,"
                    + " format, spec_version, serial_number, document_version, author, tool_name,"
                    + " tool_version, document_timestamp, lifecycle, status, package_count,"
                    + " quality_report, uploaded_by, uploaded_at, processed_at, primary_package_id,"
                    + " hashed_packages, strong_hashed_packages");
        Rows packageRows =
            new Rows(
                c,
                "sbom_package",
                "id, sbom_id, supplier_id, bom_ref, package_type, namespace, name,"
                    + " package_version, purl, licence_expression, supplier_name, match_key,"
                    + " match_version, match_name");
        Rows hashes = new Rows(c, "sbom_package_hash", "package_id, algorithm, hash_value");
        Rows edges =
            new Rows(c, "sbom_dependency_edge", "sbom_id, from_package_id, to_package_id");
        Rows findings =
            new Rows(
                c,
                "finding",
                "id, row_version, supplier_id, component_release_id, package_id, vulnerability_id,"
                    + " matched_by, match_note, state, first_seen_at, resolved_at, resolution");
        Rows statements =
            new Rows(
                c,
                "vex_statement",
                "id, supplier_id, component_release_id, finding_id, vulnerability_ref, status,"
                    + " justification, impact_statement, action_statement, source, author,"
                    + " issued_at, recorded_at");
        Rows applied =
            new Rows(c, "vex_statement_finding", "statement_id, finding_id, applied_at");
        Rows answered =
            new Rows(
                c,
                "update finding set vex_statement_id = ?, vex_status = ?, vex_at = ? where id = ?");
        Rows assessments =
            new Rows(
                c,
                "finding_assessment",
                "id, finding_id, triage_state, safety_impact, risk_control, comment_text,"
                    + " assessed_by, assessed_at");
        Rows attestations =
            new Rows(
                c,
                "attestation",
                "id, row_version, supplier_id, component_release_id, kind, subject_name,"
                    + " subject_digest_algorithm, subject_digest, subject_binding, issuer,"
                    + " issued_at, expires_at, verification_status, verification_reason,"
                    + " verified_at, slsa_build_level, signature_outcome, predicate_type,"
                    + " uploaded_by, uploaded_at")) {
      List<Rows> inOrder =
          List.of(
              blobs,
              documents,
              packageRows,
              hashes,
              edges,
              findings,
              statements,
              applied,
              answered,
              assessments,
              attestations);
      for (int r = 0; r < p.releases.length; r++) {
        UUID release = p.releases[r];
        int k = r / RELEASES_PER_COMPONENT;
        UUID supplier = p.suppliers[k % suppliers];
        UUID sbom = UUID.randomUUID();
        String sha = hex(32);
        int processedDaysAgo = 1 + random.nextInt(300);
        blobs.add(
            sha,
            150_000L + packages * 620L,
            "application/vnd.cyclonedx+json",
            at(processedDaysAgo));

        UUID[] ids = new UUID[packages];
        int md5Only = 0;
        int withoutLicence = 0;
        int withoutSupplier = 0;
        boolean sloppyLicences = random.nextDouble() < 0.4;
        boolean sloppySuppliers = random.nextDouble() < 0.7;
        Set<String> purls = new HashSet<>();
        for (int i = 0; i < packages; i++) {
          ids[i] = TimeOrderedIds.next();
          String ecosystem;
          String purl;
          String namespace;
          String name;
          String version;
          if (i == 0) {
            ecosystem = "generic";
            namespace = "supplier" + (k % suppliers);
            name = componentName(k);
            version = "primary";
            purl = "pkg:generic/" + namespace + "/" + name + "@" + r;
          } else {
            do {
              int n = random.nextInt(PACKAGE_NAMES);
              ecosystem = ECOSYSTEMS[n % ECOSYSTEMS.length];
              version = (random.nextInt(6)) + "." + random.nextInt(20) + "." + random.nextInt(10);
              namespace = namespace(ecosystem, n);
              name = packageName(ecosystem, n);
              purl = purl(ecosystem, namespace, name, version);
            } while (!purls.add(purl));
          }
          PackageCoordinates coordinates = PackageCoordinates.ofPurl(purl).orElseThrow();
          boolean licence = !(sloppyLicences && random.nextDouble() < 0.15);
          boolean supplierName = !(sloppySuppliers && random.nextDouble() < 0.5);
          withoutLicence += licence ? 0 : 1;
          withoutSupplier += supplierName ? 0 : 1;
          packageRows.add(
              ids[i],
              sbom,
              supplier,
              purl,
              i == 0 ? "application" : "library",
              namespace,
              name,
              version,
              purl,
              licence ? LICENCES[random.nextInt(LICENCES.length)] : null,
              supplierName ? "Maintainers of " + name : null,
              coordinates.key(),
              coordinates.version(),
              coordinates.name());
          if (random.nextDouble() < 0.03) {
            md5Only++;
            hashes.add(ids[i], "MD5", hex(16));
          } else {
            hashes.add(ids[i], "SHA256", hex(32));
          }
        }
        // A handful of edges: the primary component's direct dependencies and a few between them;
        // one SBOM in twenty has none (a scoring check).
        int inEdges = 0;
        if (packages > 1 && random.nextDouble() >= 0.05) {
          Set<String> pairs = new HashSet<>();
          int direct = Math.min(packages - 1, 6);
          for (int i = 1; i <= direct; i++) {
            pairs.add(0 + ">" + i);
            edges.add(sbom, ids[0], ids[i]);
          }
          inEdges = direct + 1;
          for (int e = 0; e < 4 && packages > 2; e++) {
            int from = 1 + random.nextInt(packages - 1);
            int to = 1 + random.nextInt(packages - 1);
            if (from != to && pairs.add(from + ">" + to)) {
              edges.add(sbom, ids[from], ids[to]);
              inEdges++;
            }
          }
        }
        String spec = random.nextDouble() < 0.9 ? "1.6" : "1.5";
        documents.add(
            sbom,
            0,
            supplier,
            release,
            sha,
            "application/vnd.cyclonedx+json",
            "CYCLONEDX_JSON",
            spec,
            "urn:uuid:" + UUID.randomUUID(),
            1,
            "Release engineering, supplier " + (k % suppliers),
            "cyclonedx-maven-plugin",
            "2.9.1",
            at(processedDaysAgo),
            "build",
            "PROCESSED",
            packages,
            quality(
                packages, md5Only, withoutLicence, withoutSupplier, Math.min(inEdges, packages)),
            "ci-supplier-" + (k % suppliers),
            at(processedDaysAgo),
            at(processedDaysAgo),
            ids[0],
            // As processing counts them (every package has one hash here).
            packages,
            packages - md5Only);

        findings(p, release, supplier, ids, findings, statements, applied, answered, assessments);
        releaseAttestations(release, supplier, sha, attestations);

        if ((r + 1) % RELEASES_PER_COMMIT == 0 || r == p.releases.length - 1) {
          for (Rows rows : inOrder) {
            rows.flush();
          }
          c.commit();
        }
      }
    }
  }

  /**
   * About three findings per release (0–6) on random packages: nine in ten open; of the open ones
   * about a third with a VEX answer from the supplier's portal and a fifth assessed by the
   * manufacturer.
   */
  private void findings(
      Portfolio p,
      UUID release,
      UUID supplier,
      UUID[] packages,
      Rows findings,
      Rows statements,
      Rows applied,
      Rows answered,
      Rows assessments)
      throws SQLException {
    if (packages.length < 2) {
      return;
    }
    int count = random.nextInt(7);
    Set<String> seen = new HashSet<>();
    for (int f = 0; f < count; f++) {
      int pkg = 1 + random.nextInt(packages.length - 1);
      int v = random.nextInt(p.vulnerabilities.length);
      if (!seen.add(pkg + "/" + v)) {
        continue;
      }
      UUID finding = UUID.randomUUID();
      int firstSeen = 1 + random.nextInt(240);
      boolean open = random.nextDouble() < 0.9;
      findings.add(
          finding,
          0,
          supplier,
          release,
          packages[pkg],
          p.vulnerabilities[v],
          "OSV",
          "version in an ECOSYSTEM range",
          open ? "OPEN" : "RESOLVED",
          at(firstSeen),
          open ? null : at(random.nextInt(firstSeen)),
          open ? null : "no longer matched");
      if (!open) {
        continue;
      }
      if (random.nextDouble() < 0.33) {
        UUID statement = UUID.randomUUID();
        int answeredDaysAgo = random.nextInt(firstSeen);
        double d = random.nextDouble();
        String status =
            d < 0.5
                ? "NOT_AFFECTED"
                : d < 0.7 ? "AFFECTED" : d < 0.85 ? "FIXED" : "UNDER_INVESTIGATION";
        // Some answers miss what they owe: a justification, an action (scoring checks).
        boolean complete = random.nextDouble() < 0.85;
        statements.add(
            statement,
            supplier,
            release,
            finding,
            "CVE-" + (2021 + v % 5) + "-" + (20000 + v),
            status,
            status.equals("NOT_AFFECTED") && complete
                ? "VULNERABLE_CODE_NOT_IN_EXECUTE_PATH"
                : null,
            status.equals("NOT_AFFECTED") ? "The affected function is never called." : null,
            status.equals("AFFECTED") && complete
                ? "Update to the fixed version in the next release."
                : null,
            "PORTAL",
            "psirt",
            at(answeredDaysAgo),
            at(answeredDaysAgo));
        applied.add(statement, finding, at(answeredDaysAgo));
        answered.add(statement, status, at(answeredDaysAgo), finding);
      }
      if (random.nextDouble() < 0.2) {
        int assessedDaysAgo = random.nextInt(firstSeen);
        boolean uncontrolled = random.nextDouble() < 0.2;
        assessments.add(
            UUID.randomUUID(),
            finding,
            uncontrolled ? "EXPLOITABLE" : random.nextBoolean() ? "NOT_EXPLOITABLE" : "IN_TRIAGE",
            uncontrolled ? "SERIOUS" : "MINOR",
            uncontrolled ? "UNCONTROLLED" : "CONTROLLED",
            "Reviewed against the device's threat model.",
            "security",
            at(assessedDaysAgo));
      }
    }
  }

  /**
   * SLSA provenance for about a third of the releases (one in twenty badly signed), a Sigstore
   * bundle over the SBOM for a quarter.
   */
  private void releaseAttestations(UUID release, UUID supplier, String sbomSha, Rows attestations)
      throws SQLException {
    if (random.nextDouble() < 0.35) {
      boolean bad = random.nextDouble() < 0.05;
      int issued = 1 + random.nextInt(300);
      attestations.add(
          UUID.randomUUID(),
          0,
          supplier,
          release,
          "SLSA_PROVENANCE",
          "artifact.tar.gz",
          "SHA256",
          hex(32),
          bad ? "UNKNOWN" : "MATCHED",
          "https://github.com/actions/runner",
          at(issued),
          null,
          bad ? "INVALID" : "VERIFIED",
          bad ? "signature does not verify" : null,
          at(issued),
          1 + random.nextInt(3),
          bad ? "INVALID" : "VALID",
          "https://slsa.dev/provenance/v1",
          "ci",
          at(issued));
    }
    if (random.nextDouble() < 0.25) {
      int issued = 1 + random.nextInt(300);
      attestations.add(
          UUID.randomUUID(),
          0,
          supplier,
          release,
          "SIGSTORE_BUNDLE",
          "sbom.cdx.json",
          "SHA256",
          sbomSha,
          "UNKNOWN",
          "https://fulcio.sigstore.dev",
          at(issued),
          null,
          "VERIFIED",
          null,
          at(issued),
          null,
          "VALID",
          null,
          "ci",
          at(issued));
    }
  }

  /**
   * Per supplier: a secure-development form (four in five; most covering all products), an ISO
   * 27001 certificate (half; some expired, some expiring), and up to three evidence requests, a
   * third of them overdue.
   */
  private void supplierEvidence(Connection c, Portfolio p) throws SQLException {
    try (Rows attestations =
            new Rows(
                c,
                "attestation",
                "id, row_version, supplier_id, kind, issuer, issued_at, expires_at,"
                    + " verification_status, verified_at, signature_outcome, details,"
                    + " uploaded_by, uploaded_at");
        Rows requests =
            new Rows(
                c,
                "evidence_request",
                "id, row_version, supplier_id, kind, message, due_date, state, requested_by,"
                    + " requested_at")) {
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      for (int s = 0; s < p.suppliers.length; s++) {
        UUID supplier = p.suppliers[s];
        if (random.nextDouble() < 0.8) {
          int issued = 10 + random.nextInt(500);
          attestations.add(
              UUID.randomUUID(),
              0,
              supplier,
              "CISA_SECURE_SOFTWARE_DEVELOPMENT",
              "Chief Executive Officer, supplier " + s,
              at(issued),
              null,
              "VERIFIED",
              at(issued),
              "VALID",
              "{\"form\": \"cisa-secure-software-development-attestation\", \"allProducts\": "
                  + (random.nextDouble() < 0.75)
                  + ", \"releases\": []}",
              "supplier-" + s,
              at(issued));
        }
        if (random.nextDouble() < 0.5) {
          double d = random.nextDouble();
          // Expired on its date, expiring within 30 days, or valid: the statuses the expiry pass
          // would set, so that it changes nothing while the benchmark runs.
          int expiresIn =
              d < 0.2
                  ? -(1 + random.nextInt(200))
                  : d < 0.35 ? 5 + random.nextInt(20) : 60 + random.nextInt(700);
          String status = expiresIn < 0 ? "EXPIRED" : expiresIn < 30 ? "EXPIRING" : "VERIFIED";
          attestations.add(
              UUID.randomUUID(),
              0,
              supplier,
              "ISO_27001_CERTIFICATE",
              "Certification body " + (s % 7),
              at(1095 - expiresIn),
              at(-expiresIn),
              status,
              at(1095 - expiresIn),
              "UNSIGNED",
              null,
              "supplier-" + s,
              at(1095 - expiresIn));
        }
        int count = random.nextInt(4);
        for (int q = 0; q < count; q++) {
          double d = random.nextDouble();
          String state = d < 0.33 ? "OVERDUE" : d < 0.66 ? "OPEN" : "ACCEPTED";
          LocalDate due =
              state.equals("OVERDUE")
                  ? today.minusDays(1 + random.nextInt(60))
                  : state.equals("OPEN")
                      ? today.plusDays(1 + random.nextInt(60))
                      : today.minusDays(random.nextInt(200));
          String kind = q % 3 == 0 ? "SBOM" : q % 3 == 1 ? "VEX" : "ATTESTATION";
          requests.add(
              UUID.randomUUID(),
              0,
              supplier,
              kind,
              "Please provide the " + kind + " for your current releases.",
              due,
              state,
              "procurement",
              at(100 + random.nextInt(100)));
        }
      }
      attestations.flush();
      requests.flush();
    }
    c.commit();
  }

  /**
   * {@value #RELEASES_PER_DEVICE} releases per device; device release {@code i} contains component
   * releases {@code i*cpd … i*cpd+cpd-1} (modulo the number of component releases), with a mix of
   * IEC 62304 classes and exposures.
   */
  private void devices(Connection c, Portfolio p, int deviceReleases, int componentsPerDevice)
      throws SQLException {
    int devices = (deviceReleases + RELEASES_PER_DEVICE - 1) / RELEASES_PER_DEVICE;
    UUID[] deviceIds = new UUID[devices];
    p.deviceReleases = new UUID[deviceReleases];
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    try (Rows deviceRows =
            new Rows(c, "device", "id, row_version, name, model_number, description, created_at");
        Rows releaseRows =
            new Rows(
                c,
                "device_release",
                "id, row_version, device_id, version_label, released_on, planned_end_of_support,"
                    + " created_at");
        Rows components =
            new Rows(
                c,
                "device_release_component",
                "id, device_release_id, component_release_id, criticality, exposure")) {
      for (int d = 0; d < devices; d++) {
        deviceIds[d] = UUID.randomUUID();
        deviceRows.add(
            deviceIds[d],
            0,
            "Device "
                + d
                + (d % 3 == 0 ? " infusion pump" : d % 3 == 1 ? " patient monitor" : " ventilator"),
            "PV-" + (1000 + d),
            "A medical device of the benchmark portfolio",
            at(1000));
      }
      deviceRows.flush();
      for (int i = 0; i < deviceReleases; i++) {
        p.deviceReleases[i] = UUID.randomUUID();
        int minor = i % RELEASES_PER_DEVICE;
        releaseRows.add(
            p.deviceReleases[i],
            0,
            deviceIds[i / RELEASES_PER_DEVICE],
            "4." + minor,
            today.minusDays(30L * (RELEASES_PER_DEVICE - minor)),
            today.plusYears(3 + random.nextInt(8)),
            at(30 * (RELEASES_PER_DEVICE - minor)));
      }
      releaseRows.flush();
      for (int i = 0; i < deviceReleases; i++) {
        Set<Integer> in = new HashSet<>();
        for (int j = 0; j < componentsPerDevice; j++) {
          int r = (int) (((long) i * componentsPerDevice + j) % p.releases.length);
          if (!in.add(r)) {
            continue;
          }
          double cls = random.nextDouble();
          double exposure = random.nextDouble();
          components.add(
              UUID.randomUUID(),
              p.deviceReleases[i],
              p.releases[r],
              cls < 0.4 ? "CLASS_A" : cls < 0.8 ? "CLASS_B" : "CLASS_C",
              exposure < 0.4 ? "NETWORKED" : exposure < 0.8 ? "LOCAL_ONLY" : "NONE");
        }
        if (components.pending() >= 1000) {
          components.flush();
        }
      }
      components.flush();
    }
    c.commit();
  }

  /**
   * A quality report in the shape the SBOM context stores ({@code QualityReport}): the CISA 2026
   * profile with each check's coverage (the score is their mean), the other profiles summarised.
   */
  private static String quality(
      int packages, int md5Only, int withoutLicence, int withoutSupplier, int inEdges) {
    StringBuilder fields = new StringBuilder();
    double sum = 0;
    Object[][] components = {
      {
        "supplier",
        packages - withoutSupplier,
        "Name the supplier of " + withoutSupplier + " components."
      },
      {"componentName", packages, null},
      {"version", packages, null},
      {"uniqueIdentifier", packages, null},
      {
        "dependencies",
        inEdges,
        "Give " + (packages - inEdges) + " components their dependency relationships."
      },
      {
        "hash",
        packages,
        md5Only == 0 ? null : "Give " + md5Only + " components a SHA-256 or stronger hash."
      },
      {"licence", packages - withoutLicence, "Give " + withoutLicence + " components a licence."}
    };
    for (Object[] check : components) {
      int present = (Integer) check[1];
      double coverage = packages == 0 ? 100.0 : Math.round(present * 1000.0 / packages) / 10.0;
      boolean passed = present == packages && (!check[0].equals("hash") || md5Only == 0);
      sum += coverage;
      fields
          .append(fields.length() == 0 ? "" : ",\n")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"check\": \"%s\", \"scope\": \"component\", \"total\": %d, \"present\": %d,"
                      + " \"declaredUnknown\": 0, \"declaredWithheld\": 0, \"missing\": %d,"
                      + " \"coverage\": %.1f, \"passed\": %b, \"fix\": %s}",
                  check[0],
                  packages,
                  present,
                  packages - present,
                  coverage,
                  passed,
                  passed || check[2] == null ? "null" : "\"" + check[2] + "\""));
    }
    for (String document :
        List.of(
            "author",
            "timestamp",
            "toolNameVersion",
            "generationContext",
            "formatVersion",
            "sbomVersion")) {
      sum += 100.0;
      fields.append(
          ",\n{\"check\": \""
              + document
              + "\", \"scope\": \"document\", \"total\": 1, \"present\": 1,"
              + " \"declaredUnknown\": 0, \"declaredWithheld\": 0, \"missing\": 0,"
              + " \"coverage\": 100.0, \"passed\": true, \"fix\": null}");
    }
    int cisa = (int) Math.round(sum / 13);
    return "{\"ntia2021\": {\"profile\": \"ntia2021\", \"score\": "
        + Math.min(100, cisa + 5)
        + ", \"fields\": []},\n \"cisa2026\": {\"profile\": \"cisa2026\", \"score\": "
        + cisa
        + ", \"fields\": [\n"
        + fields
        + "]},\n \"bsi\": {\"profile\": \"bsi\", \"score\": "
        + Math.max(0, cisa - 20)
        + ", \"fields\": []},\n \"fda\": {\"profile\": \"fda\", \"score\": 50, \"fields\": []}}";
  }

  private static String componentName(int k) {
    String[] kinds = {"tls", "rtos", "wifi-fw", "dicom", "hl7", "ui", "crypto", "logging"};
    return "component-" + k + "-" + kinds[k % kinds.length];
  }

  private static String namespace(String ecosystem, int n) {
    return switch (ecosystem) {
      case "maven" -> "org.example.g" + (n % 700);
      case "golang" -> "github.com/example" + (n % 400);
      case "npm" -> n % 5 == 0 ? "@scope" + (n % 50) : null;
      default -> null;
    };
  }

  private static String packageName(String ecosystem, int n) {
    return switch (ecosystem) {
      case "maven" -> "artifact-" + n;
      case "golang" -> "module-" + n;
      case "npm" -> "pkg-" + n;
      default -> "py-pkg-" + n;
    };
  }

  private static String purl(String ecosystem, String namespace, String name, String version) {
    String path = namespace == null ? name : namespace.replace("@", "%40") + "/" + name;
    return "pkg:"
        + ecosystem
        + "/"
        + path
        + "@"
        + (ecosystem.equals("golang") ? "v" : "")
        + version;
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** A random hash value of {@code bytes} bytes in lower-case hex (millions are made). */
  private String hex(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    char[] out = new char[bytes * 2];
    for (int i = 0; i < bytes; i++) {
      out[2 * i] = HEX[(value[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[value[i] & 0xf];
    }
    return new String(out);
  }

  /** {@code days} days before now (negative: after). */
  private OffsetDateTime at(int days) {
    return now.minus(days, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
  }

  // ---------------------------------------------------------------- databases

  /**
   * The database the portal opens afterwards: the same H2 file (user and password as {@link
   * PortalServer#h2File} sets them), or the same PostgreSQL schema, dropped and created here.
   */
  private static Map<String, String> database(boolean postgres, Path h2) throws SQLException {
    if (!postgres) {
      return PortalServer.h2File(h2);
    }
    try (Connection connection = DriverManager.getConnection(PG_BASE, PG_USER, PG_PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + SCHEMA + " cascade");
      statement.execute("create schema " + SCHEMA);
    }
    return Map.of(
        "provena.db.driver",
        "org.postgresql.ds.PGSimpleDataSource",
        "provena.db.url",
        postgresUrl(),
        "provena.db.user",
        PG_USER,
        "provena.db.password",
        PG_PASSWORD);
  }

  private static String postgresUrl() {
    return PG_BASE
        + "?currentSchema="
        + SCHEMA
        + "&stringtype=unspecified&reWriteBatchedInserts=true";
  }

  /** The bench's own connection to that database, migrated by Flyway. */
  private static JpaTestDatabase open(boolean postgres, Path h2) {
    Map<String, String> settings = postgres ? Map.of() : PortalServer.h2File(h2);
    System.setProperty(
        "provena.test.jdbc-url", postgres ? postgresUrl() : settings.get("provena.db.url"));
    System.setProperty(
        "provena.test.jdbc-user", postgres ? PG_USER : settings.get("provena.db.user"));
    System.setProperty(
        "provena.test.jdbc-password", postgres ? PG_PASSWORD : settings.get("provena.db.password"));
    try {
      return JpaTestDatabase.fromSystemProperties();
    } finally {
      System.clearProperty("provena.test.jdbc-url");
      System.clearProperty("provena.test.jdbc-user");
      System.clearProperty("provena.test.jdbc-password");
    }
  }

  private static void countRows(JpaTestDatabase db, Portfolio p) throws SQLException {
    for (String table :
        List.of(
            "supplier",
            "component",
            "component_release",
            "sbom_document",
            "sbom_package",
            "sbom_package_hash",
            "sbom_dependency_edge",
            "vulnerability",
            "finding",
            "vex_statement",
            "finding_assessment",
            "attestation",
            "evidence_request",
            "device",
            "device_release",
            "device_release_component")) {
      p.rows.put(table, count(db, table));
    }
  }

  private static long count(JpaTestDatabase db, String table) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** One prepared insert (or update) filled in JDBC batches. */
  private static final class Rows implements AutoCloseable {

    private final PreparedStatement statement;
    private int pending;

    Rows(Connection c, String table, String columns) throws SQLException {
      this(
          c,
          "insert into "
              + table
              + " ("
              + columns
              + ") values ("
              + String.join(", ", Collections.nCopies(columns.split(",").length, "?"))
              + ")");
    }

    Rows(Connection c, String sql) throws SQLException {
      statement = c.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.addBatch();
      pending++;
    }

    int pending() {
      return pending;
    }

    void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }

  // ---------------------------------------------------------------- report

  private static String computed(Map<ScoreSubject, int[]> totals) {
    StringBuilder out = new StringBuilder();
    totals.forEach(
        (type, t) ->
            out.append(out.length() == 0 ? "" : ", ")
                .append(n(t[0]))
                .append(' ')
                .append(label(type))
                .append(String.format(Locale.ROOT, " (%d batches, %,d ms)", t[2], t[3])));
    return out + " computed";
  }

  private static String label(ScoreSubject type) {
    return switch (type) {
      case COMPONENT_RELEASE -> "component releases";
      case SUPPLIER -> "suppliers";
      case DEVICE_RELEASE -> "device releases";
    };
  }

  /** p50, p95 and max of sorted nanosecond samples, in milliseconds. */
  private static String percentiles(long[] sorted) {
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, max %.1f ms",
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.95) / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static String row(String step, String time, String note) {
    return "| " + step + " | " + time + " | " + note + " |";
  }

  private static String ms(long millis) {
    return String.format(Locale.ROOT, "%,d ms", millis);
  }

  private static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static void set(Object bean, String field, Object value)
      throws ReflectiveOperationException {
    Field f = bean.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(bean, value);
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
