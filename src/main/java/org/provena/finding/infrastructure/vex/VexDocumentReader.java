package org.provena.finding.infrastructure.vex;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.provena.finding.application.VexReader;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexDocumentContent;

/**
 * Tells a VEX document's format from its content and hands it to that format's reader: XML is
 * CycloneDX; JSON with {@code bomFormat} is CycloneDX, with {@code document.csaf_version} CSAF,
 * with an OpenVEX {@code @context} or {@code statements} OpenVEX. Whatever goes wrong while reading
 * is an {@link InvalidVexException}, never another exception.
 */
@ApplicationScoped
public class VexDocumentReader implements VexReader {

  private final CycloneDxVexReader cycloneDx;
  private final OpenVexReader openVex;
  private final CsafVexReader csaf;

  /** For CDI's client proxy only. */
  protected VexDocumentReader() {
    this(null, null, null);
  }

  @Inject
  public VexDocumentReader(
      CycloneDxVexReader cycloneDx, OpenVexReader openVex, CsafVexReader csaf) {
    this.cycloneDx = cycloneDx;
    this.openVex = openVex;
    this.csaf = csaf;
  }

  @Override
  public VexDocumentContent read(byte[] document) throws InvalidVexException {
    if (document == null || document.length == 0) {
      throw new InvalidVexException("$", "the document is empty");
    }
    try {
      if (firstSignificant(document) == '<') {
        return cycloneDx.readXml(document);
      }
      JsonNode root = VexJson.parse(document);
      if (root.has("bomFormat")) {
        if (!"CycloneDX".equals(VexJson.text(root, "bomFormat"))) {
          throw new InvalidVexException("$.bomFormat", "a bomFormat other than CycloneDX");
        }
        return cycloneDx.readJson(root);
      }
      if (root.path("document").has("csaf_version")) {
        return csaf.read(root);
      }
      String context = VexJson.text(root, "@context");
      if ((context != null && context.startsWith("https://openvex.dev/"))
          || root.has("statements")) {
        return openVex.read(root);
      }
      throw new InvalidVexException(
          "$",
          "not a VEX document: JSON with neither bomFormat (CycloneDX), document.csaf_version"
              + " (CSAF) nor statements (OpenVEX)");
    } catch (RuntimeException e) {
      // A defect in a mapping must reach the uploader as a rejection, not as a server error.
      throw new InvalidVexException("$", "the document cannot be read: " + e);
    }
  }

  /** The first character after a UTF-8 byte order mark and whitespace. */
  private static int firstSignificant(byte[] document) {
    int at = 0;
    if (document.length >= 3
        && (document[0] & 0xFF) == 0xEF
        && (document[1] & 0xFF) == 0xBB
        && (document[2] & 0xFF) == 0xBF) {
      at = 3;
    }
    while (at < document.length && Character.isWhitespace(document[at])) {
      at++;
    }
    return at < document.length ? document[at] : -1;
  }
}
