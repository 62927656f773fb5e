package org.provena.sbom.domain.quality;

import java.util.List;

/**
 * The quality profiles an SBOM is measured against. The {@link #key()} is the property name in the
 * REST contract ({@code quality: { ntia2021: …, cisa2026: …, bsi: …, fda: … }}) and must not
 * change.
 */
public enum QualityProfile {
  /** NTIA "The Minimum Elements For a Software Bill of Materials" (July 2021). */
  NTIA_2021(
      "ntia2021",
      "NTIA 2021 minimum elements",
      List.of(
          Check.SUPPLIER,
          Check.COMPONENT_NAME,
          Check.VERSION,
          Check.UNIQUE_IDENTIFIER,
          Check.DEPENDENCIES,
          Check.AUTHOR,
          Check.TIMESTAMP)),
  /** CISA "2025 Minimum Elements for a Software Bill of Materials" (public comment draft). */
  CISA_2026(
      "cisa2026",
      "CISA 2026 minimum elements",
      List.of(
          Check.SUPPLIER,
          Check.COMPONENT_NAME,
          Check.VERSION,
          Check.UNIQUE_IDENTIFIER,
          Check.DEPENDENCIES,
          Check.AUTHOR,
          Check.TIMESTAMP,
          Check.HASH,
          Check.LICENCE,
          Check.TOOL_NAME_VERSION,
          Check.GENERATION_CONTEXT,
          Check.FORMAT_VERSION,
          Check.SBOM_VERSION)),
  /** BSI TR-03183-2 "Software Bill of Materials (SBOM)", version 2.1.0. */
  BSI_TR_03183_2(
      "bsi",
      "BSI TR-03183-2",
      List.of(
          Check.SPEC_VERSION,
          Check.SUPPLIER,
          Check.COMPONENT_NAME,
          Check.VERSION,
          Check.UNIQUE_IDENTIFIER,
          Check.DEPENDENCIES,
          Check.SHA512,
          Check.LICENCE,
          Check.AUTHOR_CONTACT,
          Check.TIMESTAMP,
          Check.NO_VULNERABILITY_DATA)),
  /** FDA "Cybersecurity in Medical Devices" premarket guidance, SBOM support information. */
  FDA_PREMARKET(
      "fda",
      "FDA premarket: level of support",
      List.of(Check.LEVEL_OF_SUPPORT, Check.END_OF_SUPPORT));

  private final String key;
  private final String title;
  private final List<Check> checks;

  QualityProfile(String key, String title, List<Check> checks) {
    this.key = key;
    this.title = title;
    this.checks = checks;
  }

  /** What a person calls this profile. */
  public String title() {
    return title;
  }

  /** The title of the profile with this key; the key itself for one this version does not know. */
  public static String titleOf(String key) {
    for (QualityProfile profile : values()) {
      if (profile.key.equals(key)) {
        return profile.title;
      }
    }
    return key;
  }

  /** The stable JSON key of this profile. */
  public String key() {
    return key;
  }

  /** The stable keys of this profile's checks, in report order. */
  public List<String> checkKeys() {
    return checks.stream().map(Check::key).toList();
  }

  List<Check> checks() {
    return checks;
  }
}
