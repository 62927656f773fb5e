package org.provena.component.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class ComponentReleaseTest {

  private final UUID acme = UUID.randomUUID();
  private final Component tls =
      Component.register(acme, " acme-tls ", ComponentType.LIBRARY, null, Instant.EPOCH);

  @Test
  void a_release_belongs_to_the_supplier_of_its_component() {
    ComponentRelease release =
        tls.release("3.1.4", LevelOfSupport.ACTIVELY_MAINTAINED, null, Instant.EPOCH);

    assertThat(release.supplierId()).isEqualTo(acme);
    assertThat(release.component().name()).isEqualTo("acme-tls");
  }

  @Test
  void a_release_without_declared_support_is_unknown_not_maintained() {
    assertThat(tls.release("1.0", null, null, Instant.EPOCH).levelOfSupport())
        .isEqualTo(LevelOfSupport.UNKNOWN);
  }

  @Test
  void support_ending_before_a_devices_end_of_support_is_noticed() {
    ComponentRelease release =
        tls.release(
            "3.0.9", LevelOfSupport.NO_LONGER_MAINTAINED, LocalDate.of(2025, 6, 30), Instant.EPOCH);

    assertThat(release.supportEndsBefore(LocalDate.of(2033, 12, 31))).isTrue();
    assertThat(release.supportEndsBefore(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void an_undeclared_end_of_support_never_counts_as_ended() {
    assertThat(tls.release("2.0", null, null, Instant.EPOCH).supportEndsBefore(LocalDate.MAX))
        .isFalse();
  }

  @Test
  void a_release_needs_a_version() {
    assertThatThrownBy(() -> tls.release(" ", null, null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hashes_are_kept_lower_case_and_once() {
    ComponentRelease release = tls.release("3.1.4", null, null, Instant.EPOCH);
    release.addHash(new ArtifactHash(HashAlgorithm.SHA256, "ABCDEF0123456789"));
    release.addHash(new ArtifactHash(HashAlgorithm.SHA256, "abcdef0123456789"));

    assertThat(release.hashes())
        .extracting(ArtifactHash::value)
        .containsExactly("abcdef0123456789");
  }
}
