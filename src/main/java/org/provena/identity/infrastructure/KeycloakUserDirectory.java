package org.provena.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.provena.identity.application.UserDirectory;
import org.provena.identity.domain.Role;

/**
 * Reads users, their realm roles and organizations through Keycloak's Admin REST API, as the portal
 * client's service account (which the realm grants view-users, query-users and view-realm). A
 * bounded number of calls: one for users, one per Provena role, one per organization.
 */
@ApplicationScoped
public class KeycloakUserDirectory implements UserDirectory {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject OidcSettings settings;

  @Override
  public List<UserAccount> users() throws UserDirectoryUnavailableException {
    try {
      String token = serviceAccountToken();
      String admin = adminBase();
      Map<String, TreeSet<String>> roles = new HashMap<>();
      for (Role role : Role.values()) {
        for (JsonValue user :
            array(get(admin + "/roles/" + role.roleName() + "/users?max=1000", token))) {
          roles.computeIfAbsent(username(user), k -> new TreeSet<>()).add(role.roleName());
        }
      }
      Map<String, String> organizations = new HashMap<>();
      for (JsonValue org :
          array(get(admin + "/organizations?briefRepresentation=true&max=1000", token))) {
        JsonObject organization = org.asJsonObject();
        String alias = organization.getString("alias", organization.getString("name", ""));
        String members =
            get(
                admin + "/organizations/" + organization.getString("id") + "/members?max=1000",
                token);
        for (JsonValue member : array(members)) {
          organizations.put(username(member), alias);
        }
      }
      List<UserAccount> accounts = new ArrayList<>();
      for (JsonValue value :
          array(get(admin + "/users?briefRepresentation=true&max=1000", token))) {
        JsonObject user = value.asJsonObject();
        String username = username(user);
        String fullName =
            (user.getString("firstName", "") + " " + user.getString("lastName", "")).trim();
        accounts.add(
            new UserAccount(
                username,
                fullName,
                user.getString("email", ""),
                user.getBoolean("enabled", true),
                List.copyOf(roles.getOrDefault(username, new TreeSet<>())),
                organizations.get(username)));
      }
      accounts.sort(java.util.Comparator.comparing(UserAccount::username));
      return accounts;
    } catch (IOException | RuntimeException e) {
      throw new UserDirectoryUnavailableException(
          "Keycloak's Admin API could not be read: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserDirectoryUnavailableException("interrupted", e);
    }
  }

  /** {@code http://host/realms/provena/...} → {@code http://host/admin/realms/provena}. */
  private String adminBase() {
    String discovery = settings.discoveryUri().toString();
    int realms = discovery.indexOf("/realms/");
    String realm = discovery.substring(realms + 8).split("/")[0];
    return discovery.substring(0, realms) + "/admin/realms/" + realm;
  }

  private String serviceAccountToken() throws IOException, InterruptedException {
    String discovery = settings.discoveryUri().toString();
    String tokenEndpoint =
        discovery.replace("/.well-known/openid-configuration", "/protocol/openid-connect/token");
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                (encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint answered " + response.statusCode());
    }
    return object(response.body()).getString("access_token");
  }

  private String get(String url, String token) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String username(JsonValue user) {
    return user.asJsonObject().getString("username", "");
  }

  private static JsonArray array(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }

  private static JsonObject object(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
