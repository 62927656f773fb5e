package org.provena.component.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ComponentCommands.AddRelease;
import org.provena.component.application.ComponentCommands.RegisterComponent;
import org.provena.component.application.ComponentDetails;
import org.provena.component.application.ReleaseDetails;
import org.provena.component.domain.ComponentType;
import org.provena.component.domain.LevelOfSupport;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.Page;

@Path("/components")
@Tag(name = "components")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ComponentResource {

  /** A component and its releases. */
  public record ComponentResponse(
      UUID id,
      UUID supplierId,
      String name,
      ComponentType type,
      String description,
      List<ReleaseResponse> releases) {

    static ComponentResponse of(ComponentDetails c) {
      return new ComponentResponse(
          c.id(),
          c.supplierId(),
          c.name(),
          c.type(),
          c.description(),
          c.releases().stream().map(ReleaseResponse::of).toList());
    }
  }

  /** A component release. */
  public record ReleaseResponse(
      UUID id,
      UUID componentId,
      String componentName,
      UUID supplierId,
      String version,
      String purl,
      String cpe,
      LevelOfSupport levelOfSupport,
      LocalDate endOfSupport,
      LocalDate releasedOn,
      List<String> hashes) {

    public static ReleaseResponse of(ReleaseDetails r) {
      return new ReleaseResponse(
          r.id(),
          r.componentId(),
          r.componentName(),
          r.supplierId(),
          r.version(),
          r.purl(),
          r.cpe(),
          r.levelOfSupport(),
          r.endOfSupport(),
          r.releasedOn(),
          r.hashes());
    }
  }

  /** A supplier registers a component it delivers. */
  public record RegisterComponentRequest(String name, ComponentType type, String description) {}

  /** A supplier registers a release of one of its components. */
  public record AddReleaseRequest(
      String version,
      String purl,
      String cpe,
      LevelOfSupport levelOfSupport,
      LocalDate endOfSupport,
      LocalDate releasedOn,
      List<String> hashes) {}

  @Inject ComponentCatalogue catalogue;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Components the caller may see, with their releases")
  public Page<ComponentResponse> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return new Page<>(
        catalogue.list(new PageRequest(offset, limit)).stream().map(ComponentResponse::of).toList(),
        offset,
        limit,
        catalogue.count());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One component with its releases (404 for another supplier's)")
  public ComponentResponse get(@PathParam("id") UUID id) {
    return catalogue
        .find(id)
        .map(ComponentResponse::of)
        .orElseThrow(() -> new NotFoundException("Component " + id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(summary = "Register a component of the caller's supplier organization")
  public Response register(RegisterComponentRequest request) {
    requireBody(request);
    ComponentDetails created =
        catalogue.register(
            new RegisterComponent(request.name(), request.type(), request.description()));
    return Response.created(uri.getBaseUriBuilder().path("components/" + created.id()).build())
        .entity(ComponentResponse.of(created))
        .build();
  }

  @POST
  @Path("{id}/releases")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(summary = "Register a release of one of the caller's components")
  public Response addRelease(@PathParam("id") UUID id, AddReleaseRequest request) {
    requireBody(request);
    if (request.version() == null) {
      throw new IllegalArgumentException("A release needs a version");
    }
    ReleaseDetails created =
        catalogue.addRelease(
            id,
            new AddRelease(
                request.version(),
                request.purl(),
                request.cpe(),
                request.levelOfSupport(),
                request.endOfSupport(),
                request.releasedOn(),
                request.hashes()));
    return Response.created(
            uri.getBaseUriBuilder().path("component-releases/" + created.id()).build())
        .entity(ReleaseResponse.of(created))
        .build();
  }

  private static void requireBody(Object body) {
    if (body == null) {
      throw new IllegalArgumentException("A JSON body is required");
    }
  }
}
