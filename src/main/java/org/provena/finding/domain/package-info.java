/**
 * Finding: packages matched to vulnerabilities, the supplier's VEX statements about them (answered
 * in the portal or uploaded as CycloneDX VEX, OpenVEX or CSAF) and the manufacturer's own
 * assessments, both kept as history so that every past answer can be shown and audited.
 */
package org.provena.finding.domain;
