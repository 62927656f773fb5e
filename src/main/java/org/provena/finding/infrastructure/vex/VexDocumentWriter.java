package org.provena.finding.infrastructure.vex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.provena.finding.application.VexExportDocument;
import org.provena.finding.application.VexExportFormat;
import org.provena.finding.application.VexWriter;

/** Writes a VEX export in the format asked for, with that format's writer. */
@ApplicationScoped
public class VexDocumentWriter implements VexWriter {

  private final OpenVexWriter openVex;
  private final CycloneDxVexWriter cycloneDx;

  /** For CDI's client proxy only. */
  protected VexDocumentWriter() {
    this(null, null);
  }

  @Inject
  public VexDocumentWriter(OpenVexWriter openVex, CycloneDxVexWriter cycloneDx) {
    this.openVex = openVex;
    this.cycloneDx = cycloneDx;
  }

  @Override
  public byte[] write(VexExportFormat format, VexExportDocument document) {
    return switch (format) {
      case OPENVEX -> openVex.write(document);
      case CYCLONEDX -> cycloneDx.write(document);
    };
  }
}
