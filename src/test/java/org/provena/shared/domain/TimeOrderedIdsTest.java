package org.provena.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  @Test
  void ids_are_version_7_with_the_rfc_variant() {
    UUID id = TimeOrderedIds.next();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void ids_carry_the_time_they_were_made() {
    long before = System.currentTimeMillis();
    UUID id = TimeOrderedIds.next();

    assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, before + 1000);
  }

  @Test
  void a_burst_of_ids_is_unique_and_in_order_of_creation() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(TimeOrderedIds.next());
    }

    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    // Unsigned order of the high 64 bits is the order a database sorts these uuids in.
    for (int i = 1; i < ids.size(); i++) {
      assertThat(
              Long.compareUnsigned(
                  ids.get(i - 1).getMostSignificantBits(), ids.get(i).getMostSignificantBits()))
          .isNegative();
    }
  }
}
