package org.provena.finding.domain;

/** How a VEX statement reached Provena: answered in the portal, or in an uploaded document. */
public enum VexSource {
  PORTAL,
  CYCLONEDX,
  OPENVEX,
  CSAF
}
