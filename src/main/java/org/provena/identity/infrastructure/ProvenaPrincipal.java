package org.provena.identity.infrastructure;

import jakarta.security.enterprise.CallerPrincipal;
import org.provena.identity.domain.Caller;

/** The container's principal for an authenticated request; it carries the whole {@link Caller}. */
public class ProvenaPrincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;
  private final Caller caller;

  public ProvenaPrincipal(Caller caller) {
    super(caller.username());
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }
}
