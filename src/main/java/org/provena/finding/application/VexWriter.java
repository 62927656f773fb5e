package org.provena.finding.application;

/** Writes a component release's VEX as an OpenVEX 0.2.0 or CycloneDX 1.6 JSON document. */
public interface VexWriter {

  byte[] write(VexExportFormat format, VexExportDocument document);
}
