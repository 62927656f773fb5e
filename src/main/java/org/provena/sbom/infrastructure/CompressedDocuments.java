package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.SbomProblem;

/**
 * Expands an uploaded SBOM that arrived compressed: a gzip stream (RFC 1952) or a zip archive
 * holding exactly one file. Expansion is bounded while it streams, by total output size and by
 * expansion ratio, so a decompression bomb is stopped after at most the limit has been written.
 * Archives inside the archive are refused rather than expanded again. Anything that is not
 * compressed is handed back unchanged.
 */
@ApplicationScoped
public class CompressedDocuments {

  /** Default bound on the expanded size: 100 MiB. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  /** Default bound on expanded size over compressed size. */
  public static final int DEFAULT_MAX_RATIO = 100;

  /**
   * Below this many expanded bytes the ratio is not enforced: tiny, very regular documents compress
   * better than 100:1 and are harmless.
   */
  static final long RATIO_GRACE_BYTES = 1024L * 1024;

  private static final int BUFFER = 64 * 1024;

  /**
   * The document to read: {@code upload} itself when it is not compressed, otherwise {@code target}
   * holding the expanded content, with the default limits.
   */
  public Path expand(Path upload, Path target) throws InvalidSbomException {
    return expand(upload, target, DEFAULT_MAX_BYTES, DEFAULT_MAX_RATIO);
  }

  /**
   * As {@link #expand(Path, Path)}, with explicit limits.
   *
   * @param maxBytes the most bytes the expanded document may have
   * @param maxRatio the most the expanded size may be over the compressed size
   * @throws InvalidSbomException when a limit is exceeded, the zip does not hold exactly one file,
   *     the content is itself an archive, or the compressed data is corrupt
   */
  public Path expand(Path upload, Path target, long maxBytes, int maxRatio)
      throws InvalidSbomException {
    try {
      byte[] magic = head(upload);
      long compressedSize = Files.size(upload);
      if (isGzip(magic)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(upload), BUFFER)) {
          copyBounded(in, target, compressedSize, maxBytes, maxRatio);
        }
        return target;
      }
      if (isZip(magic)) {
        expandZip(upload, target, compressedSize, maxBytes, maxRatio);
        return target;
      }
      return upload;
    } catch (InvalidSbomException e) {
      deleteQuietly(target);
      throw e;
    } catch (IOException e) {
      deleteQuietly(target);
      throw rejected("the compressed document is corrupt: " + e.getMessage());
    }
  }

  private static void expandZip(
      Path upload, Path target, long compressedSize, long maxBytes, int maxRatio)
      throws IOException, InvalidSbomException {
    try (ZipFile zip = new ZipFile(upload.toFile())) {
      List<ZipEntry> files = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory()) {
          files.add(entry);
        }
      }
      if (files.size() != 1) {
        throw rejected("a zip upload must hold exactly one file; this one holds " + files.size());
      }
      try (InputStream in = zip.getInputStream(files.get(0))) {
        copyBounded(in, target, compressedSize, maxBytes, maxRatio);
      }
    } catch (ZipException e) {
      throw rejected("the zip archive is corrupt: " + e.getMessage());
    }
  }

  private static void copyBounded(
      InputStream in, Path target, long compressedSize, long maxBytes, int maxRatio)
      throws IOException, InvalidSbomException {
    long ratioLimit = Math.max(RATIO_GRACE_BYTES, Math.multiplyExact(compressedSize, maxRatio));
    byte[] buffer = new byte[BUFFER];
    long written = 0;
    boolean first = true;
    try (OutputStream out = Files.newOutputStream(target)) {
      int n;
      while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        if (first && (isGzip(buffer) || isZip(buffer)) && n >= 4) {
          throw rejected("nested archives are not accepted: the compressed file is an archive");
        }
        first = false;
        written += n;
        if (written > maxBytes) {
          throw rejected(
              "expanded document exceeds the limit of " + maxBytes + " bytes (max output size)");
        }
        if (written > ratioLimit) {
          throw rejected(
              "expansion ratio exceeds the limit of "
                  + maxRatio
                  + ":1 (max compression ratio); possible decompression bomb");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private static byte[] head(Path upload) throws IOException {
    try (InputStream in = Files.newInputStream(upload)) {
      return in.readNBytes(4);
    }
  }

  private static boolean isGzip(byte[] magic) {
    // RFC 1952 section 2.3.1: ID1 = 0x1f, ID2 = 0x8b.
    return magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
  }

  private static boolean isZip(byte[] magic) {
    // PKWARE APPNOTE 4.3.7: local file header signature 0x04034b50 ("PK\3\4").
    return magic.length >= 4
        && magic[0] == 'P'
        && magic[1] == 'K'
        && magic[2] == 3
        && magic[3] == 4;
  }

  private static InvalidSbomException rejected(String message) {
    return new InvalidSbomException(message, new SbomProblem("$", message));
  }

  private static void deleteQuietly(Path target) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException ignored) {
      // The expansion failed already; a leftover temporary file is the caller's to clean.
    }
  }
}
