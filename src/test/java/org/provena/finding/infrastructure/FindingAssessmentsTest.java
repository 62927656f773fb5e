package org.provena.finding.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provena.finding.infrastructure.FindingsOnH2.*;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.audit.application.AuditTrail;
import org.provena.audit.domain.AuditEvent;
import org.provena.audit.infrastructure.JpaAuditLog;
import org.provena.finding.application.AssessmentCommand;
import org.provena.finding.application.AssessmentView;
import org.provena.finding.application.FindingAssessments;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingView;
import org.provena.finding.domain.FindingsChanged;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.supplier.infrastructure.JpaSupplierRepository;

/**
 * The security team's triage on the real schema: who may assess and read assessments (never a
 * supplier, not even of its own findings), the history newest first, the FDA postmarket deadlines
 * of an uncontrolled risk, the release reported as changed, the audit entry — and an assessment
 * that breaks a rule leaves nothing behind.
 */
class FindingAssessmentsTest {

  private static final Caller SECURITY = staff("sam", Role.SECURITY);
  private static final Caller PROCUREMENT = staff("pat", Role.PROCUREMENT);
  private static final Caller ADMIN = staff("ada", Role.ADMIN);

  private static final MovingClock CLOCK = new MovingClock(NOW);

  @BeforeAll
  static void database() throws ReflectiveOperationException {
    FindingsOnH2.open();
  }

  @AfterAll
  static void close() throws SQLException {
    FindingsOnH2.close();
  }

  @Test
  void the_security_team_assesses_a_finding_and_reads_its_history_newest_first() throws Exception {
    FindingView finding = aFinding().finding();

    assess(SECURITY, finding.id(), inTriage());
    CLOCK.advance(Duration.ofHours(2));
    AssessmentView exploitable =
        assess(
            SECURITY,
            finding.id(),
            new AssessmentCommand(
                TriageState.EXPLOITABLE,
                SafetyImpact.SERIOUS,
                RiskControl.CONTROLLED,
                "  Reachable, but the pump stops on a bad frame  "));

    assertThat(exploitable.assessedBy()).isEqualTo("sam");
    assertThat(exploitable.comment()).isEqualTo("Reachable, but the pump stops on a bad frame");
    List<AssessmentView> history = history(SECURITY, finding.id());
    assertThat(history)
        .extracting(AssessmentView::triageState)
        .containsExactly(TriageState.EXPLOITABLE, TriageState.IN_TRIAGE);
    assertThat(history.get(0).assessedAt()).isAfter(history.get(1).assessedAt());
    assertThat(current(SupplierScope.all(), finding.id()).triageState())
        .isEqualTo(TriageState.EXPLOITABLE);
  }

  @Test
  void assessments_made_in_the_same_instant_keep_the_order_they_were_made_in() throws Exception {
    FindingView finding = aFinding().finding();

    assess(SECURITY, finding.id(), inTriage());
    assess(
        SECURITY,
        finding.id(),
        new AssessmentCommand(TriageState.FALSE_POSITIVE, null, null, "Test code only"));

    assertThat(history(SECURITY, finding.id()))
        .extracting(AssessmentView::triageState)
        .containsExactly(TriageState.FALSE_POSITIVE, TriageState.IN_TRIAGE);
    assertThat(current(SupplierScope.all(), finding.id()).triageState())
        .isEqualTo(TriageState.FALSE_POSITIVE);
  }

  @Test
  void an_uncontrolled_risk_says_when_customers_must_be_told_and_the_fix_is_due() throws Exception {
    FindingView finding = aFinding().finding();
    Instant since = CLOCK.instant();
    assess(SECURITY, finding.id(), uncontrolled(SafetyImpact.SERIOUS, "Remote code execution"));
    CLOCK.advance(Duration.ofDays(3));

    AssessmentView again =
        assess(SECURITY, finding.id(), uncontrolled(SafetyImpact.CRITICAL, "Worse than thought"));

    assertThat(again.uncontrolledSince())
        .as("re-assessing an uncontrolled risk does not restart the clocks")
        .isEqualTo(since);
    assertThat(again.customerNoticeDue()).isEqualTo(since.plus(Duration.ofDays(30)));
    assertThat(again.fixDue()).isEqualTo(since.plus(Duration.ofDays(60)));
    AssessmentView shown = current(SupplierScope.all(), finding.id());
    assertThat(shown.uncontrolledSince()).isEqualTo(since);
    assertThat(shown.fixDue()).isEqualTo(since.plus(Duration.ofDays(60)));

    CLOCK.advance(Duration.ofDays(10));
    AssessmentView mitigated =
        assess(
            SECURITY,
            finding.id(),
            new AssessmentCommand(
                TriageState.MITIGATED,
                SafetyImpact.CRITICAL,
                RiskControl.CONTROLLED,
                "Firmware 4.2.1 shipped"));
    assertThat(mitigated.uncontrolled()).isFalse();
    assertThat(mitigated.fixDue()).isNull();
    assertThat(history(SECURITY, finding.id()).get(1).fixDue())
        .as("the history keeps the deadlines each assessment left")
        .isEqualTo(since.plus(Duration.ofDays(60)));
  }

  @Test
  void an_uncontrolled_risk_cannot_be_left_unanswered_by_a_later_assessment() throws Exception {
    FindingView finding = aFinding().finding();
    assess(SECURITY, finding.id(), uncontrolled(SafetyImpact.MINOR, null));

    assertThatThrownBy(() -> assess(SECURITY, finding.id(), inTriage()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uncontrolled");

    assertThat(history(SECURITY, finding.id())).hasSize(1);
  }

  @Test
  void an_incomplete_or_contradictory_assessment_is_refused_and_leaves_nothing_behind()
      throws Exception {
    FindingView finding = aFinding().finding();

    assertThatThrownBy(
            () ->
                assess(
                    SECURITY,
                    finding.id(),
                    new AssessmentCommand(TriageState.EXPLOITABLE, null, null, "bad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("safety impact");
    assertThatThrownBy(
            () ->
                assess(
                    SECURITY,
                    finding.id(),
                    new AssessmentCommand(TriageState.NOT_EXPLOITABLE, null, null, " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("why");
    assertThatThrownBy(
            () ->
                assess(
                    SECURITY,
                    finding.id(),
                    new AssessmentCommand(
                        TriageState.FALSE_POSITIVE, null, RiskControl.UNCONTROLLED, "why not")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no uncontrolled risk");
    assertThatThrownBy(
            () ->
                assess(
                    SECURITY,
                    finding.id(),
                    new AssessmentCommand(TriageState.IN_TRIAGE, null, null, "x".repeat(8001))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8000");

    assertThat(history(SECURITY, finding.id())).isEmpty();
    assertThat(current(SupplierScope.all(), finding.id())).isNull();
  }

  @Test
  void an_assessment_reports_its_release_as_changed_and_is_audited() throws Exception {
    Assessed a = aFinding();
    changes.clear();

    AssessmentView made =
        assess(SECURITY, a.finding().id(), uncontrolled(SafetyImpact.SERIOUS, "Audited"));

    assertThat(changes.fired())
        .extracting(FindingsChanged::componentReleaseIds)
        .containsExactly(Set.of(a.fixture().release().id()));
    AuditEvent entry = db.inTransaction(() -> db.inject(new JpaAuditLog()).latest()).orElseThrow();
    assertThat(entry.action()).isEqualTo("finding.assessed");
    assertThat(entry.actor()).isEqualTo("sam");
    assertThat(entry.subjectId()).contains(a.finding().id().toString());
    assertThat(entry.supplierId())
        .as("the manufacturer's record is not filed under the supplier")
        .isEmpty();
    assertThat(entry.detail().orElseThrow())
        .contains(made.id().toString())
        .contains("\"riskControl\":\"uncontrolled\"")
        .contains("Audited");
  }

  @Test
  void procurement_and_admin_read_assessments_but_only_the_security_team_makes_them()
      throws Exception {
    FindingView finding = aFinding().finding();
    assess(SECURITY, finding.id(), inTriage());

    for (Caller other : List.of(PROCUREMENT, ADMIN)) {
      assertThat(history(other, finding.id())).hasSize(1);
      assertThatThrownBy(() -> assess(other, finding.id(), inTriage()))
          .isInstanceOf(NotPermittedException.class);
    }
    assertThat(history(SECURITY, finding.id())).hasSize(1);
  }

  @Test
  void a_supplier_neither_makes_nor_reads_assessments_even_of_its_own_findings() throws Exception {
    Assessed a = aFinding();
    UUID id = a.finding().id();
    assess(SECURITY, id, uncontrolled(SafetyImpact.CATASTROPHIC, "Internal: recall likely"));
    Caller supplier =
        new Caller(
            "sue", Set.of(Role.SUPPLIER), Optional.of(a.fixture().supplier().organizationAlias()));

    assertThatThrownBy(() -> assess(supplier, id, inTriage()))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> history(supplier, id)).isInstanceOf(NotPermittedException.class);

    FindingView seenBySupplier =
        db.inTransaction(
                () ->
                    findings.ofSbom(
                        SupplierScope.only(a.fixture().supplier().id()),
                        a.fixture().sbom().id(),
                        FindingFilter.open(),
                        PageRequest.first(10)))
            .get(0);
    assertThat(seenBySupplier.id()).isEqualTo(id);
    assertThat(seenBySupplier.assessment()).as("the reads leave it out of its scope").isNull();
    assertThat(current(SupplierScope.all(), id).comment()).isEqualTo("Internal: recall likely");
  }

  @Test
  void an_unknown_finding_is_not_found() {
    assertThatThrownBy(() -> assess(SECURITY, UUID.randomUUID(), inTriage()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> history(SECURITY, UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
  }

  // --- helpers ---

  private record Assessed(Fixture fixture, FindingView finding) {}

  /** A release with one open finding. */
  private static Assessed aFinding() throws IOException {
    String name = "triaged-" + unique();
    store(
        osv(
            "GHSA-" + unique(),
            "CVE-2026-" + unique(),
            "npm",
            name,
            "[{\"introduced\": \"0\"}]",
            null));
    Fixture f = sbom(npm(name, "1.0.0"));
    List<FindingView> found = findingsOf(f, FindingFilter.open());
    assertThat(found).hasSize(1);
    return new Assessed(f, found.get(0));
  }

  private static AssessmentCommand inTriage() {
    return new AssessmentCommand(TriageState.IN_TRIAGE, null, null, null);
  }

  private static AssessmentCommand uncontrolled(SafetyImpact impact, String comment) {
    return new AssessmentCommand(
        TriageState.EXPLOITABLE, impact, RiskControl.UNCONTROLLED, comment);
  }

  private static AssessmentView assess(Caller caller, UUID findingId, AssessmentCommand command)
      throws ReflectiveOperationException {
    FindingAssessments service = service(caller);
    return db.inTransaction(() -> service.assess(findingId, command));
  }

  private static List<AssessmentView> history(Caller caller, UUID findingId)
      throws ReflectiveOperationException {
    FindingAssessments service = service(caller);
    return db.inTransaction(() -> service.history(findingId));
  }

  /** The current assessment the finding reads carry in this scope. */
  private static AssessmentView current(SupplierScope scope, UUID findingId) {
    return db.inTransaction(() -> findings.find(scope, findingId)).orElseThrow().assessment();
  }

  /** The service as CDI wires it for one request of this caller. */
  private static FindingAssessments service(Caller caller) throws ReflectiveOperationException {
    CurrentCaller current =
        new CurrentCaller() {
          @Override
          public Optional<Caller> get() {
            return Optional.of(caller);
          }
        };
    SupplierScopeResolver scopes = new SupplierScopeResolver();
    set(scopes, "currentCaller", current);
    set(scopes, "suppliers", db.inject(new JpaSupplierRepository()));
    AuditTrail audit = new AuditTrail();
    set(audit, "log", db.inject(new JpaAuditLog()));
    set(audit, "caller", current);
    set(audit, "clock", CLOCK);
    FindingAssessments service = new FindingAssessments();
    set(service, "findings", db.inject(new JpaFindingRepository()));
    set(service, "scopes", scopes);
    set(service, "caller", current);
    set(service, "audit", audit);
    set(service, "changed", changes);
    set(service, "clock", CLOCK);
    return service;
  }

  private static Caller staff(String username, Role role) {
    return new Caller(username, Set.of(role), Optional.empty());
  }

  /** A clock the test moves forward, so that assessments get distinct times when it says so. */
  private static final class MovingClock extends Clock {

    private Instant now;

    MovingClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
