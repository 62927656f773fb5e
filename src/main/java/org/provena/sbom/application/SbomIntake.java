package org.provena.sbom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.identity.application.CurrentCaller;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ProcessingJob;
import org.provena.sbom.domain.ProcessingJobRepository;
import org.provena.sbom.domain.SbomAccepted;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomRepository;
import org.provena.shared.domain.NotPermittedException;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * A supplier hands over an SBOM for one of its component releases. The original is stored byte for
 * byte before anything else happens; a document up to the synchronous-validation size is validated
 * at once, so that a CI pipeline learns of an invalid SBOM from the upload's own answer (and a
 * rejected upload leaves nothing behind); then the document and its processing job are recorded in
 * one transaction, so an accepted upload is processed even after a crash.
 */
@ApplicationScoped
public class SbomIntake {

  /** The kind of processing job an accepted SBOM gets. */
  public static final String JOB_KIND = "sbom";

  @Inject OriginalDocuments documents;
  @Inject SbomParser parser;
  @Inject RecentlyParsed recentlyParsed;
  @Inject SbomRepository sboms;
  @Inject ProcessingJobRepository jobs;
  @Inject ComponentCatalogue catalogue;
  @Inject SupplierScopeResolver scopes;
  @Inject CurrentCaller caller;
  @Inject Event<SbomAccepted> accepted;
  @Inject Clock clock;
  @Inject SbomIntake self;

  @Inject
  @ConfigProperty(name = "provena.sbom.max-bytes", defaultValue = "104857600")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "provena.sbom.sync-validation-bytes", defaultValue = "10485760")
  long syncValidationBytes;

  /**
   * Stores, validates (when small enough) and queues an upload.
   *
   * @return the accepted document's id
   * @throws InvalidSbomException the document is not a valid SBOM; nothing was kept
   * @throws DocumentTooLargeException the body exceeded the maximum size; nothing was kept
   */
  public UUID accept(String componentName, String version, String mediaType, InputStream body)
      throws InvalidSbomException, DocumentTooLargeException {
    return accept(componentName, version, mediaType, body, null);
  }

  /**
   * Demo seeding: an SBOM delivered on a supplier's behalf by start-up work, which has set the
   * supplier's scope ({@code SupplierScopeResolver.actAsSupplier}); recorded as uploaded by {@code
   * uploadedBy}.
   */
  public UUID seed(
      String componentName, String version, String mediaType, InputStream body, String uploadedBy)
      throws InvalidSbomException, DocumentTooLargeException {
    return accept(componentName, version, mediaType, body, uploadedBy);
  }

  private UUID accept(
      String componentName, String version, String mediaType, InputStream body, String uploadedBy)
      throws InvalidSbomException, DocumentTooLargeException {
    if (componentName == null || componentName.isBlank() || version == null || version.isBlank()) {
      throw new IllegalArgumentException(
          "Name the component release the SBOM belongs to: ?component=<name>&version=<version>");
    }
    if (scopes.current().supplier().isEmpty()) {
      throw new NotPermittedException("Only a registered, active supplier uploads SBOMs");
    }
    OriginalStore.Stored original = documents.receive(body, maxBytes);
    if (original.size() <= syncValidationBytes) {
      try {
        recentlyParsed.keep(original.sha256(), parser.parse(original.path()));
      } catch (InvalidSbomException e) {
        documents.discard(original.sha256());
        throw e;
      }
    }
    UUID id;
    try {
      id =
          self.record(
              componentName,
              version,
              original,
              mediaType,
              uploadedBy != null ? uploadedBy : caller.require().username());
    } catch (RuntimeException e) {
      documents.discard(original.sha256());
      throw e;
    }
    accepted.fire(new SbomAccepted(id));
    return id;
  }

  /**
   * The release (registered if new), the blob, the document and its job: all or nothing. Public
   * because Payara applies {@code @Transactional} to public methods only; callers use {@link
   * #accept}.
   */
  @Transactional
  public UUID record(
      String componentName,
      String version,
      OriginalStore.Stored original,
      String mediaType,
      String uploadedBy) {
    ReleaseDetails release = catalogue.releaseFor(componentName, version);
    documents.keep(original, mediaType);
    SbomDocument sbom =
        SbomDocument.accept(
            release.supplierId(),
            release.id(),
            original.sha256(),
            mediaType,
            uploadedBy,
            clock.instant());
    sboms.store(scopes.current(), sbom);
    jobs.store(ProcessingJob.enqueue(JOB_KIND, sbom.id(), clock.instant()));
    return sbom.id();
  }
}
