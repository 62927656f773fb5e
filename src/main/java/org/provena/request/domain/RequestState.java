package org.provena.request.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an {@link EvidenceRequest}. {@code OPEN} and {@code OVERDUE} await the supplier,
 * {@code ANSWERED} awaits the manufacturer; the rest are closed.
 */
public enum RequestState {
  OPEN,
  ANSWERED,
  ACCEPTED,
  DECLINED,
  OVERDUE,
  WITHDRAWN;

  private static final Set<RequestState> CLOSED = EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);

  public boolean isClosed() {
    return CLOSED.contains(this);
  }

  /** Waiting for the supplier to answer. */
  public boolean awaitsSupplier() {
    return this == OPEN || this == OVERDUE;
  }
}
