package org.provena.sbom.infrastructure;

import org.provena.sbom.domain.SbomFormat;

/**
 * What an SBOM is, judged from its content (never its file name): the format and the specification
 * version it declares (e.g. CYCLONEDX_JSON "1.6", SPDX_TAG_VALUE "2.3").
 */
public record DetectedFormat(SbomFormat format, String specVersion) {}
