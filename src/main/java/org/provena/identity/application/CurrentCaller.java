package org.provena.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.provena.identity.domain.Caller;

/**
 * The caller of the current request, for services and repositories. Empty when nobody is logged in
 * (and for work that no request started, which runs with its own explicit scope).
 */
@RequestScoped
public class CurrentCaller {

  @Inject HttpServletRequest request;

  public Optional<Caller> get() {
    try {
      return AuthenticationOutcome.of(request).flatMap(AuthenticationOutcome::authenticatedCaller);
    } catch (IllegalStateException outsideRequest) {
      return Optional.empty();
    }
  }

  public Caller require() {
    return get().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
  }
}
