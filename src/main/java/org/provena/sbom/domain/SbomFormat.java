package org.provena.sbom.domain;

/** The SBOM formats and serialisations Provena reads. */
public enum SbomFormat {
  CYCLONEDX_JSON("CycloneDX JSON"),
  CYCLONEDX_XML("CycloneDX XML"),
  SPDX_JSON("SPDX JSON"),
  SPDX_TAG_VALUE("SPDX tag-value"),
  SPDX_JSON_LD("SPDX JSON-LD");

  private final String title;

  SbomFormat(String title) {
    this.title = title;
  }

  /** The format's name as its specification writes it. */
  public String title() {
    return title;
  }
}
