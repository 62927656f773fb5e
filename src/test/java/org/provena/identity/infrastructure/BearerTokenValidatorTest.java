package org.provena.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;

/** Every way a bearer token can be wrong is refused, with a reason; a right one yields a caller. */
class BearerTokenValidatorTest {

  private static final String ISSUER = "http://localhost:8180/realms/provena";
  private static RSAKey realmKey;
  private static RSAKey foreignKey;
  private static BearerTokenValidator validator;

  @BeforeAll
  static void keys() throws Exception {
    realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
    foreignKey = new RSAKeyGenerator(2048).keyID("realm").generate();
    validator =
        new BearerTokenValidator(
            ISSUER,
            "provena-api",
            new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())),
            Duration.ofSeconds(5));
  }

  private static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("f3a1")
        .audience(List.of("provena-api", "account"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("typ", "Bearer")
        .claim("preferred_username", "supplier-acme")
        .claim("realm_access", Map.of("roles", List.of("supplier", "offline_access")))
        .claim("organization", List.of("acme"));
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  @Test
  void a_valid_token_yields_the_user_roles_and_organization() throws Exception {
    Caller caller = validator.validate(sign(claims().build(), realmKey));

    assertThat(caller.username()).isEqualTo("supplier-acme");
    assertThat(caller.roles()).containsExactly(Role.SUPPLIER);
    assertThat(caller.organization()).contains("acme");
  }

  @Test
  void an_expired_token_is_refused() throws Exception {
    Instant past = Instant.now().minusSeconds(600);
    String token =
        sign(
            claims()
                .issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(60)))
                .build(),
            realmKey);

    assertThatThrownBy(() -> validator.validate(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("Expired");
  }

  @Test
  void a_token_with_a_changed_payload_is_refused() throws Exception {
    String[] parts = sign(claims().build(), realmKey).split("\\.");
    String otherPayload =
        sign(claims().claim("organization", List.of("borealis")).build(), realmKey).split("\\.")[1];

    assertThatThrownBy(() -> validator.validate(parts[0] + "." + otherPayload + "." + parts[2]))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("signature");
  }

  @Test
  void a_token_signed_by_another_key_with_the_same_key_id_is_refused() throws Exception {
    assertThatThrownBy(() -> validator.validate(sign(claims().build(), foreignKey)))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void a_token_of_another_issuer_is_refused() throws Exception {
    String token = sign(claims().issuer("http://localhost:8180/realms/master").build(), realmKey);

    assertThatThrownBy(() -> validator.validate(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("iss");
  }

  @Test
  void a_token_for_another_audience_is_refused() throws Exception {
    String token = sign(claims().audience("account").build(), realmKey);

    assertThatThrownBy(() -> validator.validate(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("aud");
  }

  @Test
  void an_unsigned_token_is_refused() {
    String token = new PlainJWT(claims().build()).serialize();

    assertThatThrownBy(() -> validator.validate(token)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void a_token_signed_with_the_public_key_as_an_hmac_secret_is_refused() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
    jwt.sign(new MACSigner(realmKey.toRSAPublicKey().getEncoded()));

    assertThatThrownBy(() -> validator.validate(jwt.serialize()))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void an_id_token_is_not_an_access_token() throws Exception {
    String token = sign(claims().claim("typ", "ID").build(), realmKey);

    assertThatThrownBy(() -> validator.validate(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("not an access token");
  }

  @Test
  void garbage_is_refused() {
    assertThatThrownBy(() -> validator.validate("not-a-token"))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void roles_outside_provena_are_ignored() throws Exception {
    String token =
        sign(
            claims().claim("realm_access", Map.of("roles", List.of("uma_authorization"))).build(),
            realmKey);

    assertThat(validator.validate(token).roles()).isEmpty();
  }
}
