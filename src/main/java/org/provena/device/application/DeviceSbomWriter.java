package org.provena.device.application;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a device release's SBOM and VDR as one CycloneDX 1.6 JSON document, streaming. */
public interface DeviceSbomWriter {

  /** Writes the document to {@code out}, leaving the stream open. */
  void write(DeviceBom bom, OutputStream out) throws IOException;
}
