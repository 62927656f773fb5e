package org.provena.identity.domain;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the identity provider vouched for it: the user name, the Provena roles and,
 * for a supplier, the Keycloak organization the user belongs to. Built only from a validated token.
 *
 * @param username the token's {@code preferred_username} (or {@code sub} for service accounts)
 * @param roles Provena roles found in the token's realm roles
 * @param organization the alias of the user's Keycloak organization, if any
 */
public record Caller(String username, Set<Role> roles, Optional<String> organization)
    implements Serializable {

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The manufacturer's own staff see every supplier; a supplier sees only its organization. */
  public boolean isManufacturerStaff() {
    return hasRole(Role.PROCUREMENT) || hasRole(Role.SECURITY) || hasRole(Role.ADMIN);
  }
}
