package org.provena.component.application;

import java.util.List;
import java.util.UUID;
import org.provena.component.domain.Component;
import org.provena.component.domain.ComponentRelease;
import org.provena.component.domain.ComponentType;

/** A component with its releases, newest first, as the views and the API show it. */
public record ComponentDetails(
    UUID id,
    UUID supplierId,
    String name,
    ComponentType type,
    String description,
    List<ReleaseDetails> releases) {

  static ComponentDetails of(Component component, List<ComponentRelease> releases) {
    return new ComponentDetails(
        component.id(),
        component.supplierId(),
        component.name(),
        component.type(),
        component.description().orElse(null),
        releases.stream().map(ReleaseDetails::of).toList());
  }
}
