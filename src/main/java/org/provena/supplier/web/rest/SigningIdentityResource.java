package org.provena.supplier.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.identity.domain.Role;
import org.provena.supplier.application.SigningIdentities;
import org.provena.supplier.application.SigningIdentityView;

/**
 * A supplier's signing keys and Sigstore identities: evidence is verified against them. The
 * supplier registers, rotates and revokes its own; the manufacturer reads them.
 */
@Path("/signing-identities")
@Tag(name = "signing identities")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SigningIdentityResource {

  /**
   * Either {@code publicKey} (PEM or a JWK as JSON text: ECDSA P-256, Ed25519, RSA ≥ 2048) or
   * {@code certificateSubject} with {@code oidcIssuer} (a Sigstore keyless identity, e.g. a GitHub
   * workflow URI and https://token.actions.githubusercontent.com).
   */
  public record Registration(
      String label, String publicKey, String certificateSubject, String oidcIssuer) {}

  public record Revocation(String reason) {}

  /** A registered identity; {@code status} is active, rotated or revoked. */
  public record IdentityResponse(
      UUID id,
      UUID supplierId,
      String label,
      String kind,
      String algorithm,
      String keyId,
      String fingerprint,
      String publicKey,
      String certificateSubject,
      String oidcIssuer,
      String status,
      Instant registeredAt,
      Instant revokedAt,
      String revocationReason) {

    static IdentityResponse of(SigningIdentityView v) {
      return new IdentityResponse(
          v.id(),
          v.supplierId(),
          v.label(),
          lower(v.kind()),
          lower(v.algorithm()),
          v.keyId(),
          v.fingerprint(),
          v.publicKeyPem(),
          v.certificateSubject(),
          v.oidcIssuer(),
          lower(v.status()),
          v.registeredAt(),
          v.revokedAt(),
          v.revocationReason());
    }

    private static String lower(Enum<?> e) {
      return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
  }

  @Inject SigningIdentities identities;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A supplier's signing identities in every status, newest first",
      description = "supplier=<id> for manufacturer staff; a supplier gets its own.")
  public List<IdentityResponse> list(@QueryParam("supplier") UUID supplier) {
    List<SigningIdentityView> views =
        supplier == null ? identities.mine() : identities.of(supplier);
    return views.stream().map(IdentityResponse::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(summary = "Register a public key or a Sigstore identity of the caller's organization")
  public Response register(Registration registration) {
    if (registration == null) {
      throw new IllegalArgumentException(
          "Send a publicKey, or a certificateSubject and oidcIssuer");
    }
    SigningIdentityView view;
    if (registration.publicKey() != null && !registration.publicKey().isBlank()) {
      view = identities.registerKey(registration.label(), registration.publicKey());
    } else if (registration.certificateSubject() != null) {
      view =
          identities.registerSigstoreIdentity(
              registration.label(), registration.certificateSubject(), registration.oidcIssuer());
    } else {
      throw new IllegalArgumentException(
          "Send a publicKey, or a certificateSubject and oidcIssuer");
    }
    URI location = uri.getBaseUriBuilder().path("signing-identities/" + view.id()).build();
    return Response.created(location).entity(IdentityResponse.of(view)).build();
  }

  @POST
  @Path("{id}/rotate")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(summary = "Mark an identity as rotated: what it signed before stays trusted")
  public IdentityResponse rotate(@PathParam("id") UUID id) {
    return IdentityResponse.of(identities.rotate(id));
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(summary = "Revoke an identity: evidence it signed is no longer trusted")
  public IdentityResponse revoke(@PathParam("id") UUID id, Revocation revocation) {
    return IdentityResponse.of(
        identities.revoke(id, revocation == null ? null : revocation.reason()));
  }
}
