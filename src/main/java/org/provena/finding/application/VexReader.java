package org.provena.finding.application;

import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexDocumentContent;

/**
 * Reads a VEX document, detecting its format from the content: CycloneDX (JSON or XML, 1.4–1.6,
 * {@code vulnerabilities[].analysis}), OpenVEX (0.2.0 and the earlier 0.0.x), CSAF 2.0 ({@code
 * csaf_vex}, and advisories' {@code product_status} alike). A signed document arrives here already
 * taken out of its envelope.
 */
public interface VexReader {

  VexDocumentContent read(byte[] document) throws InvalidVexException;
}
