package org.provena.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.provena.identity.application.AuthenticationOutcome;
import org.provena.identity.application.AuthenticationOutcome.Failure;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.identity.infrastructure.OidcProvider.BrowserLogin;
import org.provena.identity.infrastructure.OidcProvider.PendingLogin;

/**
 * The one authentication mechanism of the application (ADR 0002). Two credentials, one trust path:
 *
 * <ul>
 *   <li>{@code /api/*}: an {@code Authorization: Bearer} access token, validated on every request
 *       by {@link BearerTokenValidator}. No session is created. A missing or bad token is not
 *       answered here: the outcome is left on the request and the REST layer answers 401 with a
 *       problem document, so that every API error has the same shape.
 *   <li>everything else (the Vaadin portal): Keycloak's login page through the authorization-code
 *       flow; the validated caller is kept in the HTTP session until logout or session expiry.
 * </ul>
 *
 * Both routes build the caller from a Keycloak access token through the same validator, so roles
 * and organization mean the same on both.
 */
@ApplicationScoped
public class ProvenaAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String CALLBACK_PATH = "/oidc/callback";
  static final String LOGIN_ATTRIBUTE = BrowserLogin.class.getName();
  private static final String PENDING_ATTRIBUTE = PendingLogin.class.getName();
  private static final Logger LOG =
      Logger.getLogger(ProvenaAuthenticationMechanism.class.getName());

  @Inject OidcProvider oidc;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return authenticateBearer(request, context);
    }
    if (path.equals(CALLBACK_PATH)) {
      return completeBrowserLogin(request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(LOGIN_ATTRIBUTE) instanceof BrowserLogin login) {
      return accept(login.caller(), request, context);
    }
    if (context.isProtected()) {
      return startBrowserLogin(request, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus authenticateBearer(
      HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      AuthenticationOutcome.failed(Failure.NO_CREDENTIALS, "a bearer token is required")
          .attachTo(request);
      return context.doNothing();
    }
    try {
      return accept(oidc.validateBearer(header.substring(7).trim()), request, context);
    } catch (InvalidTokenException e) {
      AuthenticationOutcome.failed(Failure.INVALID_TOKEN, e.getMessage()).attachTo(request);
      return context.doNothing();
    } catch (IllegalStateException e) {
      LOG.log(Level.WARNING, "cannot validate bearer tokens", e);
      AuthenticationOutcome.failed(Failure.PROVIDER_UNAVAILABLE, e.getMessage()).attachTo(request);
      return context.doNothing();
    }
  }

  private AuthenticationStatus startBrowserLogin(
      HttpServletRequest request, HttpMessageContext context) {
    // Only a page load is worth returning to; a Vaadin background request returns to the start.
    String returnTo =
        "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
            ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
            : request.getContextPath() + "/";
    PendingLogin pending = oidc.newPendingLogin(returnTo);
    request.getSession(true).setAttribute(PENDING_ATTRIBUTE, pending);
    try {
      return context.redirect(oidc.authorizationRedirect(pending, callbackUri(request)).toString());
    } catch (IllegalStateException e) {
      LOG.log(Level.WARNING, "cannot start a login", e);
      return fail(context, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Keycloak is unavailable");
    }
  }

  private AuthenticationStatus completeBrowserLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    PendingLogin pending =
        session == null ? null : (PendingLogin) session.getAttribute(PENDING_ATTRIBUTE);
    String error = request.getParameter("error");
    if (error != null) {
      return fail(context, HttpServletResponse.SC_UNAUTHORIZED, "Keycloak answered " + error);
    }
    try {
      BrowserLogin login =
          oidc.completeLogin(
              pending,
              request.getParameter("state"),
              request.getParameter("code"),
              callbackUri(request));
      session.removeAttribute(PENDING_ATTRIBUTE);
      // A new session id after login, so that a session id planted before it is worthless.
      request.changeSessionId();
      session.setAttribute(LOGIN_ATTRIBUTE, login);
      context.notifyContainerAboutLogin(
          new ProvenaPrincipal(login.caller()), groups(login.caller()));
      response.setHeader("Cache-Control", "no-store");
      return context.redirect(pending.returnTo());
    } catch (InvalidTokenException e) {
      LOG.log(Level.INFO, "browser login failed: {0}", e.getMessage());
      return fail(context, HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
    } catch (IllegalStateException e) {
      LOG.log(Level.WARNING, "cannot complete a login", e);
      return fail(context, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Keycloak is unavailable");
    }
  }

  private static AuthenticationStatus accept(
      Caller caller, HttpServletRequest request, HttpMessageContext context) {
    AuthenticationOutcome.authenticated(caller).attachTo(request);
    return context.notifyContainerAboutLogin(new ProvenaPrincipal(caller), groups(caller));
  }

  private static Set<String> groups(Caller caller) {
    return caller.roles().stream().map(Role::roleName).collect(Collectors.toSet());
  }

  private static AuthenticationStatus fail(HttpMessageContext context, int status, String reason) {
    try {
      context.getResponse().sendError(status, reason);
    } catch (IOException e) {
      LOG.log(Level.FINE, "client went away", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  static URI callbackUri(HttpServletRequest request) {
    return URI.create(baseUri(request) + CALLBACK_PATH);
  }

  static String baseUri(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }
}
