/**
 * Test support: starting (or reusing) the real Keycloak and a real Payara Micro with the built WAR,
 * obtaining real tokens, and a small HTTP client for the API. Used by the integration tests, the
 * browser tests and the developer run command.
 */
package org.provena.testing;
