package org.provena.attestation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.provena.attestation.domain.Attestation;
import org.provena.attestation.domain.AttestationRepository;
import org.provena.attestation.domain.EvidenceChanged;
import org.provena.attestation.domain.Verdict;
import org.provena.audit.application.AuditTrail;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.supplier.domain.SigningIdentitiesChanged;

/**
 * Keeps verification outcomes true as time passes and trust changes: once a day every attestation
 * near or past its expiry is reconsidered (verified → expiring → expired), and when a supplier
 * registers, rotates or revokes a signing identity its evidence is verified again.
 */
@ApplicationScoped
public class EvidenceExpiry {

  private static final Logger LOG = Logger.getLogger(EvidenceExpiry.class.getName());

  @Inject AttestationRepository attestations;
  @Inject AttestationIntake intake;
  @Inject SupplierScopeResolver scopes;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<EvidenceChanged> evidenceChanged;

  /** The daily pass; returns how many statuses changed. */
  @ActivateRequestContext
  @Transactional
  public int reconsider() {
    scopes.actAsSystem();
    Instant now = clock.instant();
    int changed = 0;
    for (Attestation a :
        attestations.listChangingWithTime(
            scopes.current(), now, now.plus(Verdict.EXPIRING_WITHIN))) {
      String before = a.verificationStatus() + "|" + a.verificationReason().orElse("");
      Verdict verdict = a.reconsiderExpiry(now, Verdict.EXPIRING_WITHIN).orElse(null);
      if (verdict == null || before.equals(verdict.status() + "|" + verdict.reason())) {
        continue;
      }
      attestations.store(scopes.current(), a);
      evidenceChanged.fire(
          new EvidenceChanged(a.supplierId(), a.componentReleaseId().orElse(null)));
      audit.record(
          a.supplierId(),
          "attestation." + verdict.status().name().toLowerCase(java.util.Locale.ROOT),
          "attestation",
          a.id().toString(),
          Json.createObjectBuilder()
              .add("kind", a.kind().name())
              .add("reason", verdict.reason() == null ? "" : verdict.reason())
              .build()
              .toString());
      changed++;
    }
    int count = changed;
    LOG.info(() -> "Evidence expiry pass: " + count + " attestation(s) changed status");
    return changed;
  }

  /**
   * A supplier's signing identities changed: its evidence is verified again in the same
   * transaction, so that a revoked key's signatures never count once the revocation is visible.
   */
  void onIdentitiesChanged(@Observes SigningIdentitiesChanged changed) {
    int n = intake.reverify(changed.supplierId());
    LOG.fine(() -> "Signing identities of " + changed.supplierId() + " changed: " + n + " changed");
  }
}
