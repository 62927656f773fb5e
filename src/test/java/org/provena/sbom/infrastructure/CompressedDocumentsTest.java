package org.provena.sbom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provena.sbom.domain.InvalidSbomException;

class CompressedDocumentsTest {

  private static final String SBOM = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}";

  @TempDir Path dir;

  private final CompressedDocuments documents = new CompressedDocuments();

  @Test
  void an_uncompressed_document_is_returned_unchanged() throws Exception {
    Path upload = Files.writeString(dir.resolve("bom.json"), SBOM);

    assertThat(documents.expand(upload, dir.resolve("out"))).isEqualTo(upload);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void a_gzipped_document_is_expanded() throws Exception {
    Path upload = dir.resolve("bom.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(upload))) {
      out.write(SBOM.getBytes(StandardCharsets.UTF_8));
    }

    Path expanded = documents.expand(upload, dir.resolve("out"));

    assertThat(expanded).hasContent(SBOM);
  }

  @Test
  void a_zip_with_one_document_is_expanded() throws Exception {
    Path upload = zip("bom.zip", "bom.json", SBOM.getBytes(StandardCharsets.UTF_8));

    assertThat(documents.expand(upload, dir.resolve("out"))).hasContent(SBOM);
  }

  @Test
  void a_zip_bomb_of_fifty_mebibytes_of_zeros_is_stopped_by_the_ratio_limit() throws Exception {
    Path upload = dir.resolve("bomb.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(upload))) {
      zip.putNextEntry(new ZipEntry("bom.json"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    Path target = dir.resolve("out");

    assertThatThrownBy(() -> documents.expand(upload, target))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("max compression ratio");
    assertThat(target).doesNotExist();
  }

  @Test
  void expansion_beyond_the_size_limit_is_stopped() throws Exception {
    Path upload = dir.resolve("big.gz");
    byte[] text = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(upload))) {
      for (int i = 0; i < 64; i++) {
        out.write(text);
      }
    }

    assertThatThrownBy(() -> documents.expand(upload, dir.resolve("out"), 1024 * 1024, 100_000))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("max output size");
  }

  @Test
  void a_zip_with_two_entries_is_rejected() throws Exception {
    Path upload = dir.resolve("two.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(upload))) {
      for (String name : new String[] {"a.json", "b.json"}) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(SBOM.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }

    assertThatThrownBy(() -> documents.expand(upload, dir.resolve("out")))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("exactly one file")
        .hasMessageContaining("holds 2");
  }

  @Test
  void an_archive_inside_an_archive_is_rejected() throws Exception {
    Path inner = zip("inner.zip", "bom.json", SBOM.getBytes(StandardCharsets.UTF_8));
    Path upload = dir.resolve("outer.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(upload))) {
      out.write(Files.readAllBytes(inner));
    }

    assertThatThrownBy(() -> documents.expand(upload, dir.resolve("out")))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("nested archives");
  }

  @Test
  void a_corrupt_gzip_stream_is_rejected() throws Exception {
    Path upload = Files.write(dir.resolve("bad.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});

    assertThatThrownBy(() -> documents.expand(upload, dir.resolve("out")))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("corrupt");
  }

  private Path zip(String name, String entry, byte[] content) throws IOException {
    Path upload = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(upload))) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    }
    return upload;
  }
}
