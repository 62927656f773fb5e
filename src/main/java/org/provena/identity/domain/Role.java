package org.provena.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four realm roles Provena knows. Keycloak's realm roles carry exactly these names; anything
 * else in a token is ignored.
 */
public enum Role {
  SUPPLIER(Role.Names.SUPPLIER),
  PROCUREMENT(Role.Names.PROCUREMENT),
  SECURITY(Role.Names.SECURITY),
  ADMIN(Role.Names.ADMIN);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  /** The name as it appears in tokens, {@code @RolesAllowed} and {@code isUserInRole}. */
  public String roleName() {
    return roleName;
  }

  public static Optional<Role> fromName(String name) {
    return Arrays.stream(values()).filter(role -> role.roleName.equals(name)).findFirst();
  }

  /** Compile-time constants for annotations. */
  public static final class Names {
    public static final String SUPPLIER = "supplier";
    public static final String PROCUREMENT = "procurement";
    public static final String SECURITY = "security";
    public static final String ADMIN = "admin";

    private Names() {}
  }
}
