package org.provena.identity.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.supplier.application.SupplierDirectory;

@Path("/me")
@Tag(name = "identity")
@RequestScoped
public class MeResource {

  /** Who the token says the caller is, and the supplier it acts for, if any. */
  public record MeResponse(
      String username, List<String> roles, String organization, SupplierRef supplier) {}

  /** The supplier a supplier user acts for. */
  public record SupplierRef(UUID id, String name) {}

  @Inject CurrentCaller caller;
  @Inject SupplierDirectory suppliers;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller: user name, roles and supplier organization")
  public MeResponse me() {
    Caller me = caller.require();
    SupplierRef supplier =
        suppliers.mine().map(s -> new SupplierRef(s.id(), s.name())).orElse(null);
    return new MeResponse(
        me.username(),
        me.roles().stream().map(Role::roleName).sorted().toList(),
        me.organization().orElse(null),
        supplier);
  }
}
