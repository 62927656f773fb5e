package org.provena.scoring.domain;

/**
 * The {@link OpenItem#check() check} codes open items carry: the number of the check in PRODUCT.md
 * "What the scoring must check", a slash, and what exactly failed. The number lets a reader find
 * the rule; the rest lets views group and tests assert. Codes are part of the model's contract: a
 * changed meaning needs a new {@link ScoringModel#VERSION}.
 */
public final class Checks {

  private Checks() {}

  // 1. Quality-profile failures; deprecated spec versions; weak or missing hashes; no edges.
  public static final String NO_SBOM = "1/no-sbom";
  public static final String QUALITY_PROFILE = "1/quality-profile";
  public static final String DEPRECATED_SPEC = "1/deprecated-spec";
  public static final String WEAK_HASHES = "1/weak-or-missing-hashes";
  public static final String NO_DEPENDENCIES = "1/no-dependency-edges";

  // 2. Support: unknown, ended, ending, ending before the device's own support.
  public static final String SUPPORT_UNKNOWN = "2/support-unknown";
  public static final String SUPPORT_UNMAINTAINED = "2/not-maintained";
  public static final String SUPPORT_ENDED = "2/end-of-support-past";
  public static final String SUPPORT_ENDING = "2/end-of-support-near";
  public static final String SUPPORT_ENDS_BEFORE_DEVICE = "2/ends-before-device";
  public static final String DEVICE_SUPPORT_UNPLANNED = "2/device-end-of-support-unplanned";

  // 3. A KEV-listed vulnerability not answered not_affected or fixed.
  public static final String KEV = "3/kev-unanswered";

  // 4. Answers missing or incomplete.
  public static final String UNANSWERED = "4/unanswered-past-sla";
  public static final String NOT_AFFECTED_WITHOUT_JUSTIFICATION = "4/not-affected-unjustified";
  public static final String AFFECTED_WITHOUT_ACTION = "4/affected-without-action";
  public static final String INVESTIGATION_STALE = "4/investigation-stale";

  // 5. FDA postmarket: uncontrolled risk, 30 days to customer notice, 60 days to a fix.
  public static final String CUSTOMER_NOTICE_OVERDUE = "5/customer-notice-overdue";
  public static final String FIX_OVERDUE = "5/fix-overdue";

  // 6. Signatures, signers, subjects, SLSA level.
  public static final String UNSIGNED = "6/unsigned";
  public static final String BAD_SIGNATURE = "6/bad-signature";
  public static final String SUBJECT_MISMATCH = "6/subject-mismatch";
  public static final String SLSA_LEVEL = "6/slsa-level-below-policy";
  public static final String NO_PROVENANCE = "6/no-provenance";

  // 7. Expired evidence.
  public static final String EXPIRED = "7/expired";
  public static final String EXPIRING = "7/expiring";
  public static final String SECURE_DEVELOPMENT = "7/secure-development";

  // 8. Overdue requests; no CVD contact.
  public static final String OVERDUE_REQUESTS = "8/overdue-requests";
  public static final String NO_CVD_CONTACT = "8/no-cvd-contact";

  // 9. Device roll-up: inherited from the component releases, weighted by criticality.
  public static final String COMPONENT_RISK = "9/component-risk";
  public static final String COMPONENT_UNSCORED = "9/component-unscored";
}
