package org.provena.finding.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.finding.application.VexDocumentView;
import org.provena.finding.application.VexIntake;
import org.provena.finding.application.VexQueries;
import org.provena.finding.domain.InvalidVexException;
import org.provena.identity.domain.Role;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.ProblemDetail;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * VEX documents: a supplier's CI uploads CycloneDX VEX, OpenVEX or CSAF (plain or in a DSSE
 * envelope); the statements are applied to the findings they cover.
 */
@Path("/vex")
@Tag(name = "vex")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class VexResource {

  @Inject VexIntake intake;
  @Inject VexQueries queries;
  @Inject SupplierScopeResolver scopes;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(
      summary = "Upload a VEX document",
      description =
          "Raw body: CycloneDX VEX (JSON or XML), OpenVEX, CSAF 2.0, plain or in a DSSE envelope"
              + " (verified against the supplier's keys; statements of a document whose signature"
              + " is invalid are kept but not applied). release=<id> or component=&version="
              + " restricts it to one release. 201 with the statements, the findings they apply"
              + " to and what they lack (CISA minimum requirements); 422 with every problem when"
              + " it cannot be read.")
  public Response upload(
      @QueryParam("release") UUID release,
      @QueryParam("component") String component,
      @QueryParam("version") String version,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    try {
      VexDocumentView view = intake.upload(release, component, version, contentType, body);
      URI location = uri.getBaseUriBuilder().path("vex/" + view.id()).build();
      return Response.created(location).entity(VexDocumentResponse.of(view)).build();
    } catch (InvalidVexException e) {
      return ProblemDetail.invalidDocument(
              "invalid-vex",
              "Invalid VEX document",
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
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A supplier's VEX documents, newest first (without their statements)",
      description = "supplier=<id> for manufacturer staff; a supplier gets its own.")
  public List<VexDocumentResponse> list(
      @QueryParam("supplier") UUID supplier,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    UUID whose =
        supplier != null
            ? supplier
            : scopes
                .current()
                .supplier()
                .orElseThrow(
                    () -> new IllegalArgumentException("Name the supplier: ?supplier=<id>"));
    return queries.documentsOf(whose, new PageRequest(offset, limit)).stream()
        .map(VexDocumentResponse::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A VEX document with its statements and the findings they apply to")
  public VexDocumentResponse get(@PathParam("id") UUID id) {
    return queries.document(id).map(VexDocumentResponse::of).orElseThrow(() -> notFound(id));
  }

  @GET
  @Path("{id}/original")
  @Operation(summary = "The uploaded document, byte for byte")
  public Response original(@PathParam("id") UUID id) {
    VexDocumentView view = queries.document(id).orElseThrow(() -> notFound(id));
    java.nio.file.Path file = queries.original(id).orElseThrow(() -> notFound(id));
    return Response.ok((StreamingOutput) out -> Files.copy(file, out))
        .type(MediaType.APPLICATION_OCTET_STREAM)
        .header("Digest", "sha-256=" + view.sha256())
        .header("Content-Disposition", "attachment; filename=\"vex-" + id + "\"")
        .build();
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("VEX document " + id);
  }
}
