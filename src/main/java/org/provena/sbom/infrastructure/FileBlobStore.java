package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.sbom.application.OriginalStore;
import org.provena.sbom.domain.DocumentTooLargeException;

/**
 * Originals, content-addressed by SHA-256 on the file system (ADR 0005): an upload streams into a
 * temporary file while it is hashed and counted, then moves atomically to {@code
 * sha256/ab/abcdef…}. The same bytes are stored once; a stored file is never changed. The size
 * limit is enforced while streaming, so an oversized body is cut off without being held anywhere.
 */
@ApplicationScoped
public class FileBlobStore implements OriginalStore {

  @Inject
  @ConfigProperty(name = "provena.blob-dir", defaultValue = "data/blobs")
  String directory;

  FileBlobStore() {}

  /** For tests and tools outside CDI. */
  public FileBlobStore(Path directory) {
    this.directory = directory.toString();
  }

  @Override
  public Stored store(InputStream body, long maxBytes) throws DocumentTooLargeException {
    Path root = root();
    Path temporary = null;
    try {
      Files.createDirectories(root.resolve("incoming"));
      temporary = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
        size = copyAtMost(body, out, maxBytes);
      }
      String digest = HexFormat.of().formatHex(sha256.digest());
      Path target = path(digest);
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        Files.delete(temporary);
      } else {
        move(temporary, target);
      }
      return new Stored(digest, size, target);
    } catch (DocumentTooLargeException e) {
      deleteQuietly(temporary);
      throw e;
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot store the upload in " + root, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the original with this digest lies (it may not exist). */
  @Override
  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
    }
    return root().resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** Removes an original nothing refers to (a rejected upload leaves nothing behind). */
  @Override
  public void delete(String sha256) {
    deleteQuietly(path(sha256));
  }

  private Path root() {
    return Path.of(directory).toAbsolutePath();
  }

  private static long copyAtMost(InputStream in, OutputStream out, long maxBytes)
      throws IOException, DocumentTooLargeException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (total > maxBytes) {
        throw new DocumentTooLargeException(maxBytes);
      }
      out.write(buffer, 0, read);
    }
    return total;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException sameBytesMeanwhile) {
      Files.deleteIfExists(from);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A leftover scratch or temporary file is harmless; the next cleanup takes it.
      }
    }
  }
}
