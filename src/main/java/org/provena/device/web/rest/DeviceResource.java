package org.provena.device.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.device.application.DeviceRegistry;
import org.provena.device.application.DeviceSummary;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.Page;

@Path("/devices")
@Tag(name = "devices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
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

  /** A component release in a device release, with its safety class and exposure there. */
  public record ComponentResponse(
      UUID componentReleaseId,
      UUID supplierId,
      String componentName,
      String version,
      Criticality criticality,
      Exposure exposure) {

    static ComponentResponse of(DeviceSummary.BuiltInComponent c) {
      return new ComponentResponse(
          c.componentReleaseId(),
          c.supplierId(),
          c.componentName(),
          c.version(),
          c.criticality(),
          c.exposure());
    }
  }

  @Inject DeviceRegistry devices;

  @GET
  @RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
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
}
