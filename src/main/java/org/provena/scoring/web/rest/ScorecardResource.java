package org.provena.scoring.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.ScoreView;
import org.provena.scoring.application.Scorecards;

/**
 * Procurement's supplier scorecards, worst first: as JSON, or as the CSV and PDF files taken to a
 * supplier review ({@code Accept: text/csv} or {@code application/pdf}).
 */
@Path("/scorecards")
@Tag(name = "scores")
@RequestScoped
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ScorecardResource {

  /** One supplier's scorecard; score fields are absent until the supplier was first scored. */
  public record ScorecardResponse(
      UUID supplierId,
      String supplierName,
      Integer score,
      String grade,
      Integer trend,
      long overdueRequests,
      long criticalItems,
      List<Integer> recentScores) {

    static ScorecardResponse of(Scorecards.Scorecard c) {
      return new ScorecardResponse(
          c.supplierId(),
          c.supplierName(),
          c.score().map(ScoreView::value).orElse(null),
          c.score().map(s -> s.grade().name()).orElse(null),
          c.score().map(ScoreView::trend).orElse(null),
          c.overdueRequests(),
          c.criticalItems(),
          c.recentValues());
    }
  }

  @Inject Scorecards scorecards;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every supplier's scorecard, worst first")
  public List<ScorecardResponse> list() {
    return scorecards.all().stream().map(ScorecardResponse::of).toList();
  }

  @GET
  @Produces("text/csv")
  @Operation(summary = "The scorecards as CSV (UTF-8 with BOM, spreadsheet-safe cells)")
  public Response csv() {
    StreamingOutput body = scorecards::csv;
    return Response.ok(body, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"supplier-scorecards.csv\"")
        .build();
  }

  @GET
  @Produces("application/pdf")
  @Operation(summary = "The scorecards as a PDF report")
  public Response pdf() {
    StreamingOutput body = scorecards::pdf;
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"supplier-scorecards.pdf\"")
        .build();
  }
}
