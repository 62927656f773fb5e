/**
 * Demo data for a developer machine and the tests: the three supplier organizations of the demo
 * Keycloak realm with their components and releases, and two devices built from them. Seeded
 * through the same application services users go through, only when {@code provena.demo-data=true}
 * and only into a database that has no suppliers yet.
 */
package org.provena.demo;
