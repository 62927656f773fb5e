package org.provena.scoring.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.ScoreQueries;
import org.provena.shared.domain.NotFoundException;

/**
 * A component release's current score, with its factors, open items and history. A supplier reads
 * only its own releases' scores: another supplier's answers 404, as if it did not exist.
 */
@Path("/component-releases/{id}/score")
@Tag(name = "scores")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReleaseScoreResource {

  @Inject ScoreQueries scores;

  @GET
  @RolesAllowed({
    Role.Names.SUPPLIER,
    Role.Names.PROCUREMENT,
    Role.Names.SECURITY,
    Role.Names.ADMIN
  })
  @Operation(summary = "A component release's score: value, grade, factors, open items, history")
  public ScoreResponse get(@PathParam("id") UUID id) {
    return scores
        .ofRelease(id)
        .map(ScoreResponse::of)
        .orElseThrow(() -> new NotFoundException("Score of component release " + id));
  }
}
