package org.provena.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.UUID;

/** Reads an id from a route such as {@code components/:id}; a malformed one is simply absent. */
public final class RouteIds {

  private RouteIds() {}

  public static Optional<UUID> of(BeforeEnterEvent event, String parameter) {
    return event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
  }

  private static Optional<UUID> parse(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
