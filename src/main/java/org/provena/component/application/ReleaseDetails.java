package org.provena.component.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.provena.component.domain.ComponentRelease;
import org.provena.component.domain.LevelOfSupport;

/** One component release as the views and the API show it. */
public record ReleaseDetails(
    UUID id,
    UUID componentId,
    String componentName,
    UUID supplierId,
    String version,
    String purl,
    String cpe,
    LevelOfSupport levelOfSupport,
    LocalDate endOfSupport,
    LocalDate releasedOn,
    List<String> hashes) {

  static ReleaseDetails of(ComponentRelease release) {
    return new ReleaseDetails(
        release.id(),
        release.component().id(),
        release.component().name(),
        release.supplierId(),
        release.version(),
        release.purl().orElse(null),
        release.cpe().orElse(null),
        release.levelOfSupport(),
        release.endOfSupport().orElse(null),
        release.releasedOn().orElse(null),
        release.hashes().stream().map(Object::toString).sorted().toList());
  }
}
