package org.provena.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A drop zone whose files go through an intake as they arrive: Vaadin streams each to a temporary
 * file, the intake reads it (the same one the REST API uses), the file is deleted, and what the
 * intake said reaches the page. Used for SBOMs, attestations and VEX documents alike.
 */
public final class DocumentDrop {

  private DocumentDrop() {}

  /** What the intake made of one file, in words for the user. */
  public record Outcome(String message, boolean success) {}

  /** Reads one dropped file; anything it throws is shown as a refusal with its message. */
  @FunctionalInterface
  public interface Intake {
    Outcome accept(String fileName, String contentType, InputStream body) throws Exception;
  }

  /**
   * @param shown runs in the UI with each outcome (a notification, a refreshed list)
   */
  public static Upload create(
      String id, String dropLabel, int maxBytes, Intake intake, Consumer<Outcome> shown) {
    AtomicReference<UI> ui = new AtomicReference<>();
    Upload upload =
        new Upload(
            UploadHandler.toTempFile(
                (metadata, file) -> {
                  Outcome outcome;
                  try (InputStream body = Files.newInputStream(file.toPath())) {
                    outcome = intake.accept(metadata.fileName(), metadata.contentType(), body);
                  } catch (Exception e) {
                    outcome =
                        new Outcome(metadata.fileName() + " was refused: " + e.getMessage(), false);
                  } finally {
                    Files.deleteIfExists(file.toPath());
                  }
                  Outcome result = outcome;
                  UI attached = ui.get();
                  if (attached != null) {
                    attached.access(() -> shown.accept(result));
                  }
                }));
    upload.addAttachListener(e -> ui.set(e.getUI()));
    upload.setId(id);
    upload.setDropLabel(new Span(dropLabel));
    upload.setMaxFileSize(maxBytes);
    return upload;
  }
}
