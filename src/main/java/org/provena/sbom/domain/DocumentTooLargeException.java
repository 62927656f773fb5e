package org.provena.sbom.domain;

/** An upload larger than the configured maximum; it was cut off while streaming (answered 413). */
public class DocumentTooLargeException extends Exception {

  private static final long serialVersionUID = 1L;
  private final long maxBytes;

  public DocumentTooLargeException(long maxBytes) {
    super("The document is larger than the maximum of " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
