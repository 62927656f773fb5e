package org.provena.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.provena.identity.domain.Caller;

/**
 * Checks a Keycloak access token completely before anyone trusts a claim in it: signature against
 * the realm's published keys (RS256/ES256 only, so {@code alg: none} and HMAC tricks fail), issuer
 * exactly, audience, expiry and not-before with a small clock skew, and Keycloak's {@code typ:
 * Bearer} so that an ID or refresh token cannot stand in for an access token (ADR 0002).
 */
public final class BearerTokenValidator {

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  public BearerTokenValidator(
      String issuer, String audience, JWKSource<SecurityContext> keys, Duration clockSkew) {
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
    DefaultJWTClaimsVerifier<SecurityContext> verifier =
        new DefaultJWTClaimsVerifier<>(
            // Mutable sets: Nimbus asks them whether they contain null.
            new HashSet<>(Set.of(audience)),
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            new HashSet<>(Set.of("sub", "exp", "iat")),
            null);
    verifier.setMaxClockSkew((int) clockSkew.toSeconds());
    processor.setJWTClaimsSetVerifier(verifier);
  }

  public Caller validate(String token) throws InvalidTokenException {
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException e) {
      throw new InvalidTokenException("the token is not a JWT", e);
    } catch (BadJOSEException | JOSEException e) {
      throw new InvalidTokenException(e.getMessage(), e);
    }
    Object type = claims.getClaim("typ");
    if (type != null && !"Bearer".equals(type)) {
      throw new InvalidTokenException("not an access token (typ " + type + ")");
    }
    return TokenClaims.caller(claims);
  }
}
