package org.provena.sbom.domain.quality;

import java.util.List;

/**
 * The result of one quality profile: its score and the coverage of each of its checks.
 *
 * @param profile the profile's JSON key ({@link QualityProfile#key()})
 * @param score 0–100: the mean of the checks' coverage, each check weighted equally, rounded
 * @param fields the coverage per check, in the profile's order
 */
public record ProfileResult(String profile, int score, List<FieldCoverage> fields) {

  public ProfileResult {
    fields = List.copyOf(fields);
  }
}
