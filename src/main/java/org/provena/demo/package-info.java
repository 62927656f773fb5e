/**
 * Demo data for a developer machine and the tests: the three supplier organizations of the demo
 * Keycloak realm with their components and releases, two devices built from them, a handful of
 * advisories (our own OSV records of well-known vulnerabilities, and their CISA KEV entries) and
 * two SBOMs that contain vulnerable packages, so findings, where-used and the vulnerability page
 * have something to show. Seeded through the same application services users go through, only when
 * {@code provena.demo-data=true} and only into a database that has no suppliers yet.
 */
package org.provena.demo;
