package org.provena.supplier.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.Page;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierSummary;
import org.provena.supplier.domain.SupplierStatus;

@Path("/suppliers")
@Tag(name = "suppliers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SupplierResource {

  /** A supplier as the API shows it. */
  public record SupplierResponse(
      UUID id,
      String name,
      String organization,
      SupplierStatus status,
      String contactEmail,
      String cvdContact,
      String cvdPolicyUrl) {

    static SupplierResponse of(SupplierSummary s) {
      return new SupplierResponse(
          s.id(),
          s.name(),
          s.organization(),
          s.status(),
          s.contactEmail(),
          s.cvdContact(),
          s.cvdPolicyUrl());
    }
  }

  @Inject SupplierDirectory suppliers;

  @GET
  @RolesAllowed({
    Role.Names.SUPPLIER,
    Role.Names.PROCUREMENT,
    Role.Names.SECURITY,
    Role.Names.ADMIN
  })
  @Operation(summary = "Suppliers the caller may see (a supplier sees only itself)")
  public Page<SupplierResponse> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return new Page<>(
        suppliers.list(new PageRequest(offset, limit)).stream().map(SupplierResponse::of).toList(),
        offset,
        limit,
        suppliers.count());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.Names.SUPPLIER,
    Role.Names.PROCUREMENT,
    Role.Names.SECURITY,
    Role.Names.ADMIN
  })
  @Operation(summary = "One supplier")
  public SupplierResponse get(@PathParam("id") UUID id) {
    return suppliers
        .find(id)
        .map(SupplierResponse::of)
        .orElseThrow(() -> new NotFoundException("Supplier " + id));
  }
}
