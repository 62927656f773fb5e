package org.provena.finding.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.finding.application.VexExportFormat;
import org.provena.finding.application.VexExports;
import org.provena.identity.domain.Role;

/** A component release's VEX, exported as OpenVEX 0.2.0 or CycloneDX 1.6. */
@Path("/component-releases/{id}/vex")
@Tag(name = "vex")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ReleaseVexResource {

  @Inject VexExports exports;

  @GET
  @Produces({"application/json", "application/vnd.cyclonedx+json"})
  @Operation(
      summary = "The release's VEX: the supplier's current answer for each open finding",
      description = "format=openvex (default) or cyclonedx")
  public Response export(
      @PathParam("id") UUID id, @QueryParam("format") @DefaultValue("openvex") String format) {
    VexExportFormat chosen;
    try {
      chosen = VexExportFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("format must be openvex or cyclonedx, not " + format);
    }
    VexExports.Export export = exports.export(id, chosen);
    return Response.ok(export.content())
        .type(export.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .build();
  }
}
