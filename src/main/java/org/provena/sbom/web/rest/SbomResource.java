package org.provena.sbom.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.identity.domain.Role;
import org.provena.sbom.application.PackageView;
import org.provena.sbom.application.SbomIntake;
import org.provena.sbom.application.SbomQueries;
import org.provena.sbom.application.SbomView;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.SbomProblem;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.Page;
import org.provena.shared.web.rest.ProblemDetail;

/**
 * SBOM upload and status: the contract supplier CI scripts against. Upload the document as the raw
 * body; poll the {@code Location} until {@code status} is {@code processed} or {@code rejected}.
 */
@Path("/sboms")
@Tag(name = "sboms")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SbomResource {

  /** The answer to an accepted upload. */
  public record Accepted(UUID id, String status, URI location) {}

  /**
   * An SBOM's status, document metadata, validation errors and quality per profile ({@code
   * ntia2021}, {@code cisa2026}, {@code bsi}, {@code fda}).
   */
  public record SbomResponse(
      UUID id,
      UUID componentReleaseId,
      String status,
      String format,
      String specVersion,
      String sha256,
      Integer packageCount,
      String serialNumber,
      String author,
      String tool,
      Instant documentTimestamp,
      String lifecycle,
      String uploadedBy,
      Instant uploadedAt,
      Instant processedAt,
      Instant supersededAt,
      List<SbomProblem> errors,
      JsonObject quality) {

    static SbomResponse of(SbomView v) {
      String tool =
          v.toolName() == null
              ? null
              : v.toolName() + (v.toolVersion() == null ? "" : " " + v.toolVersion());
      JsonObject quality =
          v.qualityJson() == null
              ? null
              : Json.createReader(new StringReader(v.qualityJson())).readObject();
      return new SbomResponse(
          v.id(),
          v.componentReleaseId(),
          v.status(),
          v.format(),
          v.specVersion(),
          v.sha256(),
          v.packageCount(),
          v.serialNumber(),
          v.author(),
          tool,
          v.documentTimestamp(),
          v.lifecycle(),
          v.uploadedBy(),
          v.uploadedAt(),
          v.processedAt(),
          v.supersededAt(),
          v.errors(),
          quality);
    }
  }

  @Inject SbomIntake intake;
  @Inject SbomQueries queries;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(
      summary = "Upload an SBOM for a component release of the caller's organization",
      description =
          "Raw body: CycloneDX JSON/XML, SPDX JSON/tag-value, or the same gzip- or zip-compressed;"
              + " the format is detected from the content. The component and release are created"
              + " if missing. 202 with Location; 422 with every problem and its location when"
              + " the document is invalid; 413 when it is too large.")
  public Response upload(
      @QueryParam("component") String component,
      @QueryParam("version") String version,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    try {
      UUID id = intake.accept(component, version, contentType, body);
      URI location = uri.getBaseUriBuilder().path("sboms/" + id).build();
      return Response.accepted(new Accepted(id, "pending", location)).location(location).build();
    } catch (InvalidSbomException e) {
      return ProblemDetail.invalidDocument(
              "invalid-sbom",
              "Invalid SBOM",
              e.getMessage(),
              uri.getRequestUri().getPath(),
              e.problems().stream()
                  .map(p -> new ProblemDetail.Error(p.location(), p.message()))
                  .toList())
          .toResponse();
    } catch (DocumentTooLargeException e) {
      return ProblemDetail.tooLarge(e.getMessage(), uri.getRequestUri().getPath()).toResponse();
    }
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An SBOM's status, metadata, validation errors and quality report")
  public SbomResponse get(@PathParam("id") UUID id) {
    return queries.find(id).map(SbomResponse::of).orElseThrow(() -> notFound(id));
  }

  @GET
  @Path("{id}/packages")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The SBOM's packages, paged, each with the packages it depends on",
      description = "q keeps the packages whose name, purl or licence contain it (any case)")
  public Page<PackageView> packages(
      @PathParam("id") UUID id,
      @QueryParam("q") String filter,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    SbomView sbom = queries.find(id).orElseThrow(() -> notFound(id));
    long total =
        filter == null || filter.isBlank()
            ? (sbom.packageCount() == null ? 0 : sbom.packageCount())
            : queries.countPackages(id, filter);
    return new Page<>(
        queries.packages(id, filter, new PageRequest(offset, limit)), offset, limit, total);
  }

  @GET
  @Path("{id}/original")
  @Operation(summary = "The uploaded document, byte for byte")
  public Response original(@PathParam("id") UUID id) {
    SbomView sbom = queries.find(id).orElseThrow(() -> notFound(id));
    java.nio.file.Path file = queries.original(id).orElseThrow(() -> notFound(id));
    String type = sbom.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : sbom.mediaType();
    return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(file, out))
        .type(type)
        .header("Digest", "sha-256=" + sbom.sha256())
        .header("Content-Disposition", "attachment; filename=\"sbom-" + id + "\"")
        .build();
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("SBOM " + id);
  }
}
