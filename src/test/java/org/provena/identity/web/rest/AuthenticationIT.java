package org.provena.identity.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.Tokens;

/**
 * The API's door: only a valid, unexpired access token of the Provena realm, meant for the Provena
 * API and unaltered since Keycloak signed it, gets in; roles then decide what it may do (ADR 0002).
 */
class AuthenticationIT extends PortalIT {

  @Test
  void me_without_a_token_is_401_with_a_problem_document() {
    Answer answer = api.get("me", null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(answer.json().getInt("status")).isEqualTo(401);
  }

  @Test
  void me_names_the_user_roles_and_supplier_organization_from_the_token() {
    Answer answer = api.get("me", Tokens.forUser("supplier-acme"));

    assertThat(answer.status()).isEqualTo(200);
    JsonObject me = answer.json();
    assertThat(me.getString("username")).isEqualTo("supplier-acme");
    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .contains("supplier");
    assertThat(me.getString("organization")).isEqualTo("acme");
    assertThat(me.getJsonObject("supplier").getString("name")).isEqualTo("Acme Medical Modules");
  }

  @Test
  void manufacturer_staff_have_roles_but_no_supplier() {
    JsonObject me = api.get("me", Tokens.forUser("procurement")).json();

    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("procurement");
    // Absent members are left out of the JSON.
    assertThat(me.get("organization")).isIn(null, JsonValue.NULL);
    assertThat(me.get("supplier")).isIn(null, JsonValue.NULL);
  }

  @Test
  void a_token_whose_organization_claim_was_changed_is_401() {
    String forged = Tokens.withClaim(Tokens.forUser("supplier-acme"), "organization", "borealis");

    Answer answer = api.get("me", forged);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.raw().headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("invalid_token");
    assertThat(answer.body()).doesNotContain("borealis");
  }

  @Test
  void an_unsigned_token_is_401() {
    String[] parts = Tokens.forUser("admin").split("\\.");
    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(api.get("me", none + "." + parts[1] + ".").status()).isEqualTo(401);
  }

  @Test
  void a_token_of_another_issuer_is_401() {
    assertThat(api.get("me", Tokens.fromMasterRealm()).status()).isEqualTo(401);
  }

  @Test
  void a_token_not_meant_for_the_provena_api_is_401() {
    Tokens.registerTestClient("it-no-audience", 300, false);
    String token = Tokens.password("provena", "it-no-audience", "supplier-acme", "supplier-acme");

    Answer answer = api.get("me", token);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().getString("detail")).contains("aud");
  }

  @Test
  void an_expired_token_is_401() throws InterruptedException {
    Tokens.registerTestClient("it-short-lived", 1, true);
    String token = Tokens.password("provena", "it-short-lived", "security", "security");
    long expiresAt = Tokens.claims(token).getJsonNumber("exp").longValue();

    // The server under test allows 2 s of clock skew (arquillian.xml).
    while (System.currentTimeMillis() / 1000 <= expiresAt + 3) {
      Thread.sleep(250);
    }
    Answer answer = api.get("me", token);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().getString("detail")).containsIgnoringCase("expired");
  }

  @Test
  void a_role_the_operation_does_not_allow_is_403() {
    Answer answer = api.get("devices", Tokens.forUser("supplier-acme"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}
