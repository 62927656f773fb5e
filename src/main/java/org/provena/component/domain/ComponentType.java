package org.provena.component.domain;

/** What kind of product a component is (CycloneDX's component types, narrowed to deliverables). */
public enum ComponentType {
  LIBRARY,
  FRAMEWORK,
  OPERATING_SYSTEM,
  FIRMWARE,
  APPLICATION,
  CONTAINER,
  DEVICE_MODULE
}
