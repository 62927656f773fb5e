package org.provena.audit.domain;

import java.util.List;
import java.util.Optional;
import org.provena.shared.domain.PageRequest;

/**
 * The append-only audit log. Not supplier-scoped: only the manufacturer's administrators read it.
 * Appending one entry at a time, in sequence order, is the caller's duty: two writers chaining onto
 * the same latest entry would fork the chain.
 */
public interface AuditLog {

  /**
   * Takes the chain's head for the rest of the transaction: concurrent appenders wait here until
   * this transaction ends, and then see its entry as the latest.
   */
  void lockHead();

  /** The next entry number, from the {@code audit_event_seq} sequence. */
  long nextSeq();

  void append(AuditEvent event);

  /** The newest entry, which the next one chains onto; empty for an empty log. */
  Optional<AuditEvent> latest();

  /** Newest first. */
  List<AuditEvent> list(PageRequest page);
}
