package org.provena.device.domain;

/** How reachable a component is in the device: over a network, only locally, or not at all. */
public enum Exposure {
  NETWORKED,
  LOCAL_ONLY,
  NONE
}
