package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.provena.audit.application.AuditTrail;
import org.provena.finding.domain.Assessment;
import org.provena.finding.domain.Finding;
import org.provena.finding.domain.FindingRepository;
import org.provena.finding.domain.FindingsChanged;
import org.provena.finding.domain.UncontrolledRisk;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * The manufacturer's triage of findings: its security team records an assessment (triage state,
 * safety impact, whether the risk is controlled, why), which joins the finding's history; the
 * manufacturer's staff read that history. Each assessment is audited and reported as a change to
 * the finding's release (scores move with it).
 *
 * <p>Only the security team assesses: it is the product-security decision the FDA's postmarket
 * guidance asks the manufacturer to document, not an operator's (admin) or a buyer's (procurement).
 * Suppliers neither make nor read assessments — they are the manufacturer's own judgement of the
 * supplier's component — so every read here refuses a scope narrower than all suppliers, below any
 * view or resource.
 */
@ApplicationScoped
@Transactional
public class FindingAssessments {

  @Inject FindingRepository findings;
  @Inject SupplierScopeResolver scopes;
  @Inject CurrentCaller caller;
  @Inject AuditTrail audit;
  @Inject Event<FindingsChanged> changed;
  @Inject Clock clock;

  /**
   * Records the security team's assessment of an open finding; returns it.
   *
   * @throws NotPermittedException the caller is not on the security team
   * @throws NotFoundException no such finding
   * @throws IllegalArgumentException the assessment is incomplete or contradicts itself (what is
   *     wrong is said)
   */
  public AssessmentView assess(UUID findingId, AssessmentCommand command) {
    Caller assessor =
        caller
            .get()
            .filter(c -> c.hasRole(Role.SECURITY))
            .orElseThrow(
                () -> new NotPermittedException("Only the security team assesses findings"));
    requireManufacturer();
    if (command == null) {
      throw new IllegalArgumentException("An assessment needs a triage state");
    }
    Finding finding =
        findings
            .find(scopes.current(), findingId)
            .orElseThrow(() -> new NotFoundException("Finding " + findingId));
    Assessment assessment =
        finding.assess(
            command.triageState(),
            command.safetyImpact(),
            command.riskControl(),
            command.comment(),
            assessor.username(),
            // As the database keeps it (microseconds): the answer and a later read agree.
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    findings.store(scopes.current(), finding);
    AssessmentView view = AssessmentView.of(finding.id(), assessment, finding.uncontrolledRisk());
    // No supplier on the entry: the assessment is the manufacturer's own record, and an extract of
    // the log by supplier must not carry it to the supplier.
    audit.record(null, "finding.assessed", "finding", finding.id().toString(), detail(view));
    changed.fire(new FindingsChanged(Set.of(finding.componentReleaseId())));
    return view;
  }

  /**
   * A finding's assessments, newest first (the first is the current one), each with the FDA
   * postmarket clocks as they stood after it.
   *
   * @throws NotPermittedException the caller is not the manufacturer's
   * @throws NotFoundException no such finding
   */
  public List<AssessmentView> history(UUID findingId) {
    requireManufacturer();
    Finding finding =
        findings
            .find(scopes.current(), findingId)
            .orElseThrow(() -> new NotFoundException("Finding " + findingId));
    List<Assessment> oldestFirst = finding.assessments();
    List<AssessmentView> views = new ArrayList<>(oldestFirst.size());
    for (int i = 0; i < oldestFirst.size(); i++) {
      views.add(
          AssessmentView.of(
              finding.id(),
              oldestFirst.get(i),
              UncontrolledRisk.after(
                  oldestFirst.subList(0, i + 1),
                  a -> a.riskControl().orElse(null),
                  Assessment::assessedAt)));
    }
    Collections.reverse(views);
    return views;
  }

  private void requireManufacturer() {
    if (!scopes.current().seesAllSuppliers()) {
      throw new NotPermittedException("Assessments are the manufacturer's own");
    }
  }

  private static String detail(AssessmentView view) {
    JsonObjectBuilder detail =
        Json.createObjectBuilder()
            .add("assessment", view.id().toString())
            .add("triageState", lower(view.triageState()));
    if (view.safetyImpact() != null) {
      detail.add("safetyImpact", lower(view.safetyImpact()));
    }
    if (view.riskControl() != null) {
      detail.add("riskControl", lower(view.riskControl()));
    }
    if (view.comment() != null) {
      detail.add("comment", view.comment());
    }
    if (view.uncontrolledSince() != null) {
      detail.add("uncontrolledSince", view.uncontrolledSince().toString());
    }
    return detail.build().toString();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
