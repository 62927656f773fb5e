package org.provena.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keycloak writes the organization claim in several shapes; all are read the same way. */
class TokenClaimsTest {

  @Test
  void a_list_of_one_alias_names_the_organization() {
    assertThat(TokenClaims.organization(List.of("acme"))).contains("acme");
  }

  @Test
  void a_map_keyed_by_alias_names_the_organization() {
    assertThat(TokenClaims.organization(Map.of("acme", Map.of("id", "42")))).contains("acme");
  }

  @Test
  void a_user_in_two_organizations_acts_for_neither() {
    assertThat(TokenClaims.organization(List.of("acme", "borealis"))).isEmpty();
  }

  @Test
  void no_claim_means_no_organization() {
    assertThat(TokenClaims.organization(null)).isEmpty();
  }
}
