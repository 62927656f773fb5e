package org.provena.identity.infrastructure;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;

/**
 * Reads a {@link Caller} out of Keycloak's claims. The same reading serves bearer tokens on the API
 * and the access token of a browser login, so both routes see a caller identically.
 */
final class TokenClaims {

  private TokenClaims() {}

  static Caller caller(JWTClaimsSet claims) throws InvalidTokenException {
    try {
      String username =
          Optional.ofNullable(claims.getStringClaim("preferred_username"))
              .orElse(claims.getSubject());
      return new Caller(username, roles(claims), organization(claims.getClaim("organization")));
    } catch (ParseException e) {
      throw new InvalidTokenException("malformed claims: " + e.getMessage(), e);
    }
  }

  /** Keycloak puts realm roles under {@code realm_access.roles}; unknown role names are ignored. */
  private static Set<Role> roles(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
      names.forEach(name -> Role.fromName(String.valueOf(name)).ifPresent(roles::add));
    }
    return roles;
  }

  /**
   * Keycloak's {@code organization} claim is a list of aliases, or a map keyed by alias when the
   * mapper adds ids or attributes. A Provena supplier user belongs to exactly one organization; a
   * token naming several gets none, so that it can never see two suppliers' data at once.
   */
  static Optional<String> organization(Object claim) {
    Collection<?> aliases =
        claim instanceof Map<?, ?> map
            ? map.keySet()
            : claim instanceof Collection<?> list
                ? list
                : claim instanceof String single ? List.of(single) : List.of();
    return aliases.size() == 1
        ? Optional.of(String.valueOf(aliases.iterator().next()))
        : Optional.empty();
  }
}
