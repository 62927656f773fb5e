package org.provena.device.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.component.domain.LevelOfSupport;
import org.provena.device.application.DeviceRegistry;
import org.provena.device.application.DeviceSummary;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.Page;

/**
 * The manufacturer's devices, their releases and what each release is built from. Manufacturer
 * staff only: a supplier is refused here (403) and again by the registry.
 */
@Path("/devices")
@Tag(name = "devices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
public class DeviceResource {

  /** A device with its releases. */
  public record DeviceResponse(
      UUID id,
      String name,
      String modelNumber,
      String description,
      List<ReleaseResponse> releases) {

    static DeviceResponse of(DeviceSummary d) {
      return new DeviceResponse(
          d.id(),
          d.name(),
          d.modelNumber(),
          d.description(),
          d.releases().stream().map(ReleaseResponse::of).toList());
    }
  }

  /** A device release and the component releases it is built from. */
  public record ReleaseResponse(
      UUID id,
      String version,
      LocalDate releasedOn,
      LocalDate plannedEndOfSupport,
      List<ComponentResponse> components) {

    static ReleaseResponse of(DeviceSummary.Release r) {
      return new ReleaseResponse(
          r.id(),
          r.version(),
          r.releasedOn(),
          r.plannedEndOfSupport(),
          r.components().stream().map(ComponentResponse::of).toList());
    }
  }

  /**
   * A component release in a device release, with its safety class and exposure there.
   *
   * @param supportEndsBeforeDevice its supplier stops supporting it before the device release's
   *     planned end of support
   */
  public record ComponentResponse(
      UUID componentReleaseId,
      UUID supplierId,
      String supplierName,
      String componentName,
      String version,
      Criticality criticality,
      Exposure exposure,
      LevelOfSupport levelOfSupport,
      LocalDate endOfSupport,
      boolean supportEndsBeforeDevice) {

    static ComponentResponse of(DeviceSummary.BuiltInComponent c) {
      return new ComponentResponse(
          c.componentReleaseId(),
          c.supplierId(),
          c.supplierName(),
          c.componentName(),
          c.version(),
          c.criticality(),
          c.exposure(),
          c.levelOfSupport(),
          c.endOfSupport(),
          c.supportEndsBeforeDevice());
    }
  }

  /** A new device. */
  public record DefineDeviceRequest(String name, String modelNumber, String description) {}

  /** A new release of a device. */
  public record AddReleaseRequest(
      String version, LocalDate releasedOn, LocalDate plannedEndOfSupport) {}

  /** A new planned end of support for a device release; null clears it. */
  public record EndOfSupportRequest(LocalDate plannedEndOfSupport) {}

  /**
   * A component release to build into a device release.
   *
   * @param criticality IEC 62304 class: CLASS_A, CLASS_B or CLASS_C
   * @param exposure NETWORKED, LOCAL_ONLY or NONE
   */
  public record IncludeRequest(UUID componentReleaseId, String criticality, String exposure) {}

  /** A component release's new class and exposure in a device release. */
  public record ClassifyRequest(String criticality, String exposure) {}

  @Inject DeviceRegistry devices;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The manufacturer's devices with their releases and components")
  public Page<DeviceResponse> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return new Page<>(
        devices.list(new PageRequest(offset, limit)).stream().map(DeviceResponse::of).toList(),
        offset,
        limit,
        devices.count());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One device with its releases and their components")
  public DeviceResponse get(@PathParam("id") UUID id) {
    return DeviceResponse.of(device(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Define a device (names are unique)")
  public Response define(DefineDeviceRequest request) {
    requireBody(request);
    DeviceSummary created =
        devices.define(request.name(), request.modelNumber(), request.description());
    return Response.created(uri.getBaseUriBuilder().path("devices/" + created.id()).build())
        .entity(DeviceResponse.of(created))
        .build();
  }

  @POST
  @Path("{id}/releases")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a release of the device, with its planned end of support")
  public Response addRelease(@PathParam("id") UUID id, AddReleaseRequest request) {
    requireBody(request);
    UUID releaseId =
        devices.addRelease(
            id, request.version(), request.releasedOn(), request.plannedEndOfSupport());
    return Response.created(releaseUri(id, releaseId)).entity(release(id, releaseId)).build();
  }

  @GET
  @Path("{id}/releases/{releaseId}")
  @Operation(summary = "One device release with the component releases it is built from")
  public ReleaseResponse getRelease(
      @PathParam("id") UUID id, @PathParam("releaseId") UUID releaseId) {
    return release(id, releaseId);
  }

  @PUT
  @Path("{id}/releases/{releaseId}/end-of-support")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the release's planned end of support (null clears it)")
  public ReleaseResponse planEndOfSupport(
      @PathParam("id") UUID id,
      @PathParam("releaseId") UUID releaseId,
      EndOfSupportRequest request) {
    requireBody(request);
    devices.planEndOfSupport(id, releaseId, request.plannedEndOfSupport());
    return release(id, releaseId);
  }

  @POST
  @Path("{id}/releases/{releaseId}/components")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Build a component release into the device release")
  public Response include(
      @PathParam("id") UUID id, @PathParam("releaseId") UUID releaseId, IncludeRequest request) {
    requireBody(request);
    devices.include(
        id,
        releaseId,
        request.componentReleaseId(),
        criticality(request.criticality()),
        exposure(request.exposure()));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(
                    "devices/"
                        + id
                        + "/releases/"
                        + releaseId
                        + "/components/"
                        + request.componentReleaseId())
                .build())
        .entity(component(id, releaseId, request.componentReleaseId()))
        .build();
  }

  @PUT
  @Path("{id}/releases/{releaseId}/components/{componentReleaseId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the component release's safety class or exposure in the device")
  public ComponentResponse reclassify(
      @PathParam("id") UUID id,
      @PathParam("releaseId") UUID releaseId,
      @PathParam("componentReleaseId") UUID componentReleaseId,
      ClassifyRequest request) {
    requireBody(request);
    devices.reclassify(
        id,
        releaseId,
        componentReleaseId,
        criticality(request.criticality()),
        exposure(request.exposure()));
    return component(id, releaseId, componentReleaseId);
  }

  @DELETE
  @Path("{id}/releases/{releaseId}/components/{componentReleaseId}")
  @Operation(summary = "Take the component release out of the device release")
  public Response remove(
      @PathParam("id") UUID id,
      @PathParam("releaseId") UUID releaseId,
      @PathParam("componentReleaseId") UUID componentReleaseId) {
    devices.remove(id, releaseId, componentReleaseId);
    return Response.noContent().build();
  }

  private DeviceSummary device(UUID id) {
    return devices.find(id).orElseThrow(() -> new NotFoundException("Device " + id));
  }

  private ReleaseResponse release(UUID id, UUID releaseId) {
    return device(id).releases().stream()
        .filter(r -> r.id().equals(releaseId))
        .findFirst()
        .map(ReleaseResponse::of)
        .orElseThrow(() -> new NotFoundException("Device release " + releaseId));
  }

  private ComponentResponse component(UUID id, UUID releaseId, UUID componentReleaseId) {
    return release(id, releaseId).components().stream()
        .filter(c -> c.componentReleaseId().equals(componentReleaseId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Component release " + componentReleaseId));
  }

  private java.net.URI releaseUri(UUID id, UUID releaseId) {
    return uri.getBaseUriBuilder().path("devices/" + id + "/releases/" + releaseId).build();
  }

  static Criticality criticality(String text) {
    return parse(Criticality.class, text, "criticality", "CLASS_A, CLASS_B or CLASS_C");
  }

  static Exposure exposure(String text) {
    return parse(Exposure.class, text, "exposure", "NETWORKED, LOCAL_ONLY or NONE");
  }

  /** An enum constant from its name in any case; a clear 400 for anything else. */
  private static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, String allowed) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is required: " + allowed);
    }
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(key))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(field + " must be " + allowed + ", not " + text));
  }

  private static void requireBody(Object body) {
    if (body == null) {
      throw new IllegalArgumentException("A JSON body is required");
    }
  }
}
