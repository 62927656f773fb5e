package org.provena.finding.infrastructure.vex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexDocumentContent;

/** Fixture documents under {@code src/test/resources/vex} and the reader the tests share. */
final class VexFixtures {

  static final VexDocumentReader READER =
      new VexDocumentReader(new CycloneDxVexReader(), new OpenVexReader(), new CsafVexReader());

  private VexFixtures() {}

  static byte[] fixture(String path) {
    try (InputStream in = VexFixtures.class.getResourceAsStream("/vex/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture vex/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static VexDocumentContent readFixture(String path) throws InvalidVexException {
    return READER.read(fixture(path));
  }

  static VexDocumentContent read(String document) throws InvalidVexException {
    return READER.read(document.getBytes(StandardCharsets.UTF_8));
  }
}
