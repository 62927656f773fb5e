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
import org.provena.finding.application.AssessmentCommand;
import org.provena.finding.application.FindingAssessments;
import org.provena.finding.application.FindingQueries;
import org.provena.finding.application.VexAnswers;
import org.provena.finding.application.VexQueries;
import org.provena.finding.application.VexStatementView;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.web.rest.Page;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * Findings across a supplier's releases (what it still owes a VEX answer for), one finding with its
 * VEX history, the supplier's answer, and the manufacturer's assessments (its triage).
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

  /**
   * The security team's assessment: {@code triageState} (new, in_triage, exploitable,
   * not_exploitable, false_positive, mitigated, resolved), {@code safetyImpact} (none, negligible,
   * minor, serious, critical, catastrophic), {@code riskControl} (controlled, uncontrolled) and a
   * {@code comment}.
   */
  public record AssessmentRequest(
      String triageState, String safetyImpact, String riskControl, String comment) {}

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
  @Inject FindingAssessments assessments;
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
  @Operation(
      summary = "A finding with the supplier's VEX history",
      description = "For the manufacturer, the finding carries its current assessment too.")
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

  @POST
  @Path("{id}/assessments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SECURITY)
  @Operation(
      summary = "Assess a finding (the security team's triage)",
      description =
          "Adds an assessment to the finding's history; 201 with it. 400 when it is incomplete:"
              + " exploitable needs safetyImpact and riskControl, not_exploitable and"
              + " false_positive a comment, and an uncontrolled risk a riskControl in every"
              + " further assessment.")
  public Response assess(@PathParam("id") UUID id, AssessmentRequest request) {
    if (request == null || request.triageState() == null || request.triageState().isBlank()) {
      throw new IllegalArgumentException("triageState must be one of " + names(TriageState.class));
    }
    AssessmentCommand command =
        new AssessmentCommand(
            enumOf(TriageState.class, request.triageState(), "triageState"),
            optionalEnum(SafetyImpact.class, request.safetyImpact(), "safetyImpact"),
            optionalEnum(RiskControl.class, request.riskControl(), "riskControl"),
            request.comment());
    return Response.status(Response.Status.CREATED)
        .entity(AssessmentResponse.of(assessments.assess(id, command)))
        .build();
  }

  @GET
  @Path("{id}/assessments")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
  @Operation(
      summary = "The manufacturer's assessments of a finding, newest first",
      description = "The first is the current one. Suppliers never see assessments.")
  public List<AssessmentResponse> assessments(@PathParam("id") UUID id) {
    return assessments.history(id).stream().map(AssessmentResponse::of).toList();
  }

  private static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
    return value == null || value.isBlank() ? null : enumOf(type, value, field);
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " must be one of " + names(type) + ", not " + value);
    }
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
