package org.provena.scoring.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tunable numbers of the scoring model: points, multipliers, SLA days and the grade a critical
 * open item caps at. Every key has a documented default (docs/scoring.md, "Weights") and a range it
 * must lie in; {@link #parse} reads the keys {@code provena.scoring.*} from configuration, so that
 * a site can weigh differently without a new model. A typo in a key or a value out of range is
 * refused with the key named, rather than silently scoring with the default.
 */
public final class ScoringWeights {

  /** The configuration prefix of every key. */
  public static final String PREFIX = "provena.scoring.";

  // Findings (component release).
  public static final String FINDING_WORST_POINTS = "finding.worst-points";
  public static final String FINDING_DECAY = "finding.decay";
  public static final String FINDING_MAX_POINTS = "finding.max-points";
  public static final String FINDING_EPSS_WEIGHT = "finding.epss-weight";
  public static final String FINDING_OVERDUE_MULTIPLIER = "finding.overdue-multiplier";
  public static final String FINDING_CONTROLLED_MULTIPLIER = "finding.controlled-multiplier";
  public static final String SLA_CRITICAL_DAYS = "sla.critical-days";
  public static final String SLA_HIGH_DAYS = "sla.high-days";
  public static final String SLA_MEDIUM_DAYS = "sla.medium-days";
  public static final String SLA_LOW_DAYS = "sla.low-days";
  public static final String RESPONSE_POINTS = "response.points";
  public static final String RESPONSE_MAX_POINTS = "response.max-points";
  public static final String RESPONSE_STALE_DAYS = "response.investigation-stale-days";
  public static final String UNCONTROLLED_POINTS = "uncontrolled.points";
  public static final String UNCONTROLLED_MAX_POINTS = "uncontrolled.max-points";
  public static final String UNCONTROLLED_NOTICE_DAYS = "uncontrolled.notice-days";
  public static final String UNCONTROLLED_FIX_DAYS = "uncontrolled.fix-days";

  // SBOM (component release).
  public static final String SBOM_MAX_POINTS = "sbom.max-points";
  public static final String SBOM_MISSING_POINTS = "sbom.missing-points";
  public static final String SBOM_QUALITY_POINTS = "sbom.quality-points";
  public static final String SBOM_DEPRECATED_POINTS = "sbom.deprecated-points";
  public static final String SBOM_HASH_POINTS = "sbom.hash-points";
  public static final String SBOM_NO_DEPENDENCIES_POINTS = "sbom.no-dependencies-points";
  public static final String SBOM_UNSIGNED_POINTS = "sbom.unsigned-points";
  public static final String SBOM_BAD_SIGNATURE_POINTS = "sbom.bad-signature-points";

  // Support (component release).
  public static final String SUPPORT_MAX_POINTS = "support.max-points";
  public static final String SUPPORT_UNKNOWN_POINTS = "support.unknown-points";
  public static final String SUPPORT_UNMAINTAINED_POINTS = "support.unmaintained-points";
  public static final String SUPPORT_ENDED_POINTS = "support.ended-points";
  public static final String SUPPORT_NEAR_POINTS = "support.near-points";
  public static final String SUPPORT_NEAR_MONTHS = "support.near-months";

  // Attestations and signed evidence (component release).
  public static final String ATTESTATION_MAX_POINTS = "attestation.max-points";
  public static final String ATTESTATION_NO_PROVENANCE_POINTS = "attestation.no-provenance-points";
  public static final String ATTESTATION_UNSIGNED_POINTS = "attestation.unsigned-points";
  public static final String ATTESTATION_BAD_SIGNATURE_POINTS = "attestation.bad-signature-points";
  public static final String ATTESTATION_MISMATCH_POINTS = "attestation.subject-mismatch-points";
  public static final String ATTESTATION_SLSA_POINTS = "attestation.slsa-points";
  public static final String ATTESTATION_SLSA_MIN_LEVEL = "attestation.slsa-min-level";
  public static final String ATTESTATION_EXPIRED_POINTS = "attestation.expired-points";
  public static final String ATTESTATION_EXPIRING_DAYS = "attestation.expiring-days";
  public static final String ATTESTATION_SSDA_POINTS = "attestation.secure-development-points";
  public static final String VEX_UNSIGNED_POINTS = "vex.unsigned-points";
  public static final String VEX_BAD_SIGNATURE_POINTS = "vex.bad-signature-points";

  // Supplier.
  public static final String SUPPLIER_WORST_BIAS = "supplier.worst-bias";
  public static final String SUPPLIER_SSDA_POINTS = "supplier.secure-development-points";
  public static final String SUPPLIER_CERTIFICATE_POINTS = "supplier.certificate-points";
  public static final String SUPPLIER_OVERDUE_POINTS = "supplier.overdue-points";
  public static final String SUPPLIER_OVERDUE_MAX_POINTS = "supplier.overdue-max-points";
  public static final String SUPPLIER_NO_CVD_POINTS = "supplier.no-cvd-contact-points";
  public static final String SUPPLIER_NO_CVD_POLICY_POINTS = "supplier.no-cvd-policy-points";

  // Device release.
  public static final String DEVICE_CLASS_A = "device.criticality.class-a";
  public static final String DEVICE_CLASS_B = "device.criticality.class-b";
  public static final String DEVICE_CLASS_C = "device.criticality.class-c";
  public static final String DEVICE_NETWORKED = "device.exposure.networked";
  public static final String DEVICE_LOCAL_ONLY = "device.exposure.local-only";
  public static final String DEVICE_NO_EXPOSURE = "device.exposure.none";
  public static final String DEVICE_WORST_BIAS = "device.worst-bias";
  public static final String DEVICE_EOS_POINTS = "device.end-of-support-points";
  public static final String DEVICE_EOS_MAX_POINTS = "device.end-of-support-max-points";
  public static final String DEVICE_EOS_WARN_MONTHS = "device.end-of-support-warn-months";

  /** The grade a score with a critical open item can at best earn. */
  public static final String CRITICAL_GRADE_CAP = "critical-grade-cap";

  /** A numeric key's default and the closed range its value must lie in. */
  private record Range(double defaultValue, double min, double max) {}

  private static final Map<String, Range> NUMERIC = new LinkedHashMap<>();

  private static final double ANY = Double.MAX_VALUE;

  static {
    numeric(FINDING_WORST_POINTS, 20, 0, 100);
    numeric(FINDING_DECAY, 0.5, 0, 0.95);
    numeric(FINDING_MAX_POINTS, 60, 0, 100);
    numeric(FINDING_EPSS_WEIGHT, 0.5, 0, 10);
    numeric(FINDING_OVERDUE_MULTIPLIER, 1.5, 1, 10);
    numeric(FINDING_CONTROLLED_MULTIPLIER, 0.5, 0, 1);
    numeric(SLA_CRITICAL_DAYS, 15, 0, ANY);
    numeric(SLA_HIGH_DAYS, 30, 0, ANY);
    numeric(SLA_MEDIUM_DAYS, 90, 0, ANY);
    numeric(SLA_LOW_DAYS, 180, 0, ANY);
    numeric(RESPONSE_POINTS, 3, 0, 100);
    numeric(RESPONSE_MAX_POINTS, 15, 0, 100);
    numeric(RESPONSE_STALE_DAYS, 30, 0, ANY);
    numeric(UNCONTROLLED_POINTS, 8, 0, 100);
    numeric(UNCONTROLLED_MAX_POINTS, 20, 0, 100);
    numeric(UNCONTROLLED_NOTICE_DAYS, 30, 0, ANY);
    numeric(UNCONTROLLED_FIX_DAYS, 60, 0, ANY);
    numeric(SBOM_MAX_POINTS, 30, 0, 100);
    numeric(SBOM_MISSING_POINTS, 30, 0, 100);
    numeric(SBOM_QUALITY_POINTS, 15, 0, 100);
    numeric(SBOM_DEPRECATED_POINTS, 5, 0, 100);
    numeric(SBOM_HASH_POINTS, 8, 0, 100);
    numeric(SBOM_NO_DEPENDENCIES_POINTS, 5, 0, 100);
    numeric(SBOM_UNSIGNED_POINTS, 1, 0, 100);
    numeric(SBOM_BAD_SIGNATURE_POINTS, 8, 0, 100);
    numeric(SUPPORT_MAX_POINTS, 25, 0, 100);
    numeric(SUPPORT_UNKNOWN_POINTS, 8, 0, 100);
    numeric(SUPPORT_UNMAINTAINED_POINTS, 15, 0, 100);
    numeric(SUPPORT_ENDED_POINTS, 20, 0, 100);
    numeric(SUPPORT_NEAR_POINTS, 5, 0, 100);
    numeric(SUPPORT_NEAR_MONTHS, 6, 0, 1200);
    numeric(ATTESTATION_MAX_POINTS, 20, 0, 100);
    numeric(ATTESTATION_NO_PROVENANCE_POINTS, 6, 0, 100);
    numeric(ATTESTATION_UNSIGNED_POINTS, 4, 0, 100);
    numeric(ATTESTATION_BAD_SIGNATURE_POINTS, 10, 0, 100);
    numeric(ATTESTATION_MISMATCH_POINTS, 10, 0, 100);
    numeric(ATTESTATION_SLSA_POINTS, 4, 0, 100);
    numeric(ATTESTATION_SLSA_MIN_LEVEL, 2, 0, 4);
    numeric(ATTESTATION_EXPIRED_POINTS, 6, 0, 100);
    numeric(ATTESTATION_EXPIRING_DAYS, 30, 0, ANY);
    numeric(ATTESTATION_SSDA_POINTS, 5, 0, 100);
    numeric(VEX_UNSIGNED_POINTS, 1, 0, 100);
    numeric(VEX_BAD_SIGNATURE_POINTS, 6, 0, 100);
    numeric(SUPPLIER_WORST_BIAS, 3, 0, 100);
    numeric(SUPPLIER_SSDA_POINTS, 8, 0, 100);
    numeric(SUPPLIER_CERTIFICATE_POINTS, 5, 0, 100);
    numeric(SUPPLIER_OVERDUE_POINTS, 6, 0, 100);
    numeric(SUPPLIER_OVERDUE_MAX_POINTS, 20, 0, 100);
    numeric(SUPPLIER_NO_CVD_POINTS, 10, 0, 100);
    numeric(SUPPLIER_NO_CVD_POLICY_POINTS, 3, 0, 100);
    numeric(DEVICE_CLASS_A, 1, 0, 1000);
    numeric(DEVICE_CLASS_B, 2, 0, 1000);
    numeric(DEVICE_CLASS_C, 4, 0, 1000);
    numeric(DEVICE_NETWORKED, 2, 0, 1000);
    numeric(DEVICE_LOCAL_ONLY, 1, 0, 1000);
    numeric(DEVICE_NO_EXPOSURE, 0.5, 0, 1000);
    numeric(DEVICE_WORST_BIAS, 3, 0, 100);
    numeric(DEVICE_EOS_POINTS, 5, 0, 100);
    numeric(DEVICE_EOS_MAX_POINTS, 15, 0, 100);
    numeric(DEVICE_EOS_WARN_MONTHS, 12, 0, 1200);
  }

  private static final Grade DEFAULT_CRITICAL_GRADE_CAP = Grade.D;

  private static final ScoringWeights DEFAULTS = new ScoringWeights(Map.of(), null);

  private final Map<String, Double> values;
  private final Grade criticalGradeCap;

  private ScoringWeights(Map<String, Double> overrides, Grade criticalGradeCap) {
    Map<String, Double> all = new LinkedHashMap<>();
    NUMERIC.forEach((key, range) -> all.put(key, range.defaultValue()));
    all.putAll(overrides);
    this.values = Collections.unmodifiableMap(all);
    this.criticalGradeCap =
        criticalGradeCap == null ? DEFAULT_CRITICAL_GRADE_CAP : criticalGradeCap;
  }

  private static void numeric(String key, double defaultValue, double min, double max) {
    NUMERIC.put(key, new Range(defaultValue, min, max));
  }

  /** The documented defaults. */
  public static ScoringWeights defaults() {
    return DEFAULTS;
  }

  /**
   * Weights from configuration properties: every key starting with {@value #PREFIX} must be one of
   * {@link #keys()} with a value in its range (a number; a grade letter for {@value
   * #CRITICAL_GRADE_CAP}); other properties are ignored, so a whole configuration can be passed.
   * Keys not given keep their default.
   *
   * @throws IllegalArgumentException naming the key that is unknown or whose value is invalid
   */
  public static ScoringWeights parse(Map<String, String> properties) {
    Map<String, Double> overrides = new LinkedHashMap<>();
    Grade cap = null;
    for (Map.Entry<String, String> property : properties.entrySet()) {
      String name = property.getKey();
      if (name == null || !name.startsWith(PREFIX)) {
        continue;
      }
      String key = name.substring(PREFIX.length());
      String text = property.getValue() == null ? "" : property.getValue().trim();
      if (key.equals(CRITICAL_GRADE_CAP)) {
        try {
          cap = Grade.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              name + " must be a grade A to F, not '" + property.getValue() + "'");
        }
        continue;
      }
      Range range = NUMERIC.get(key);
      if (range == null) {
        throw new IllegalArgumentException(
            name + " is not a scoring weight (docs/scoring.md lists them)");
      }
      double value;
      try {
        value = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + " must be a number, not '" + property.getValue() + "'");
      }
      if (!(value >= range.min() && value <= range.max())) {
        throw new IllegalArgumentException(
            name
                + " must lie between "
                + plain(range.min())
                + " and "
                + (range.max() == ANY ? "any larger number" : plain(range.max()))
                + ", not "
                + property.getValue());
      }
      overrides.put(key, value);
    }
    return new ScoringWeights(overrides, cap);
  }

  /** Every key (without the prefix), numeric ones and {@value #CRITICAL_GRADE_CAP}. */
  public static Set<String> keys() {
    Set<String> keys = new java.util.LinkedHashSet<>(NUMERIC.keySet());
    keys.add(CRITICAL_GRADE_CAP);
    return Collections.unmodifiableSet(keys);
  }

  /** The value of a numeric key (without the prefix). */
  public double value(String key) {
    Double value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException(PREFIX + key + " is not a numeric scoring weight");
    }
    return value;
  }

  /** The grade a score with a critical open item earns at best. */
  public Grade criticalGradeCap() {
    return criticalGradeCap;
  }

  /** The numeric values, keyed without the prefix, in documentation order. */
  public Map<String, Double> values() {
    return values;
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoringWeights w
        && w.values.equals(values)
        && w.criticalGradeCap == criticalGradeCap;
  }

  @Override
  public int hashCode() {
    return values.hashCode() * 31 + criticalGradeCap.hashCode();
  }

  @Override
  public String toString() {
    return "ScoringWeights" + values + ", critical-grade-cap=" + criticalGradeCap;
  }
}
