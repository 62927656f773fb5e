package org.provena.finding.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.component.application.ComponentCatalogue;
import org.provena.finding.application.FindingQueries;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.web.rest.Page;

/**
 * The findings of a component release: those of its current SBOM, and with state=all its history.
 */
@Path("/component-releases/{id}/findings")
@Tag(name = "findings")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ReleaseFindingResource {

  @Inject FindingQueries findings;
  @Inject ComponentCatalogue releases;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The release's findings, most urgent first (known exploited, then severity, CVSS)",
      description =
          "q: part of a package name, purl or vulnerability id/alias; severity: a comma-separated"
              + " list (critical,high,…); kev=true: known exploited only; state=all: resolved"
              + " findings too (default open); vex=unanswered, or a VEX status, filters by the"
              + " supplier's answer.")
  public Page<FindingResponse> list(
      @PathParam("id") UUID id, @BeanParam FindingParameters parameters) {
    releases.findRelease(id).orElseThrow(() -> new NotFoundException("Component release " + id));
    return parameters.page(
        (filter, page) -> findings.ofRelease(id, filter, page),
        filter -> findings.countOfRelease(id, filter));
  }
}
