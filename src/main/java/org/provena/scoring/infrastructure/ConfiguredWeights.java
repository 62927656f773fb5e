package org.provena.scoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.provena.scoring.domain.ScoringWeights;

/**
 * The scoring weights in force: the defaults of docs/scoring.md, overridden by any {@code
 * provena.scoring.*} property (environment {@code PROVENA_SCORING_*}, system property or
 * microprofile-config.properties). A weight that does not parse stops the deployment, naming it —
 * scoring with a silently ignored weight would be worse.
 */
@ApplicationScoped
public class ConfiguredWeights {

  private static final String PREFIX = "provena.scoring.";

  // Dependent: a record cannot be proxied; its one user is application scoped.
  @Produces
  ScoringWeights weights() {
    Config config = ConfigProvider.getConfig();
    Map<String, String> values = new HashMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(PREFIX)) {
        config.getOptionalValue(name, String.class).ifPresent(v -> values.put(name, v));
      }
    }
    return ScoringWeights.parse(values);
  }
}
