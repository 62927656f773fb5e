package org.provena.device.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.device.application.DeviceSbomExports;
import org.provena.identity.domain.Role;

/** A device release's SBOM with its vulnerability disclosure report, for regulatory submissions. */
@Path("/device-releases/{id}/sbom")
@Tag(name = "devices")
@RequestScoped
public class DeviceReleaseSbomResource {

  @Inject DeviceSbomExports exports;

  @GET
  // application/json too: clients that ask for plain JSON get the same document.
  @Produces({"application/vnd.cyclonedx+json", "application/json"})
  @RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
  @Operation(
      summary = "The device release's CycloneDX 1.6 SBOM and VDR",
      description =
          "Every component release with supplier, IEC 62304 class, exposure, level and end of"
              + " support; the packages of their current SBOMs; and the open findings of those"
              + " packages with the supplier's VEX answer and the manufacturer's assessment.")
  public Response export(@PathParam("id") UUID id) {
    DeviceSbomExports.Export export = exports.export(id);
    return Response.ok((StreamingOutput) out -> exports.write(export.bom(), out))
        .type(DeviceSbomExports.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .build();
  }
}
