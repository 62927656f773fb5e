package org.provena.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.provena.audit.domain.AuditEvent;
import org.provena.audit.domain.AuditLog;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;

/**
 * Records changes to evidence, findings and assessments in the append-only, hash-chained audit log
 * (PRODUCT.md, "not negotiable"). An entry is written in the transaction of the change it records:
 * both commit or neither does. Appends queue on the chain's head ({@link AuditLog#lockHead}) so
 * each chains onto the entry committed before it.
 */
@ApplicationScoped
public class AuditTrail {

  /** The actor of work no user started (background jobs, scheduled re-verification). */
  public static final String SYSTEM = "system";

  @Inject AuditLog log;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * @param supplierId the supplier whose data changed, if any
   * @param action what happened, dotted lower case ({@code attestation.uploaded})
   * @param detail a short human-readable description or JSON text
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      UUID supplierId, String action, String subjectType, String subjectId, String detail) {
    String actor = caller.get().map(Caller::username).orElse(SYSTEM);
    log.lockHead();
    String previous = log.latest().map(AuditEvent::entryHash).orElse(AuditEvent.GENESIS_HASH);
    log.append(
        AuditEvent.record(
            log.nextSeq(),
            previous,
            clock.instant(),
            actor,
            supplierId,
            action,
            subjectType,
            subjectId,
            detail));
  }
}
