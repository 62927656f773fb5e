package org.provena.identity.application;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.provena.identity.domain.Caller;

/**
 * What the authentication mechanism decided about one request, handed to the layers above it as a
 * request attribute: the caller, or why there is none. The REST layer turns the latter into its 401
 * or 503 problem answer.
 */
public record AuthenticationOutcome(Caller caller, Failure failure, String reason) {

  public enum Failure {
    NO_CREDENTIALS,
    INVALID_TOKEN,
    PROVIDER_UNAVAILABLE
  }

  /** The request attribute (and so JAX-RS request property) that holds the outcome. */
  public static final String ATTRIBUTE = AuthenticationOutcome.class.getName();

  public static AuthenticationOutcome authenticated(Caller caller) {
    return new AuthenticationOutcome(caller, null, null);
  }

  public static AuthenticationOutcome failed(Failure failure, String reason) {
    return new AuthenticationOutcome(null, failure, reason);
  }

  public void attachTo(HttpServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  public static Optional<AuthenticationOutcome> of(HttpServletRequest request) {
    return of(request.getAttribute(ATTRIBUTE));
  }

  public static Optional<AuthenticationOutcome> of(Object attribute) {
    return attribute instanceof AuthenticationOutcome outcome
        ? Optional.of(outcome)
        : Optional.empty();
  }

  public Optional<Caller> authenticatedCaller() {
    return Optional.ofNullable(caller);
  }
}
