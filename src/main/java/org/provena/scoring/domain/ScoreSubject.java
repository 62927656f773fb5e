package org.provena.scoring.domain;

/** What a score is about. */
public enum ScoreSubject {
  COMPONENT_RELEASE,
  SUPPLIER,
  DEVICE_RELEASE
}
