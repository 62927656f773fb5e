package org.provena.attestation.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.attestation.application.AttestationForms;
import org.provena.attestation.application.AttestationIntake;
import org.provena.attestation.application.AttestationQueries;
import org.provena.attestation.application.AttestationView;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SecureDevelopmentStatement;
import org.provena.identity.domain.Role;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.ProblemDetail;

/**
 * Evidence: suppliers upload attestations (the kind is read from the content) and file certificates
 * and the CISA secure software development attestation with their PDFs; everyone in scope reads
 * them with their verification outcome.
 */
@Path("/attestations")
@Tag(name = "attestations")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class AttestationResource {

  /** A certificate or report, filed as JSON with its PDF in base64. */
  public record CertificateRequest(
      String kind,
      UUID componentReleaseId,
      String issuer,
      String scope,
      String reference,
      LocalDate validFrom,
      LocalDate validUntil,
      String pdf) {}

  /**
   * CISA's Secure Software Development Attestation Form as JSON, the signed PDF in base64; {@code
   * attested} lists the statements attested: secure_environments, trusted_source_code_supply_chain,
   * provenance, vulnerability_checks.
   */
  public record SecureDevelopmentRequest(
      boolean allProducts,
      List<UUID> componentReleaseIds,
      List<String> attested,
      String exceptions,
      String contactName,
      String contactEmail,
      String signerName,
      String signerTitle,
      LocalDate signedOn,
      String pdf) {}

  @Inject AttestationIntake intake;
  @Inject AttestationQueries queries;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(
      summary = "Upload an attestation (kind detected from the content)",
      description =
          "Raw body: an in-toto statement in a DSSE envelope (SLSA provenance or another"
              + " predicate), a Sigstore bundle, or a CycloneDX 1.6 document with declarations."
              + " Name the release with release=<id> or component=&version=; otherwise it is"
              + " found by the subject's digest. 201 with Location; 422 with every problem when"
              + " the document cannot be read; 413 when it is too large.")
  public Response upload(
      @QueryParam("release") UUID release,
      @QueryParam("component") String component,
      @QueryParam("version") String version,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    try {
      return created(
          intake.upload(
              new AttestationIntake.ReleaseRef(release, component, version), contentType, body));
    } catch (InvalidEvidenceException e) {
      return invalid(e);
    } catch (DocumentTooLargeException e) {
      return tooLarge(e);
    }
  }

  @POST
  @Path("certificates")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(
      summary = "File a certificate or report with its PDF",
      description =
          "kind: iec_62443_4_1_certificate, iso_27001_certificate or penetration_test_summary;"
              + " pdf: the document, base64. 201 with Location; 422 when the form is incomplete.")
  public Response certificate(CertificateRequest request) {
    try {
      AttestationForms.Certificate form =
          new AttestationForms.Certificate(
              kind(request.kind()),
              request.componentReleaseId(),
              request.issuer(),
              request.scope(),
              request.reference(),
              request.validFrom(),
              request.validUntil());
      return created(intake.fileCertificate(form, pdf(request.pdf())));
    } catch (InvalidEvidenceException e) {
      return invalid(e);
    } catch (DocumentTooLargeException e) {
      return tooLarge(e);
    }
  }

  @POST
  @Path("secure-development")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(
      summary = "File CISA's Secure Software Development Attestation Form with the signed PDF",
      description =
          "Valid for the renewal period (default 12 months) from signedOn. 201 with Location;"
              + " 422 when the form is incomplete.")
  public Response secureDevelopment(SecureDevelopmentRequest request) {
    try {
      Set<SecureDevelopmentStatement> attested = EnumSet.noneOf(SecureDevelopmentStatement.class);
      if (request.attested() != null) {
        for (String s : request.attested()) {
          attested.add(statement(s));
        }
      }
      AttestationForms.SecureDevelopment form =
          new AttestationForms.SecureDevelopment(
              request.allProducts(),
              request.componentReleaseIds() == null ? List.of() : request.componentReleaseIds(),
              attested,
              request.exceptions(),
              request.contactName(),
              request.contactEmail(),
              request.signerName(),
              request.signerTitle(),
              request.signedOn());
      return created(intake.fileSecureDevelopment(form, pdf(request.pdf())));
    } catch (InvalidEvidenceException e) {
      return invalid(e);
    } catch (DocumentTooLargeException e) {
      return tooLarge(e);
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Attestations, newest first",
      description = "supplier=<id> or release=<id> narrows the list; a supplier sees only its own.")
  public List<AttestationResponse> list(
      @QueryParam("supplier") UUID supplier, @QueryParam("release") UUID release) {
    List<AttestationView> views =
        release != null
            ? queries.ofRelease(release)
            : supplier != null
                ? queries.ofSupplier(supplier)
                : queries.list(new PageRequest(0, 500));
    return views.stream().map(AttestationResponse::of).toList();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An attestation with its verification outcome")
  public AttestationResponse get(@PathParam("id") UUID id) {
    return queries.find(id).map(AttestationResponse::of).orElseThrow(() -> notFound(id));
  }

  @GET
  @Path("{id}/original")
  @Operation(summary = "The uploaded document or PDF, byte for byte")
  public Response original(@PathParam("id") UUID id) {
    AttestationView view = queries.find(id).orElseThrow(() -> notFound(id));
    java.nio.file.Path file = queries.original(id).orElseThrow(() -> notFound(id));
    String type = view.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : view.mediaType();
    return Response.ok((StreamingOutput) out -> Files.copy(file, out))
        .type(type)
        .header("Digest", "sha-256=" + view.originalSha256())
        .header("Content-Disposition", "attachment; filename=\"attestation-" + id + "\"")
        .build();
  }

  private Response created(AttestationView view) {
    URI location = uri.getBaseUriBuilder().path("attestations/" + view.id()).build();
    return Response.created(location).entity(AttestationResponse.of(view)).build();
  }

  private Response invalid(InvalidEvidenceException e) {
    return ProblemDetail.invalidDocument(
            "invalid-evidence",
            "Invalid evidence",
            e.getMessage(),
            uri.getRequestUri().getPath(),
            e.problems().stream()
                .map(p -> new ProblemDetail.Error(p.location(), p.message()))
                .toList())
        .toResponse();
  }

  private Response tooLarge(DocumentTooLargeException e) {
    return ProblemDetail.tooLarge(e.getMessage(), uri.getRequestUri().getPath()).toResponse();
  }

  private static byte[] pdf(String base64) throws InvalidEvidenceException {
    if (base64 == null || base64.isBlank()) {
      throw new InvalidEvidenceException("$.pdf", "Attach the PDF (base64)");
    }
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new InvalidEvidenceException("$.pdf", "The PDF is not valid base64");
    }
  }

  private static AttestationKind kind(String name) throws InvalidEvidenceException {
    try {
      return name == null ? null : AttestationKind.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidEvidenceException(
          "$.kind",
          "kind must be iec_62443_4_1_certificate, iso_27001_certificate or"
              + " penetration_test_summary, not "
              + name);
    }
  }

  private static SecureDevelopmentStatement statement(String name) throws InvalidEvidenceException {
    try {
      return SecureDevelopmentStatement.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidEvidenceException(
          "$.attested",
          "attested lists secure_environments, trusted_source_code_supply_chain, provenance or"
              + " vulnerability_checks, not "
              + name);
    }
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("Attestation " + id);
  }
}
