/**
 * Identity: who the caller is (user, roles, supplier organization) as Keycloak vouches for it. The
 * tokens themselves are read in {@code infrastructure}; the rest of Provena sees only {@link
 * org.provena.identity.domain.Caller}.
 */
package org.provena.identity.domain;
