package org.provena.sbom.domain.quality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.provena.sbom.domain.ParsedSbom.Component;

/**
 * Reads the FDA premarket support information (level of support, end-of-support date) from a
 * component's properties. No SBOM format has a dedicated field for either, so suppliers use
 * properties with many spellings; names are compared case-insensitively, without a namespace prefix
 * ({@code cdx:}, {@code fda:} …) and without separators, so "levelOfSupport", "level-of-support",
 * "support_level" and "cdx:support-level" are one name.
 */
final class SupportDeclarations {

  private static final Set<String> LEVEL_NAMES =
      Set.of("levelofsupport", "supportlevel", "softwarelevelofsupport");

  private static final Set<String> END_NAMES =
      Set.of("endofsupport", "endofsupportdate", "eos", "eosdate", "supportend", "supportenddate");

  private static final Set<String> UNKNOWN_VALUES = Set.of("unknown", "noassertion");

  private static final Set<String> WITHHELD_VALUES = Set.of("withheld", "redacted");

  private SupportDeclarations() {}

  /** The component's own level-of-support declaration. */
  static Presence levelOfSupport(Component component) {
    String value = property(component.properties(), LEVEL_NAMES);
    return value == null ? Presence.MISSING : classify(value, false);
  }

  /**
   * The component's own end-of-support declaration; a value that is no ISO date is insufficient.
   */
  static Presence endOfSupport(Component component) {
    String value = property(component.properties(), END_NAMES);
    return value == null ? Presence.MISSING : classify(value, true);
  }

  /** A level of support declared on the release in Provena. */
  static Presence levelOfSupport(DeclaredSupport release) {
    String value = release.levelOfSupport();
    return value == null || value.isBlank() ? Presence.MISSING : classify(value, false);
  }

  /** An end-of-support date declared on the release in Provena. */
  static Presence endOfSupport(DeclaredSupport release) {
    return release.endOfSupport() == null ? Presence.MISSING : Presence.PRESENT;
  }

  /**
   * The better of two answers: a value wins over a statement, a statement over nothing. Used for
   * the primary component, whose release declaration stands in when the SBOM is silent.
   */
  static Presence better(Presence fromSbom, Presence fromRelease) {
    if (fromSbom == Presence.PRESENT || fromRelease == Presence.PRESENT) {
      return Presence.PRESENT;
    }
    if (fromSbom == Presence.DECLARED_UNKNOWN || fromSbom == Presence.DECLARED_WITHHELD) {
      return fromSbom;
    }
    if (fromRelease == Presence.DECLARED_UNKNOWN || fromRelease == Presence.DECLARED_WITHHELD) {
      return fromRelease;
    }
    return fromSbom;
  }

  private static Presence classify(String value, boolean mustBeDate) {
    String normalised = value.trim().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty()) {
      return Presence.MISSING;
    }
    if (UNKNOWN_VALUES.contains(normalised)) {
      return Presence.DECLARED_UNKNOWN;
    }
    if (WITHHELD_VALUES.contains(normalised)) {
      return Presence.DECLARED_WITHHELD;
    }
    if (mustBeDate && !isIsoDate(normalised)) {
      return Presence.INSUFFICIENT;
    }
    return Presence.PRESENT;
  }

  private static boolean isIsoDate(String value) {
    // An ISO 8601 date, or a date-time whose first ten characters are one.
    String date = value.length() > 10 && value.charAt(10) == 't' ? value.substring(0, 10) : value;
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String property(Map<String, String> properties, Set<String> names) {
    for (Map.Entry<String, String> property : properties.entrySet()) {
      if (names.contains(normaliseName(property.getKey()))) {
        return property.getValue() == null ? "" : property.getValue();
      }
    }
    return null;
  }

  private static String normaliseName(String name) {
    if (name == null) {
      return "";
    }
    String local = name.substring(name.lastIndexOf(':') + 1);
    return local.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
