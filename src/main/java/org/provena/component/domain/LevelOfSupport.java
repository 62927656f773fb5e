package org.provena.component.domain;

/**
 * The supplier's commitment to a release, as FDA premarket guidance asks for each SBOM component
 * ("level of support": actively maintained, no longer maintained, abandoned).
 */
public enum LevelOfSupport {
  ACTIVELY_MAINTAINED,
  NO_LONGER_MAINTAINED,
  ABANDONED,
  /** Not declared yet: counts as a gap in the FDA profile and in scoring. */
  UNKNOWN
}
