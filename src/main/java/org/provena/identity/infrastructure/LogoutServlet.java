package org.provena.identity.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import org.provena.identity.infrastructure.OidcProvider.BrowserLogin;

/** Ends the portal session and Keycloak's SSO session, then returns to the portal's start. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient OidcProvider oidc;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    BrowserLogin login = null;
    if (session != null) {
      login = (BrowserLogin) session.getAttribute(ProvenaAuthenticationMechanism.LOGIN_ATTRIBUTE);
      session.invalidate();
    }
    URI back = URI.create(ProvenaAuthenticationMechanism.baseUri(request) + "/");
    response.sendRedirect(oidc.logoutRedirect(login, back).toString());
  }
}
