package org.provena.scoring.domain;

import java.util.UUID;

/**
 * Portal paths a factor or open item points to: the views' routes (their {@code @Route} values), so
 * that a reader can open the evidence behind a number.
 */
final class EvidenceLinks {

  private EvidenceLinks() {}

  /** A release's findings ({@code ReleaseFindingsView}). */
  static String findings(UUID releaseId) {
    return "component-releases/" + releaseId + "/findings";
  }

  /** A release's SBOMs ({@code ReleaseSbomsView}). */
  static String sboms(UUID releaseId) {
    return "component-releases/" + releaseId + "/sboms";
  }

  /** One SBOM and its quality report ({@code SbomDetailView}). */
  static String sbom(UUID sbomId) {
    return "sboms/" + sbomId;
  }

  /** A component and its releases' declared support ({@code ComponentView}). */
  static String component(UUID componentId) {
    return componentId == null ? null : "components/" + componentId;
  }

  /** A supplier's evidence as the manufacturer sees it ({@code SupplierEvidenceView}). */
  static String supplierEvidence(UUID supplierId) {
    return "suppliers/" + supplierId + "/evidence";
  }

  /** The supplier list with CVD contacts ({@code SupplierListView}). */
  static String suppliers() {
    return "suppliers";
  }

  /** A device release's composition and classification ({@code DeviceReleaseView}). */
  static String deviceRelease(UUID deviceReleaseId) {
    return "device-releases/" + deviceReleaseId;
  }
}
