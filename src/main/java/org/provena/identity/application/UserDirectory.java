package org.provena.identity.application;

import java.util.List;

/**
 * The users Keycloak knows for the Provena realm, with their Provena roles and organization. A
 * port: Keycloak's Admin API answers in production, a fixed list in tests.
 */
public interface UserDirectory {

  /** A realm user as the admin overview shows it. */
  record UserAccount(
      String username,
      String fullName,
      String email,
      boolean enabled,
      List<String> roles,
      String organization) {}

  List<UserAccount> users() throws UserDirectoryUnavailableException;

  /** Keycloak could not be asked; the message says why. */
  class UserDirectoryUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public UserDirectoryUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
