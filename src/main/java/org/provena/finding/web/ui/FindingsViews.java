package org.provena.finding.web.ui;

import java.util.Optional;
import java.util.UUID;

/** What the findings views share. */
final class FindingsViews {

  private FindingsViews() {}

  static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
