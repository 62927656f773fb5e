package org.provena.finding.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.finding.application.WhereUsed;
import org.provena.finding.application.WhereUsedView;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;

/** Where a package or a vulnerability is: component releases and the device releases with them. */
@Path("/where-used")
@Tag(name = "findings")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class WhereUsedResource {

  @Inject WhereUsed whereUsed;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The component releases (current SBOMs) and device releases containing a package",
      description =
          "Exactly one of: purl (with a version: that version only; a CPE works too), cve (any"
              + " vulnerability id or alias: releases with an open finding of it), name (the"
              + " package name, any case). Suppliers see their own releases and no devices.")
  public WhereUsedView find(
      @QueryParam("purl") String purl,
      @QueryParam("cve") String cve,
      @QueryParam("name") String name) {
    int given = (blank(purl) ? 0 : 1) + (blank(cve) ? 0 : 1) + (blank(name) ? 0 : 1);
    if (given != 1) {
      throw new IllegalArgumentException("Give exactly one of purl, cve or name");
    }
    if (!blank(purl)) {
      return whereUsed
          .byPurl(purl.trim())
          .orElseThrow(() -> new IllegalArgumentException("Not a purl or CPE: " + purl));
    }
    if (!blank(cve)) {
      return whereUsed
          .byVulnerability(cve.trim())
          .orElseThrow(() -> new NotFoundException("Vulnerability " + cve));
    }
    return whereUsed.byName(name);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
