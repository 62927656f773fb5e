package org.provena.finding.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.provena.finding.application.FindingQueries;
import org.provena.finding.application.VexAnswers;
import org.provena.finding.application.VexQueries;
import org.provena.finding.application.VexStatementView;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.web.rest.Page;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * Findings across a supplier's releases (what it still owes a VEX answer for), one finding with its
 * VEX history, and the supplier's answer.
 */
@Path("/findings")
@Tag(name = "findings")
@RequestScoped
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class FindingResource {

  /**
   * A supplier's answer: {@code status} not_affected (with a {@code justification} —
   * component_not_present, vulnerable_code_not_present, vulnerable_code_not_in_execute_path,
   * vulnerable_code_cannot_be_controlled_by_adversary, inline_mitigations_already_exist — or an
   * {@code impactStatement}), affected (with an {@code actionStatement}), fixed or
   * under_investigation.
   */
  public record VexAnswer(
      String status, String justification, String impactStatement, String actionStatement) {}

  /** A finding with its VEX history, oldest first (the last is the current answer). */
  public record FindingWithVex(FindingResponse finding, List<VexStatementResponse> vex) {}

  /** One statement in a finding's VEX history. */
  public record VexStatementResponse(
      UUID id,
      UUID documentId,
      String source,
      String status,
      String justification,
      String sourceJustification,
      String impactStatement,
      String actionStatement,
      String author,
      Instant issuedAt,
      Instant recordedAt,
      boolean complete,
      String missing) {

    static VexStatementResponse of(VexStatementView s) {
      return new VexStatementResponse(
          s.id(),
          s.documentId(),
          lower(s.source()),
          lower(s.status()),
          lower(s.justification()),
          s.sourceJustification(),
          s.impactStatement(),
          s.actionStatement(),
          s.author(),
          s.issuedAt(),
          s.recordedAt(),
          s.complete(),
          s.missing());
    }
  }

  @Inject FindingQueries findings;
  @Inject VexQueries vex;
  @Inject VexAnswers answers;
  @Inject SupplierScopeResolver scopes;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A supplier's findings across its releases, most urgent first",
      description =
          "vex=unanswered: those still awaiting the supplier's VEX answer (or a VEX status);"
              + " supplier=<id> for manufacturer staff, a supplier gets its own; q, severity,"
              + " kev, state as for a release's findings.")
  public Page<FindingResponse> list(
      @QueryParam("supplier") UUID supplier, @BeanParam FindingParameters parameters) {
    UUID whose =
        supplier != null
            ? supplier
            : scopes
                .current()
                .supplier()
                .orElseThrow(
                    () -> new IllegalArgumentException("Name the supplier: ?supplier=<id>"));
    return parameters.page(
        (filter, page) -> findings.ofSupplier(whose, filter, page),
        filter -> findings.countOfSupplier(whose, filter));
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A finding with the supplier's VEX history")
  public FindingWithVex get(@PathParam("id") UUID id) {
    FindingResponse finding =
        findings
            .find(id)
            .map(FindingResponse::of)
            .orElseThrow(() -> new NotFoundException("Finding " + id));
    return new FindingWithVex(
        finding, vex.historyOf(id).stream().map(VexStatementResponse::of).toList());
  }

  @POST
  @Path("{id}/vex")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SUPPLIER)
  @Operation(
      summary = "Answer a finding with a VEX statement",
      description =
          "Stored as a VEX statement about the finding's package in its release; 201 with the"
              + " statement; 400 when it lacks what CISA's minimum requirements ask for.")
  public Response answer(@PathParam("id") UUID id, VexAnswer answer) {
    if (answer == null || answer.status() == null) {
      throw new IllegalArgumentException(
          "status is not_affected, affected, fixed or under_investigation");
    }
    VexClaim claim =
        new VexClaim(
            enumOf(VexStatus.class, answer.status(), "status"),
            answer.justification() == null || answer.justification().isBlank()
                ? null
                : enumOf(VexJustification.class, answer.justification(), "justification"),
            answer.impactStatement(),
            answer.actionStatement());
    return Response.status(Response.Status.CREATED)
        .entity(VexStatementResponse.of(answers.answer(id, claim)))
        .build();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field
              + " must be one of "
              + java.util.Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .toList()
              + ", not "
              + value);
    }
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
