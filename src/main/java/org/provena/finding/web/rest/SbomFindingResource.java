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
import org.provena.finding.application.FindingQueries;
import org.provena.identity.domain.Role;
import org.provena.sbom.application.SbomQueries;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.web.rest.Page;

/** The findings of one SBOM's packages. */
@Path("/sboms/{id}/findings")
@Tag(name = "findings")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SbomFindingResource {

  @Inject FindingQueries findings;
  @Inject SbomQueries sboms;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The SBOM's findings, most urgent first (known exploited, then severity, CVSS)",
      description =
          "q: part of a package name, purl or vulnerability id/alias; severity: a comma-separated"
              + " list (critical,high,…); kev=true: known exploited only; state=all: resolved"
              + " findings too (default open).")
  public Page<FindingResponse> list(
      @PathParam("id") UUID id, @BeanParam FindingParameters parameters) {
    sboms.find(id).orElseThrow(() -> new NotFoundException("SBOM " + id));
    return parameters.page(
        (filter, page) -> findings.ofSbom(id, filter, page),
        filter -> findings.countOfSbom(id, filter));
  }
}
