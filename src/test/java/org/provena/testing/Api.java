package org.provena.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny client for the Provena API under test: one call, one answer with status and body. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String base;

  /**
   * @param base the application's URL, e.g. {@code http://localhost:8080/provena/}
   */
  public Api(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** An answer: status, content type and body text. */
  public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray items() {
      return json().getJsonArray("items");
    }

    private JsonStructure parse() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  public Answer get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Answer post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer put(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /**
   * Imports a feed file as an admin would ({@code feed}: osv, nvd, kev, epss) and waits until the
   * import succeeded; fails the test if it failed or took more than a minute.
   */
  public void importFeed(String feed, String adminToken, String contentType, String body)
      throws InterruptedException {
    Answer accepted =
        postBytes(
            "feeds/" + feed + "/imports?name=it",
            adminToken,
            contentType,
            body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    org.assertj.core.api.Assertions.assertThat(accepted.status())
        .as(accepted.body())
        .isEqualTo(202);
    String id = accepted.json().getString("id");
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
    while (true) {
      String state = get("feeds/imports/" + id, adminToken).json().getString("state");
      if (state.equals("succeeded")) {
        return;
      }
      org.assertj.core.api.Assertions.assertThat(state)
          .as("feed import " + id)
          .isNotEqualTo("failed");
      org.assertj.core.api.Assertions.assertThat(java.time.Instant.now())
          .as("feed import " + id + " finished in time")
          .isBefore(deadline);
      Thread.sleep(300);
    }
  }

  /** Posts raw bytes with a content type, as supplier CI uploads a document. */
  public Answer postBytes(String path, String token, String contentType, byte[] body) {
    return send(
        request(path, token)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Posts a file as the raw body, streamed from disk. */
  public Answer postFile(String path, String token, String contentType, java.nio.file.Path file) {
    try {
      return send(
          request(path, token)
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofFile(file)));
    } catch (java.io.FileNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The raw bytes of an answer (downloads). */
  public byte[] getBytes(String path, String token) {
    try {
      return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
          .body();
    } catch (IOException e) {
      throw new IllegalStateException("the portal is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new IllegalStateException("the portal is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
