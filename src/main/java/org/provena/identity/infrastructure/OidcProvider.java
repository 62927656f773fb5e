package org.provena.identity.infrastructure;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import org.provena.identity.domain.Caller;

/**
 * Provena's relying-party side of Keycloak: the browser's authorization-code flow (with PKCE, state
 * and nonce) and the validation of bearer tokens. The provider metadata and signing keys are
 * fetched on first use and cached, so the portal starts even while Keycloak is still starting.
 */
@ApplicationScoped
public class OidcProvider {

  @Inject OidcSettings settings;
  private volatile Resolved resolved;

  /** The state a browser must bring back from Keycloak to finish its login. */
  public record PendingLogin(String state, String nonce, String codeVerifier, String returnTo)
      implements java.io.Serializable {}

  /** A finished browser login: who it is, and the ID token Keycloak needs to log them out again. */
  public record BrowserLogin(Caller caller, String idToken) implements java.io.Serializable {}

  public Caller validateBearer(String token) throws InvalidTokenException {
    return resolved().bearer.validate(token);
  }

  public PendingLogin newPendingLogin(String returnTo) {
    return new PendingLogin(
        new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(), returnTo);
  }

  public URI authorizationRedirect(PendingLogin pending, URI callback) {
    Resolved provider = resolved();
    return new AuthenticationRequest.Builder(
            ResponseType.CODE,
            new Scope("openid", "profile", "email"),
            new ClientID(settings.clientId()),
            callback)
        .endpointURI(provider.metadata.getAuthorizationEndpointURI())
        .state(new State(pending.state()))
        .nonce(new Nonce(pending.nonce()))
        .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /**
   * Exchanges the authorization code for tokens and validates them: the ID token's signature,
   * issuer, audience and nonce; the access token exactly like an API bearer token.
   */
  public BrowserLogin completeLogin(PendingLogin pending, String state, String code, URI callback)
      throws InvalidTokenException {
    if (pending == null || state == null || !pending.state().equals(state)) {
      throw new InvalidTokenException("the login state does not match; start the login again");
    }
    Resolved provider = resolved();
    try {
      TokenRequest request =
          new TokenRequest(
              provider.metadata.getTokenEndpointURI(),
              new ClientSecretBasic(
                  new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
              new AuthorizationCodeGrant(
                  new AuthorizationCode(code), callback, new CodeVerifier(pending.codeVerifier())));
      HTTPResponse httpResponse = send(request.toHTTPRequest());
      TokenResponse response = OIDCTokenResponseParser.parse(httpResponse);
      if (!response.indicatesSuccess()) {
        throw new InvalidTokenException(
            "Keycloak refused the code: "
                + response.toErrorResponse().getErrorObject().getDescription());
      }
      OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
      provider.idTokens.validate(tokens.getOIDCTokens().getIDToken(), new Nonce(pending.nonce()));
      Caller caller = provider.bearer.validate(tokens.getOIDCTokens().getAccessToken().getValue());
      return new BrowserLogin(caller, tokens.getOIDCTokens().getIDTokenString());
    } catch (InvalidTokenException e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidTokenException("the login could not be completed: " + e.getMessage(), e);
    }
  }

  /** Keycloak's RP-initiated logout: ends the SSO session, then returns the browser to us. */
  public URI logoutRedirect(BrowserLogin login, URI afterLogout) {
    try {
      return new LogoutRequest(
              resolved().metadata.getEndSessionEndpointURI(),
              login == null ? null : com.nimbusds.jwt.JWTParser.parse(login.idToken()),
              afterLogout,
              null)
          .toURI();
    } catch (java.text.ParseException e) {
      return new LogoutRequest(resolved().metadata.getEndSessionEndpointURI()).toURI();
    }
  }

  private Resolved resolved() {
    Resolved current = resolved;
    if (current == null) {
      synchronized (this) {
        current = resolved;
        if (current == null) {
          current = resolve();
          resolved = current;
        }
      }
    }
    return current;
  }

  private Resolved resolve() {
    try {
      HTTPResponse response =
          send(new HTTPRequest(HTTPRequest.Method.GET, settings.discoveryUri()));
      OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(response.getBodyAsJSONObject());
      if (!metadata.getIssuer().getValue().equals(settings.issuer())) {
        throw new IllegalStateException(
            "Keycloak announces issuer "
                + metadata.getIssuer()
                + " but Provena is configured for "
                + settings.issuer());
      }
      URL jwks = metadata.getJWKSetURI().toURL();
      JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks).retrying(true).build();
      BearerTokenValidator bearer =
          new BearerTokenValidator(
              settings.issuer(), settings.audience(), keys, settings.clockSkew());
      IDTokenValidator idTokens =
          new IDTokenValidator(
              new Issuer(settings.issuer()),
              new ClientID(settings.clientId()),
              JWSAlgorithm.RS256,
              jwks);
      idTokens.setMaxClockSkew((int) settings.clockSkew().toSeconds());
      return new Resolved(metadata, bearer, idTokens);
    } catch (IOException | com.nimbusds.oauth2.sdk.ParseException e) {
      throw new IllegalStateException(
          "Keycloak is not reachable at " + settings.discoveryUri() + ": " + e.getMessage(), e);
    }
  }

  private static HTTPResponse send(HTTPRequest request) throws IOException {
    request.setConnectTimeout(5_000);
    request.setReadTimeout(10_000);
    return request.send();
  }

  private record Resolved(
      OIDCProviderMetadata metadata, BearerTokenValidator bearer, IDTokenValidator idTokens) {}
}
