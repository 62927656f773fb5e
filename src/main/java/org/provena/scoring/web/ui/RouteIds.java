package org.provena.scoring.web.ui;

import java.util.Optional;
import java.util.UUID;

/** Route and query parameters that must be ids: anything else is simply not found. */
final class RouteIds {

  private RouteIds() {}

  static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
