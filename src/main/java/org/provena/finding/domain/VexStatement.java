package org.provena.finding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.provena.shared.domain.Texts;

/**
 * A supplier's statement on whether a vulnerability affects its product, as made: answered in the
 * portal for a finding, or read from an uploaded CycloneDX VEX, OpenVEX or CSAF document (its
 * {@link VexDocument}). Statements are history and never change. A document's statement names the
 * vulnerability and products as the document does; it applies to every finding of the supplier that
 * it names (possibly none yet, possibly findings opened later), and the newest statement applied to
 * a finding is the finding's current VEX answer.
 */
@Entity
@Table(name = "vex_statement")
public class VexStatement {

  @Id private UUID id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  /** The release the statement was made for: the answered finding's, or the upload's scope. */
  @Column(name = "component_release_id", updatable = false)
  private UUID componentReleaseId;

  /** The finding a portal answer was given for; null for a document's statements. */
  @Column(name = "finding_id", updatable = false)
  private UUID findingId;

  @Column(name = "document_id", updatable = false)
  private UUID documentId;

  @Column(updatable = false)
  private String location;

  @Column(name = "vulnerability_ref", nullable = false, updatable = false)
  private String vulnerabilityRef;

  /** Every id the vulnerability goes by in the statement, lower case, one per line. */
  @Column(name = "vulnerability_keys", updatable = false)
  private String vulnerabilityKeys;

  @Column(name = "product_ref", updatable = false)
  private String productRef;

  /** The products as the document names them, JSON text. */
  @Column(name = "products", updatable = false)
  private String products;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VexStatus status;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private VexJustification justification;

  @Column(name = "source_justification", updatable = false)
  private String sourceJustification;

  @Column(name = "impact_statement", updatable = false)
  private String impactStatement;

  @Column(name = "action_statement", updatable = false)
  private String actionStatement;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VexSource source;

  @Column(name = "source_sha256", updatable = false)
  private String sourceSha256;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "issued_at", updatable = false)
  private Instant issuedAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected VexStatement() {}

  /**
   * A supplier user answers for a finding in the portal. The portal asks for a complete claim (CISA
   * minimum requirements); {@code vulnerabilityIds} are the vulnerability's ids as the user saw
   * them, its primary id first.
   */
  public static VexStatement answered(
      Finding finding,
      List<String> vulnerabilityIds,
      String productsJson,
      VexClaim claim,
      String author,
      Instant now) {
    if (vulnerabilityIds == null || vulnerabilityIds.isEmpty()) {
      throw new IllegalArgumentException("A VEX statement names a vulnerability");
    }
    if (!claim.isComplete()) {
      throw new IllegalArgumentException(claim.whatIsMissing());
    }
    VexStatement s = new VexStatement();
    s.id = UUID.randomUUID();
    s.supplierId = finding.supplierId();
    s.componentReleaseId = finding.componentReleaseId();
    s.findingId = finding.id();
    s.vulnerabilityRef = Texts.clip(vulnerabilityIds.get(0).trim(), 200);
    s.vulnerabilityKeys = keys(vulnerabilityIds);
    s.products = productsJson;
    s.source = VexSource.PORTAL;
    s.author = Objects.requireNonNull(author, "author");
    s.issuedAt = now;
    s.recordedAt = now;
    s.claim(claim);
    return s;
  }

  /**
   * A statement of an uploaded document.
   *
   * @param componentReleaseId the release the upload was restricted to; null when it applies
   *     wherever the products are found
   * @param productsJson the statement's products as JSON text
   */
  public static VexStatement imported(
      VexDocument document,
      UUID componentReleaseId,
      VexDocumentStatement statement,
      String productsJson,
      Instant now) {
    VexStatement s = new VexStatement();
    s.id = UUID.randomUUID();
    s.supplierId = document.supplierId();
    s.documentId = document.id();
    s.componentReleaseId = componentReleaseId;
    s.source = document.format();
    s.sourceSha256 = document.originalSha256();
    s.location = Texts.clip(statement.location(), 500);
    s.vulnerabilityRef = Texts.clip(statement.vulnerabilityId().trim(), 200);
    List<String> ids = new ArrayList<>();
    ids.add(statement.vulnerabilityId());
    ids.addAll(statement.aliases());
    s.vulnerabilityKeys = keys(ids);
    s.productRef =
        statement.products().isEmpty()
            ? null
            : truncate(
                String.join(", ", statement.products().stream().map(VexProduct::label).toList()),
                4000);
    s.products = productsJson;
    s.sourceJustification = Texts.clip(statement.sourceJustification(), 200);
    s.author =
        Texts.clip(document.author() == null ? document.uploadedBy() : document.author(), 200);
    s.issuedAt = statement.timestamp() != null ? statement.timestamp() : document.issuedAt();
    s.recordedAt = now;
    s.claim(statement.claim());
    return s;
  }

  private void claim(VexClaim claim) {
    this.status = claim.status();
    this.justification = claim.justification();
    this.impactStatement = Texts.clip(claim.impactStatement(), 4000);
    this.actionStatement = Texts.clip(claim.actionStatement(), 4000);
  }

  private static String keys(List<String> ids) {
    Set<String> keys = new LinkedHashSet<>();
    for (String id : ids) {
      if (id != null && !id.isBlank()) {
        keys.add(id.trim().toLowerCase(Locale.ROOT));
      }
    }
    return Texts.clip(String.join("\n", keys), 8000);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /**
   * When it was said: the statement's own time, but never later than Provena recorded it — a
   * statement dated in the future (a wrong clock, a date made up) must not outrank every answer
   * that follows it.
   */
  public Instant effectiveAt() {
    return issuedAt != null && issuedAt.isBefore(recordedAt) ? issuedAt : recordedAt;
  }

  public VexClaim claim() {
    return new VexClaim(status, justification, impactStatement, actionStatement);
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public Optional<UUID> componentReleaseId() {
    return Optional.ofNullable(componentReleaseId);
  }

  public Optional<UUID> findingId() {
    return Optional.ofNullable(findingId);
  }

  public Optional<UUID> documentId() {
    return Optional.ofNullable(documentId);
  }

  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  public String vulnerabilityRef() {
    return vulnerabilityRef;
  }

  /** The lower-case ids the statement names the vulnerability by. */
  public List<String> vulnerabilityKeys() {
    return vulnerabilityKeys == null || vulnerabilityKeys.isEmpty()
        ? List.of(vulnerabilityRef.toLowerCase(Locale.ROOT))
        : List.of(vulnerabilityKeys.split("\n"));
  }

  public Optional<String> productRef() {
    return Optional.ofNullable(productRef);
  }

  public Optional<String> productsJson() {
    return Optional.ofNullable(products);
  }

  public VexStatus status() {
    return status;
  }

  public Optional<VexJustification> justification() {
    return Optional.ofNullable(justification);
  }

  public Optional<String> sourceJustification() {
    return Optional.ofNullable(sourceJustification);
  }

  public Optional<String> impactStatement() {
    return Optional.ofNullable(impactStatement);
  }

  public Optional<String> actionStatement() {
    return Optional.ofNullable(actionStatement);
  }

  public VexSource source() {
    return source;
  }

  public Optional<String> sourceSha256() {
    return Optional.ofNullable(sourceSha256);
  }

  public String author() {
    return author;
  }

  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
