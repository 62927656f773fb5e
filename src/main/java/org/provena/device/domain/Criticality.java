package org.provena.device.domain;

/**
 * IEC 62304 software safety class of a component in a device: A (no injury possible), B
 * (non-serious injury possible), C (death or serious injury possible). Findings weigh more the
 * higher the class.
 */
public enum Criticality {
  CLASS_A,
  CLASS_B,
  CLASS_C
}
