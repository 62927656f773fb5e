package org.provena.sbom.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.component.application.ComponentCatalogue;
import org.provena.identity.domain.Role;
import org.provena.sbom.application.SbomQueries;
import org.provena.sbom.web.rest.SbomResource.SbomResponse;
import org.provena.shared.domain.NotFoundException;

@Path("/component-releases/{id}/sboms")
@Tag(name = "sboms")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ReleaseSbomResource {

  @Inject SbomQueries queries;
  @Inject ComponentCatalogue catalogue;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The SBOMs uploaded for a component release, newest first")
  public List<SbomResponse> list(@PathParam("id") UUID id) {
    if (catalogue.findRelease(id).isEmpty()) {
      throw new NotFoundException("Component release " + id);
    }
    return queries.ofRelease(id).stream().map(SbomResponse::of).toList();
  }
}
