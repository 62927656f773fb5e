/**
 * VEX documents in and out: one reader per format (CycloneDX VEX in JSON and XML, OpenVEX, CSAF
 * 2.0), each turning a document into the format-neutral {@link
 * org.provena.finding.domain.VexDocumentContent}, and one writer per export format (OpenVEX 0.2.0,
 * CycloneDX 1.6). {@link org.provena.finding.infrastructure.vex.VexDocumentReader} tells the
 * formats apart by content. Mapping tables and what is a warning rather than a rejection are
 * recorded in ADR 0013.
 */
package org.provena.finding.infrastructure.vex;
