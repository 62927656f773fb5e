package org.provena.sbom.domain;

/** The SBOM formats and serialisations Provena reads. */
public enum SbomFormat {
  CYCLONEDX_JSON,
  CYCLONEDX_XML,
  SPDX_JSON,
  SPDX_TAG_VALUE,
  SPDX_JSON_LD
}
