package org.provena.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on a real Payara Micro, at the context root, as the run command and the browser
 * tests use it. Ready when the API answers an anonymous call with 401.
 */
public final class PortalServer implements AutoCloseable {

  private final Process process;
  private final int port;

  private PortalServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The embedded H2 settings for a database file under {@code directory}. */
  public static Map<String, String> h2File(Path directory) {
    return Map.of(
        "provena.db.driver", "org.h2.jdbcx.JdbcDataSource",
        "provena.db.url",
            "jdbc:h2:file:" + directory.resolve("provena") + ";DB_CLOSE_ON_EXIT=FALSE",
        "provena.db.user", "provena",
        "provena.db.password", "provena");
  }

  /** The embedded H2 settings for a database that lives as long as the server. */
  public static Map<String, String> h2Memory(String name) {
    return Map.of(
        "provena.db.driver", "org.h2.jdbcx.JdbcDataSource",
        "provena.db.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
        "provena.db.user", "provena",
        "provena.db.password", "provena");
  }

  /**
   * @param systemProperties configuration for the portal (database, {@code provena.demo-data})
   * @param log where the server's output goes; null to show it on this console
   */
  public static PortalServer start(
      Path payaraMicroJar,
      Path war,
      int port,
      Map<String, String> systemProperties,
      Path workingDirectory,
      Path log)
      throws IOException, InterruptedException {
    return start(payaraMicroJar, war, port, systemProperties, workingDirectory, log, List.of());
  }

  /**
   * As {@link #start(Path, Path, int, Map, Path, Path)}, with extra JVM options (the benchmarks' GC
   * log); the heap stays at the 1 GiB the portal is sized for.
   */
  public static PortalServer start(
      Path payaraMicroJar,
      Path war,
      int port,
      Map<String, String> systemProperties,
      Path workingDirectory,
      Path log,
      List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(jvmOptions);
    systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            payaraMicroJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster"));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
    if (log == null) {
      builder.inheritIO();
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
    PortalServer server = new PortalServer(builder.start(), port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "portal-stop"));
    server.awaitReady(Duration.ofSeconds(240), log);
    return server;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  private void awaitReady(Duration timeout, Path log) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited while starting; see " + log);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 401) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("the portal did not start within " + timeout + "; see " + log);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  /** Ends the server as a crash would: SIGKILL, no shutdown hooks, no orderly undeploy. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public void awaitExit() throws InterruptedException {
    process.waitFor();
  }
}
