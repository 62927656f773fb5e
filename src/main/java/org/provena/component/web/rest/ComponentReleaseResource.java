package org.provena.component.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.web.rest.ComponentResource.ReleaseResponse;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;

@Path("/component-releases")
@Tag(name = "components")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ComponentReleaseResource {

  @Inject ComponentCatalogue catalogue;

  @GET
  @Path("{id}")
  @Operation(summary = "One component release (404 for another supplier's)")
  public ReleaseResponse release(@PathParam("id") UUID id) {
    return catalogue
        .findRelease(id)
        .map(ReleaseResponse::of)
        .orElseThrow(() -> new NotFoundException("Component release " + id));
  }
}
