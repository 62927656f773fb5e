package org.provena.attestation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.attestation.domain.Attestation;
import org.provena.attestation.domain.AttestationFacts;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.AttestationRepository;
import org.provena.attestation.domain.EvidenceChanged;
import org.provena.attestation.domain.EvidenceContent;
import org.provena.attestation.domain.EvidenceSubject;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SecureDevelopmentStatement;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SlsaBuildLevels;
import org.provena.attestation.domain.SubjectBinder;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.domain.Verdict;
import org.provena.audit.application.AuditTrail;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.identity.application.CurrentCaller;
import org.provena.sbom.application.OriginalDocuments;
import org.provena.sbom.application.OriginalStore;
import org.provena.sbom.application.SbomQueries;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * A supplier hands over evidence: a machine-readable document (in-toto statement in a DSSE
 * envelope, SLSA provenance, Sigstore bundle, CycloneDX declarations) whose kind is read from the
 * content, or a PDF with the form that describes it (a certificate or report, CISA's secure
 * software development attestation). The original is stored byte for byte; the signature is checked
 * against the supplier's registered identities, the subject against the release's delivered
 * artifact, the dates against today; the outcome is stored with the attestation and audited. A
 * document that cannot be read is refused and leaves nothing behind.
 */
@ApplicationScoped
public class AttestationIntake {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(AttestationIntake.class.getName());

  static final String PDF = "application/pdf";
  private static final int KEPT_CHARACTERS = 1_000_000;
  private static final int MAX_SUBJECTS = 10_000;

  @Inject OriginalDocuments originals;
  @Inject EvidenceReader reader;
  @Inject PdfSignatures pdfs;
  @Inject TrustAnchors anchors;
  @Inject AttestationRepository attestations;
  @Inject ComponentCatalogue catalogue;
  @Inject SbomQueries sboms;
  @Inject SupplierScopeResolver scopes;
  @Inject CurrentCaller caller;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject AttestationIntake self;
  @Inject Event<EvidenceChanged> evidenceChanged;

  @Inject
  @ConfigProperty(name = "provena.attestation.max-bytes", defaultValue = "20971520")
  long maxBytes;

  @Inject
  @ConfigProperty(
      name = "provena.attestation.secure-development-renewal-months",
      defaultValue = "12")
  int renewalMonths;

  @Inject
  @ConfigProperty(name = "provena.slsa.builders", defaultValue = "default")
  String slsaBuilders;

  /** Which release an upload is about: by id, by component name and version, or unnamed. */
  public record ReleaseRef(UUID id, String componentName, String version) {

    public static ReleaseRef none() {
      return new ReleaseRef(null, null, null);
    }

    boolean named() {
      return id != null || (componentName != null && !componentName.isBlank());
    }
  }

  /**
   * Stores, reads and verifies a machine-readable evidence document.
   *
   * @throws InvalidEvidenceException not a document Provena reads; nothing was kept
   * @throws DocumentTooLargeException larger than the maximum; nothing was kept
   */
  public AttestationView upload(ReleaseRef release, String mediaType, InputStream body)
      throws InvalidEvidenceException, DocumentTooLargeException {
    UUID supplierId = ownSupplier();
    ReleaseDetails named = release.named() ? resolve(release) : null;
    OriginalStore.Stored stored = originals.receive(body, maxBytes);
    try {
      byte[] bytes = originals.read(stored.sha256());
      if (isPdf(bytes)) {
        throw new InvalidEvidenceException(
            "$",
            "A PDF is filed with the form that describes it: the portal's Evidence page, or"
                + " POST /api/v1/attestations/certificates or"
                + " /api/v1/attestations/secure-development");
      }
      EvidenceContent content = reader.read(bytes, anchors.of(supplierId));
      // The columns keep a million characters each; a document that says more is refused whole.
      if ((content.detailsJson() != null && content.detailsJson().length() > KEPT_CHARACTERS)
          || content.subjects().size() > MAX_SUBJECTS) {
        throw new InvalidEvidenceException(
            "$",
            "The document names more subjects or details than Provena keeps ("
                + MAX_SUBJECTS
                + " subjects, "
                + KEPT_CHARACTERS
                + " characters of details)");
      }
      return self.record(supplierId, named, stored, content);
    } catch (InvalidEvidenceException | RuntimeException e) {
      originals.discard(stored.sha256());
      throw e;
    }
  }

  /** Files a certificate or report with its PDF. */
  public AttestationView fileCertificate(AttestationForms.Certificate form, byte[] pdf)
      throws InvalidEvidenceException, DocumentTooLargeException {
    UUID supplierId = ownSupplier();
    validate(form);
    ReleaseDetails release =
        form.componentReleaseId() == null
            ? null
            : resolve(new ReleaseRef(form.componentReleaseId(), null, null));
    JsonObjectBuilder details =
        Json.createObjectBuilder()
            .add("form", "certificate")
            .add("scope", nullToEmpty(form.scope()));
    if (form.reference() != null && !form.reference().isBlank()) {
      details.add("reference", form.reference().trim());
    }
    AttestationFacts facts =
        new AttestationFacts(
            null,
            null,
            form.issuer().trim(),
            startOfDay(form.validFrom()),
            startOfDay(form.validFrom()),
            endOfDay(form.validUntil()),
            null,
            details.build().toString());
    return filePdf(supplierId, release, form.kind(), facts, pdf);
  }

  /** Files CISA's Secure Software Development Attestation Form with the signed PDF. */
  public AttestationView fileSecureDevelopment(AttestationForms.SecureDevelopment form, byte[] pdf)
      throws InvalidEvidenceException, DocumentTooLargeException {
    UUID supplierId = ownSupplier();
    validate(form);
    JsonArrayBuilder covered = Json.createArrayBuilder();
    if (!form.allProducts()) {
      for (UUID id : form.componentReleaseIds()) {
        ReleaseDetails release = resolve(new ReleaseRef(id, null, null));
        covered.add(
            Json.createObjectBuilder()
                .add("id", release.id().toString())
                .add("name", release.componentName())
                .add("version", release.version()));
      }
    }
    JsonArrayBuilder statements = Json.createArrayBuilder();
    for (SecureDevelopmentStatement statement : SecureDevelopmentStatement.values()) {
      statements.add(
          Json.createObjectBuilder()
              .add("statement", statement.name())
              .add("attested", form.attested().contains(statement))
              .add("summary", statement.summary())
              .add("ssdfPractices", Json.createArrayBuilder(statement.ssdfPractices())));
    }
    JsonObjectBuilder details =
        Json.createObjectBuilder()
            .add("form", "cisa-secure-software-development-attestation")
            .add("allProducts", form.allProducts())
            .add("releases", covered)
            .add("statements", statements)
            .add("exceptions", nullToEmpty(form.exceptions()))
            .add("contactName", nullToEmpty(form.contactName()))
            .add("contactEmail", nullToEmpty(form.contactEmail()))
            .add("signerName", form.signerName().trim())
            .add("signerTitle", form.signerTitle().trim())
            .add("signedOn", form.signedOn().toString())
            .add("renewalMonths", renewalMonths);
    AttestationFacts facts =
        new AttestationFacts(
            null,
            null,
            form.signerName().trim() + ", " + form.signerTitle().trim(),
            startOfDay(form.signedOn()),
            startOfDay(form.signedOn()),
            startOfDay(form.signedOn().plusMonths(renewalMonths)),
            null,
            details.build().toString());
    return filePdf(supplierId, null, AttestationKind.CISA_SECURE_SOFTWARE_DEVELOPMENT, facts, pdf);
  }

  private AttestationView filePdf(
      UUID supplierId,
      ReleaseDetails release,
      AttestationKind kind,
      AttestationFacts facts,
      byte[] pdf)
      throws InvalidEvidenceException, DocumentTooLargeException {
    if (pdf == null || pdf.length == 0) {
      throw new InvalidEvidenceException("$.pdf", "Attach the PDF");
    }
    if (!isPdf(pdf)) {
      throw new InvalidEvidenceException("$.pdf", "The attachment is not a PDF");
    }
    OriginalStore.Stored stored = originals.receive(new ByteArrayInputStream(pdf), maxBytes);
    try {
      SignatureCheck signature = pdfs.check(pdf, anchors.of(supplierId));
      return self.recordForm(supplierId, release, kind, stored, facts, signature);
    } catch (InvalidEvidenceException | RuntimeException e) {
      originals.discard(stored.sha256());
      throw e;
    }
  }

  /**
   * The attestation and its original, verified: all or nothing. Public because Payara applies
   * {@code @Transactional} to public methods only; callers use {@link #upload}.
   */
  @Transactional
  public AttestationView record(
      UUID supplierId, ReleaseDetails named, OriginalStore.Stored stored, EvidenceContent content) {
    List<ArtifactHash> digests = new ArrayList<>();
    content.subjects().forEach(s -> digests.addAll(s.digests()));
    UUID releaseId = named != null ? named.id() : releaseByDigest(digests);
    Attestation attestation =
        Attestation.upload(
            supplierId,
            releaseId,
            content.kind(),
            stored.sha256(),
            content.mediaType(),
            uploader(),
            clock.instant());
    attestation.describe(
        new AttestationFacts(
            content.predicateType(),
            subjectsJson(content.subjects()),
            content.issuer(),
            content.issuedAt(),
            null,
            content.expiresAt(),
            level(content, trustedBy(supplierId)),
            content.detailsJson()));
    SubjectBinder.Outcome binding =
        SubjectBinder.bind(content.subjects(), releaseId == null ? null : deliveredBy(releaseId));
    attestation.bindSubject(
        binding.binding(), binding.subjectName(), binding.subjectDigest(), binding.reason());
    Verdict verdict =
        attestation.verify(content.signature(), clock.instant(), Verdict.EXPIRING_WITHIN);
    originals.keep(stored, content.mediaType());
    attestations.store(scopes.current(), attestation);
    audited(attestation, "attestation.uploaded", verdict);
    return AttestationView.of(attestation);
  }

  /** A form's attestation and its PDF, verified: all or nothing. */
  @Transactional
  public AttestationView recordForm(
      UUID supplierId,
      ReleaseDetails release,
      AttestationKind kind,
      OriginalStore.Stored stored,
      AttestationFacts facts,
      SignatureCheck signature) {
    Attestation attestation =
        Attestation.upload(
            supplierId,
            release == null ? null : release.id(),
            kind,
            stored.sha256(),
            PDF,
            uploader(),
            clock.instant());
    attestation.describe(facts);
    attestation.bindSubject(
        org.provena.attestation.domain.SubjectBinding.NOT_APPLICABLE, null, null, null);
    Verdict verdict = attestation.verify(signature, clock.instant(), Verdict.EXPIRING_WITHIN);
    originals.keep(stored, PDF);
    attestations.store(scopes.current(), attestation);
    audited(attestation, "attestation.filed", verdict);
    return AttestationView.of(attestation);
  }

  /**
   * Checks every attestation of a supplier again, with its current signing identities: after a key
   * is registered, rotated or revoked, in the transaction that made the change: both commit or
   * neither does.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int reverify(UUID supplierId) {
    List<TrustAnchor> trusted = anchors.of(supplierId);
    List<java.util.Map.Entry<Attestation, Verdict>> reverified = new ArrayList<>();
    for (Attestation attestation : attestations.listBySupplier(scopes.current(), supplierId)) {
      if (attestation.originalSha256().isEmpty()) {
        continue;
      }
      String before =
          attestation.verificationStatus()
              + "|"
              + attestation.verificationReason().orElse("")
              + "|"
              + attestation.slsaBuildLevel().orElse(null);
      SignatureCheck signature;
      try {
        byte[] bytes = originals.read(attestation.originalSha256().get());
        if (PDF.equals(attestation.mediaType().orElse(null))) {
          signature = pdfs.check(bytes, trusted);
        } else {
          EvidenceContent content = reader.read(bytes, trusted);
          signature = content.signature();
          attestation.regrade(level(content, trusted));
        }
      } catch (InvalidEvidenceException | RuntimeException e) {
        // One original that cannot be checked again (a reader that now refuses it, a missing
        // file) must not keep the supplier from revoking a key: it keeps its last outcome.
        LOG.log(Level.WARNING, "Attestation " + attestation.id() + " was not verified again", e);
        continue;
      }
      Verdict verdict = attestation.verify(signature, clock.instant(), Verdict.EXPIRING_WITHIN);
      String after =
          verdict.status()
              + "|"
              + (verdict.reason() == null ? "" : verdict.reason())
              + "|"
              + attestation.slsaBuildLevel().orElse(null);
      if (!before.equals(after)) {
        attestations.store(scopes.current(), attestation);
        reverified.add(java.util.Map.entry(attestation, verdict));
      }
    }
    // Audited once every original was read again (see SigningIdentities: the chain's head is held
    // from the first append to the commit).
    reverified.forEach(e -> audited(e.getKey(), "attestation.reverified", e.getValue()));
    return reverified.size();
  }

  /**
   * The SLSA build level of a provenance: judged by who signed it (ADR 0012), so the certificate
   * identity of a keyless signature is the builder that counts; null for other kinds.
   */
  private Integer level(EvidenceContent content, List<TrustAnchor> trusted) {
    if (content.provenance() == null) {
      return null;
    }
    SignatureCheck signature = content.signature();
    String keylessSigner = null;
    if (signature.outcome() == org.provena.attestation.domain.SignatureOutcome.VALID
        && signature.signer() != null) {
      boolean keyless =
          trusted.stream()
              .anyMatch(
                  a ->
                      a.id().equals(signature.signingIdentityId())
                          && a.kind()
                              == org.provena.supplier.domain.SigningIdentityKind.SIGSTORE_IDENTITY);
      if (keyless) {
        int issuer = signature.signer().indexOf(" (issuer ");
        keylessSigner = issuer < 0 ? signature.signer() : signature.signer().substring(0, issuer);
      }
    }
    return levels().levelOf(content.provenance(), signature.outcome(), keylessSigner);
  }

  private List<TrustAnchor> trustedBy(UUID supplierId) {
    return anchors.of(supplierId);
  }

  private void audited(Attestation a, String action, Verdict verdict) {
    evidenceChanged.fire(new EvidenceChanged(a.supplierId(), a.componentReleaseId().orElse(null)));
    audit.record(
        a.supplierId(),
        action,
        "attestation",
        a.id().toString(),
        Json.createObjectBuilder()
            .add("kind", a.kind().name())
            .add("status", verdict.status().name())
            .add("reason", nullToEmpty(verdict.reason()))
            .add("original", a.originalSha256().orElse(""))
            .build()
            .toString());
  }

  private SlsaBuildLevels levels() {
    return "default".equals(slsaBuilders)
        ? SlsaBuildLevels.DEFAULT
        : SlsaBuildLevels.parse(slsaBuilders);
  }

  /** The delivered artifact's hashes: the release's own and its current SBOM's primary's. */
  private Set<ArtifactHash> deliveredBy(UUID releaseId) {
    Set<ArtifactHash> hashes = new LinkedHashSet<>(catalogue.artifactHashes(releaseId));
    hashes.addAll(sboms.deliveredArtifactHashes(releaseId));
    return hashes;
  }

  /** The one release of the supplier that delivered an artifact with one of these digests. */
  private UUID releaseByDigest(List<ArtifactHash> digests) {
    if (digests.isEmpty()) {
      return null;
    }
    Set<UUID> found = new LinkedHashSet<>(catalogue.releasesWithArtifactHash(digests));
    found.addAll(sboms.releasesDelivering(digests));
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private ReleaseDetails resolve(ReleaseRef ref) {
    if (ref.id() != null) {
      return catalogue
          .findRelease(ref.id())
          .orElseThrow(() -> new NotFoundException("Component release " + ref.id()));
    }
    return catalogue
        .findOwnRelease(ref.componentName(), ref.version())
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Component release " + ref.componentName() + " " + ref.version()));
  }

  private UUID ownSupplier() {
    return scopes
        .current()
        .supplier()
        .orElseThrow(
            () -> new NotPermittedException("Only a registered, active supplier files evidence"));
  }

  private static String subjectsJson(List<EvidenceSubject> subjects) {
    if (subjects.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (EvidenceSubject subject : subjects) {
      JsonArrayBuilder digests = Json.createArrayBuilder();
      subject.digests().stream().map(AttestationView::label).sorted().forEach(digests::add);
      JsonObjectBuilder object = Json.createObjectBuilder();
      if (subject.name() != null) {
        object.add("name", subject.name());
      }
      array.add(object.add("digests", digests));
    }
    return array.build().toString();
  }

  private static void validate(AttestationForms.Certificate form) throws InvalidEvidenceException {
    List<org.provena.attestation.domain.EvidenceProblem> problems = new ArrayList<>();
    if (form.kind() == null
        || !Set.of(
                AttestationKind.IEC_62443_4_1_CERTIFICATE,
                AttestationKind.ISO_27001_CERTIFICATE,
                AttestationKind.PENETRATION_TEST_SUMMARY)
            .contains(form.kind())) {
      problems.add(
          problem(
              "$.kind",
              "Choose the kind: IEC 62443-4-1 certificate, ISO/IEC 27001 certificate or"
                  + " penetration-test summary"));
    }
    if (form.issuer() == null || form.issuer().isBlank()) {
      problems.add(problem("$.issuer", "Name the issuer (certification body, test lab)"));
    }
    if (form.validFrom() == null) {
      problems.add(problem("$.validFrom", "Give the date it was issued or became valid"));
    }
    if (form.validUntil() == null) {
      problems.add(problem("$.validUntil", "Give the date it is valid until"));
    } else if (form.validFrom() != null && form.validUntil().isBefore(form.validFrom())) {
      problems.add(problem("$.validUntil", "Valid until lies before valid from"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidEvidenceException("The form is incomplete", problems);
    }
  }

  private static void validate(AttestationForms.SecureDevelopment form)
      throws InvalidEvidenceException {
    List<org.provena.attestation.domain.EvidenceProblem> problems = new ArrayList<>();
    if (!form.allProducts()
        && (form.componentReleaseIds() == null || form.componentReleaseIds().isEmpty())) {
      problems.add(
          problem("$.componentReleaseIds", "Choose the releases it covers, or all products"));
    }
    if (form.attested() == null || form.attested().isEmpty()) {
      problems.add(problem("$.attested", "Attest to at least one statement"));
    } else if (form.attested().size() < SecureDevelopmentStatement.values().length
        && (form.exceptions() == null || form.exceptions().isBlank())) {
      problems.add(
          problem(
              "$.exceptions",
              "A statement not attested needs its plan of action and milestones (POA&M)"));
    }
    if (form.signerName() == null || form.signerName().isBlank()) {
      problems.add(problem("$.signerName", "Name who signed"));
    }
    if (form.signerTitle() == null || form.signerTitle().isBlank()) {
      problems.add(
          problem("$.signerTitle", "Give the signer's title (CEO or a designee of the CEO)"));
    }
    if (form.signedOn() == null) {
      problems.add(problem("$.signedOn", "Give the date it was signed"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidEvidenceException("The form is incomplete", problems);
    }
  }

  private static org.provena.attestation.domain.EvidenceProblem problem(
      String location, String message) {
    return new org.provena.attestation.domain.EvidenceProblem(location, message);
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && bytes[0] == '%'
        && bytes[1] == 'P'
        && bytes[2] == 'D'
        && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  private static Instant startOfDay(LocalDate day) {
    return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The last second of the day: a certificate "valid until" a date is valid all that day. */
  private static Instant endOfDay(LocalDate day) {
    return day == null ? null : day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s.trim();
  }

  /** Who uploads: the caller, or start-up work acting for a supplier (the demo's evidence). */
  private String uploader() {
    return caller.get().map(org.provena.identity.domain.Caller::username).orElse(AuditTrail.SYSTEM);
  }
}
