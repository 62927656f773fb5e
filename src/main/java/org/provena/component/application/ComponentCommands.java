package org.provena.component.application;

import java.time.LocalDate;
import java.util.List;
import org.provena.component.domain.ComponentType;
import org.provena.component.domain.LevelOfSupport;

/** What a supplier asks the catalogue to do. */
public final class ComponentCommands {

  private ComponentCommands() {}

  public record RegisterComponent(String name, ComponentType type, String description) {}

  /**
   * @param hashes digests of the deliverable as {@code algorithm:hex}, e.g. {@code sha256:9f86…}
   */
  public record AddRelease(
      String version,
      String purl,
      String cpe,
      LevelOfSupport levelOfSupport,
      LocalDate endOfSupport,
      LocalDate releasedOn,
      List<String> hashes) {}
}
