package org.provena.sbom.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One SBOM a supplier uploaded for a component release. The original bytes are stored, by their
 * SHA-256, before the document is accepted, and never change; what is read from them (metadata,
 * package count, quality report) is recorded when processing ends.
 *
 * <p>Lifecycle: {@link #accept accepted} as {@code PENDING} → {@link #startProcessing PROCESSING} →
 * {@link #markProcessed PROCESSED} or {@link #reject REJECTED} with the validation errors. Both
 * outcomes are final. Processing may start again after a crash, so starting a document already in
 * processing is allowed.
 */
@Entity
@Table(name = "sbom_document")
public class SbomDocument {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "component_release_id", nullable = false, updatable = false)
  private UUID componentReleaseId;

  @Column(name = "original_sha256", nullable = false, updatable = false)
  private String originalSha256;

  @Column(name = "media_type", updatable = false)
  private String mediaType;

  @Column(name = "primary_package_id")
  private UUID primaryPackageId;

  @Enumerated(EnumType.STRING)
  private SbomFormat format;

  @Column(name = "spec_version")
  private String specVersion;

  @Column(name = "serial_number")
  private String serialNumber;

  @Column(name = "document_version")
  private Integer documentVersion;

  private String author;

  @Column(name = "tool_name")
  private String toolName;

  @Column(name = "tool_version")
  private String toolVersion;

  @Column(name = "document_timestamp")
  private Instant documentTimestamp;

  private String lifecycle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SbomStatus status;

  @Column(name = "package_count")
  private Integer packageCount;

  @Column(name = "hashed_packages")
  private Integer hashedPackages;

  @Column(name = "strong_hashed_packages")
  private Integer strongHashedPackages;

  @Column(name = "validation_errors")
  private String validationErrors;

  @Column(name = "quality_report")
  private String qualityReport;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "processed_at")
  private Instant processedAt;

  /** Set (by the repository, in bulk) when a newer SBOM of the release was processed. */
  @Column(name = "superseded_at", insertable = false, updatable = false)
  private Instant supersededAt;

  protected SbomDocument() {}

  /**
   * Accepts an upload whose original is already stored as {@code originalSha256}; from here on it
   * will be processed, even after a restart.
   */
  public static SbomDocument accept(
      UUID supplierId,
      UUID componentReleaseId,
      String originalSha256,
      String mediaType,
      String uploadedBy,
      Instant now) {
    SbomDocument sbom = new SbomDocument();
    sbom.id = UUID.randomUUID();
    sbom.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    sbom.componentReleaseId = Objects.requireNonNull(componentReleaseId, "componentReleaseId");
    sbom.originalSha256 = Objects.requireNonNull(originalSha256, "originalSha256");
    sbom.mediaType = mediaType;
    sbom.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    sbom.uploadedAt = now;
    sbom.status = SbomStatus.PENDING;
    return sbom;
  }

  public void startProcessing() {
    if (status != SbomStatus.PENDING && status != SbomStatus.PROCESSING) {
      throw new IllegalStateException("SBOM " + id + " is already " + status);
    }
    status = SbomStatus.PROCESSING;
  }

  /** The package the SBOM is about (its primary component), once the inventory is listed. */
  public void recordPrimary(UUID packageId) {
    requireProcessing();
    this.primaryPackageId = packageId;
  }

  public Optional<UUID> primaryPackageId() {
    return Optional.ofNullable(primaryPackageId);
  }

  /**
   * Records how many of its packages carry a hash, and a strong one (SHA-256 or better, not only
   * MD5 or SHA-1): counted once here rather than from every hash row whenever it is scored.
   */
  public void recordHashCoverage(int hashed, int strong) {
    if (strong > hashed || hashed < 0 || strong < 0) {
      throw new IllegalArgumentException("Strongly hashed packages are among the hashed ones");
    }
    this.hashedPackages = hashed;
    this.strongHashedPackages = strong;
  }

  /** Records what the document says about itself, how many packages it lists, and its quality. */
  public void markProcessed(
      SbomMetadata metadata, int packageCount, String qualityReport, Instant now) {
    requireProcessing();
    this.format = metadata.format();
    this.specVersion = metadata.specVersion();
    this.serialNumber = metadata.serialNumber();
    this.documentVersion = metadata.documentVersion();
    this.author = metadata.author();
    this.toolName = metadata.toolName();
    this.toolVersion = metadata.toolVersion();
    this.documentTimestamp = metadata.documentTimestamp();
    this.lifecycle = metadata.lifecycle();
    this.packageCount = packageCount;
    this.qualityReport = qualityReport;
    this.status = SbomStatus.PROCESSED;
    this.processedAt = now;
  }

  /**
   * Rejects the document with its validation errors (JSON text, each error with its line or JSON
   * path). Format and spec version are recorded where they could be recognised, else null.
   */
  public void reject(SbomFormat format, String specVersion, String validationErrors, Instant now) {
    if (status == SbomStatus.PROCESSED || status == SbomStatus.REJECTED) {
      throw new IllegalStateException("SBOM " + id + " is already " + status);
    }
    this.format = format;
    this.specVersion = specVersion;
    this.validationErrors = Objects.requireNonNull(validationErrors, "validationErrors");
    this.status = SbomStatus.REJECTED;
    this.processedAt = now;
  }

  private void requireProcessing() {
    if (status != SbomStatus.PROCESSING) {
      throw new IllegalStateException("SBOM " + id + " is " + status + ", not processing");
    }
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public UUID componentReleaseId() {
    return componentReleaseId;
  }

  public String originalSha256() {
    return originalSha256;
  }

  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  public Optional<SbomFormat> format() {
    return Optional.ofNullable(format);
  }

  public Optional<String> specVersion() {
    return Optional.ofNullable(specVersion);
  }

  public Optional<String> serialNumber() {
    return Optional.ofNullable(serialNumber);
  }

  public Optional<Integer> documentVersion() {
    return Optional.ofNullable(documentVersion);
  }

  public Optional<String> author() {
    return Optional.ofNullable(author);
  }

  public Optional<String> toolName() {
    return Optional.ofNullable(toolName);
  }

  public Optional<String> toolVersion() {
    return Optional.ofNullable(toolVersion);
  }

  public Optional<Instant> documentTimestamp() {
    return Optional.ofNullable(documentTimestamp);
  }

  public Optional<String> lifecycle() {
    return Optional.ofNullable(lifecycle);
  }

  public SbomStatus status() {
    return status;
  }

  public Optional<Integer> packageCount() {
    return Optional.ofNullable(packageCount);
  }

  public Optional<String> validationErrors() {
    return Optional.ofNullable(validationErrors);
  }

  public Optional<String> qualityReport() {
    return Optional.ofNullable(qualityReport);
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  /** When a newer SBOM of the same release replaced this one as the release's current SBOM. */
  public Optional<Instant> supersededAt() {
    return Optional.ofNullable(supersededAt);
  }

  public Optional<Instant> processedAt() {
    return Optional.ofNullable(processedAt);
  }
}
