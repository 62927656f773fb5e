package org.provena.scoring.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.DeviceRisk;
import org.provena.scoring.application.ScoreView;
import org.provena.shared.domain.NotFoundException;

/**
 * A device release's risk: its score, grade, factors and open items, and each component release in
 * it with its safety class, exposure and own score, worst first. The manufacturer's only.
 */
@Path("/device-releases/{id}/risk")
@Tag(name = "scores")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DeviceRiskResource {

  /**
   * The risk; {@code score}, {@code grade} and {@code factors} are absent until the device release
   * was first scored (seconds after a change).
   */
  public record DeviceRiskResponse(
      UUID deviceReleaseId,
      UUID deviceId,
      String title,
      LocalDate plannedEndOfSupport,
      Integer score,
      String grade,
      Integer trend,
      List<ScoreResponse.FactorResponse> factors,
      List<ScoreResponse.OpenItemResponse> openItems,
      String modelVersion,
      Instant computedAt,
      List<ScoreResponse.HistoryResponse> history,
      List<ComponentRiskResponse> components) {}

  /** A component release in the device release, with its own score. */
  public record ComponentRiskResponse(
      UUID componentReleaseId,
      UUID supplierId,
      String supplierName,
      String componentName,
      String version,
      String criticality,
      String exposure,
      LocalDate endOfSupport,
      boolean supportEndsBeforeDevice,
      Integer score,
      String grade,
      long openItems) {

    static ComponentRiskResponse of(DeviceRisk.ComponentRisk c) {
      return new ComponentRiskResponse(
          c.componentReleaseId(),
          c.supplierId(),
          c.supplierName(),
          c.componentName(),
          c.version(),
          c.criticality().name(),
          c.exposure().name(),
          c.endOfSupport(),
          c.supportEndsBeforeDevice(),
          c.score().map(ScoreView::value).orElse(null),
          c.score().map(s -> s.grade().name()).orElse(null),
          c.score().map(s -> (long) s.openItems().size()).orElse(0L));
    }
  }

  @Inject DeviceRisk risk;

  @GET
  @RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
  @Operation(summary = "A device release's risk: score, grade, factors, open items, components")
  public DeviceRiskResponse get(@PathParam("id") UUID id) {
    DeviceRisk.ReleaseRisk view =
        risk.of(id).orElseThrow(() -> new NotFoundException("Device release " + id));
    ScoreResponse score = view.score().map(ScoreResponse::of).orElse(null);
    return new DeviceRiskResponse(
        view.deviceReleaseId(),
        view.deviceId(),
        view.title(),
        view.plannedEndOfSupport(),
        score == null ? null : score.score(),
        score == null ? null : score.grade(),
        score == null ? null : score.trend(),
        score == null ? List.of() : score.factors(),
        score == null ? List.of() : score.openItems(),
        score == null ? null : score.modelVersion(),
        score == null ? null : score.computedAt(),
        score == null ? List.of() : score.history(),
        view.components().stream().map(ComponentRiskResponse::of).toList());
  }
}
