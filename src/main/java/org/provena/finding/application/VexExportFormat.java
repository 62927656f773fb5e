package org.provena.finding.application;

/** The VEX formats a component release's statements are exported in. */
public enum VexExportFormat {
  OPENVEX,
  CYCLONEDX
}
