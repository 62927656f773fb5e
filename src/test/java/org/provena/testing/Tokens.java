package org.provena.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** Real tokens from the real Keycloak, and the ways tests spoil them. */
public final class Tokens {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Tokens() {}

  /** An access token for a demo user through the public {@code provena-cli} client. */
  public static String forUser(String username) {
    return password("provena", "provena-cli", username, username);
  }

  /** A token of Keycloak's master realm: validly signed, but by another issuer with other keys. */
  public static String fromMasterRealm() {
    return password(
        "master", "admin-cli", KeycloakServer.BOOTSTRAP_ADMIN, KeycloakServer.BOOTSTRAP_ADMIN);
  }

  public static String password(String realm, String client, String username, String password) {
    return token(
        realm,
        Map.of(
            "grant_type", "password",
            "client_id", client,
            "username", username,
            "password", password));
  }

  public static String token(String realm, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          KeycloakServer.BASE
                              + "/realms/"
                              + realm
                              + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token: " + response.statusCode() + " " + response.body());
      }
      return Json.createReader(new StringReader(response.body()))
          .readObject()
          .getString("access_token");
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Registers a public client with direct access grants in the provena realm through the Admin API
   * (as Keycloak's bootstrap admin), for tests that need tokens the demo clients never issue.
   *
   * @param lifespanSeconds the access token lifespan of this client
   * @param apiAudience whether its tokens name the {@code provena-api} audience
   */
  public static void registerTestClient(String clientId, int lifespanSeconds, boolean apiAudience) {
    String admin = fromMasterRealmAdmin();
    String mappers =
        apiAudience
            ? """
              ,"protocolMappers":[{"name":"provena-api audience","protocol":"openid-connect",
                "protocolMapper":"oidc-audience-mapper","config":{
                "included.custom.audience":"provena-api","access.token.claim":"true",
                "id.token.claim":"false"}}]"""
            : "";
    String client =
        """
        {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,
         "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"%d"}%s}"""
            .formatted(clientId, lifespanSeconds, mappers);
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(KeycloakServer.BASE + "/admin/realms/provena/clients"))
                  .header("Authorization", "Bearer " + admin)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(client))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201 && response.statusCode() != 409) {
        throw new IllegalStateException(
            "Keycloak refused the client: " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String fromMasterRealmAdmin() {
    return fromMasterRealm();
  }

  /** The token's claims, decoded without checking anything. */
  public static JsonObject claims(String token) {
    String payload = token.split("\\.")[1];
    return Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)))
        .readObject();
  }

  /**
   * The same token with one claim changed and the original signature kept: what an attacker who
   * wants another organization or role would send.
   */
  public static String withClaim(String token, String claim, String value) {
    String[] parts = token.split("\\.");
    JsonObject claims = claims(token);
    String changed = Json.createObjectBuilder(claims).add(claim, value).build().toString();
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(changed.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }
}
