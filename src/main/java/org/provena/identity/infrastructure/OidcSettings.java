package org.provena.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and how Provena is registered there. Every value comes from MicroProfile Config
 * (system property, {@code PROVENA_OIDC_*} environment variable or the WAR's defaults).
 */
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "provena.oidc.issuer")
  String issuer;

  /**
   * Where the portal itself fetches the discovery document, when it reaches Keycloak under another
   * host than browsers do (a container network). Tokens are still checked against {@link #issuer}.
   */
  @Inject
  @ConfigProperty(name = "provena.oidc.discovery-url")
  Optional<String> discoveryUrl;

  @Inject
  @ConfigProperty(name = "provena.oidc.client-id", defaultValue = "provena-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "provena.oidc.client-secret")
  String clientSecret;

  /** The audience every API access token must name (Keycloak adds it with an audience mapper). */
  @Inject
  @ConfigProperty(name = "provena.oidc.audience", defaultValue = "provena-api")
  String audience;

  @Inject
  @ConfigProperty(name = "provena.oidc.clock-skew-seconds", defaultValue = "30")
  long clockSkewSeconds;

  public String issuer() {
    return issuer;
  }

  public URI discoveryUri() {
    return URI.create(discoveryUrl.orElse(issuer + "/.well-known/openid-configuration"));
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public String audience() {
    return audience;
  }

  public Duration clockSkew() {
    return Duration.ofSeconds(clockSkewSeconds);
  }
}
