package org.provena.attestation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SLSA v1.0 build track level a provenance earns (https://slsa.dev/spec/v1.0/levels): L0
 * without provenance; L1 when provenance exists but is not validly signed, or its builder is not
 * one the manufacturer trusts; L2 or L3 when it is validly signed and its builder is on this
 * allow-list at that level. The level of a builder is a judgement about the build platform (hosted,
 * isolated, signing keys out of reach of the build), which the provenance itself cannot prove, so
 * it comes from configuration.
 */
public final class SlsaBuildLevels {

  /**
   * The builders whose level is publicly documented: the SLSA GitHub generator's reusable workflows
   * run the build and sign the provenance in separate jobs the caller cannot influence (L3, as its
   * README states); GitHub-hosted runners, as GitHub artifact attestations and npm provenance name
   * them, are a hosted platform that signs the provenance itself (L2, as GitHub documents for
   * artifact attestations without a reusable workflow).
   */
  public static final SlsaBuildLevels DEFAULT =
      parse(
          "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/*=3,"
              + " https://github.com/actions/runner/github-hosted=2");

  /**
   * @param builderIdPattern a builder id, or a prefix of one ending in {@code *}
   * @param level the build level (1–3) a validly signed provenance of that builder earns
   */
  public record Entry(String builderIdPattern, int level) {

    public Entry {
      Objects.requireNonNull(builderIdPattern, "builderIdPattern");
      if (builderIdPattern.isBlank() || builderIdPattern.equals("*")) {
        throw new IllegalArgumentException("a builder pattern names a builder or a prefix of one");
      }
      if (level < 1 || level > 3) {
        throw new IllegalArgumentException(
            "SLSA build levels of a builder run from 1 to 3, not " + level);
      }
    }

    boolean matches(String builderId) {
      return builderIdPattern.endsWith("*")
          ? builderId.startsWith(builderIdPattern.substring(0, builderIdPattern.length() - 1))
          : builderId.equals(builderIdPattern);
    }
  }

  private final List<Entry> entries;

  public SlsaBuildLevels(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads {@code "pattern=level, pattern=level"}; a pattern may itself contain {@code =} (a URL
   * query), the level is what follows the last one.
   */
  public static SlsaBuildLevels parse(String config) {
    List<Entry> entries = new ArrayList<>();
    if (config != null) {
      for (String item : config.split(",")) {
        String entry = item.strip();
        if (entry.isEmpty()) {
          continue;
        }
        int eq = entry.lastIndexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              "'" + entry + "' is not 'builder-id=level' (e.g. https://builder.example/*=3)");
        }
        String level = entry.substring(eq + 1).strip();
        if (!level.matches("[0-9]")) {
          throw new IllegalArgumentException(
              "'" + entry + "' does not end in a build level 1, 2 or 3");
        }
        entries.add(new Entry(entry.substring(0, eq).strip(), Integer.parseInt(level)));
      }
    }
    return new SlsaBuildLevels(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The build level of the evidence; the highest level when several patterns match. */
  /**
   * The build level a provenance shows (SLSA v1.0 build track). Level 1 needs provenance; levels 2
   * and 3 need provenance the build platform itself signed, so they count only for a keyless
   * signature whose certificate identity is an allow-listed builder ({@code signingBuilder}) and
   * whose {@code builder.id} claims the same builder. A provenance the supplier signed with its own
   * key stays at level 1 whatever builder it names: the claim is the supplier's, not the
   * platform's.
   *
   * @param signingBuilder the certificate identity of a valid keyless (Sigstore) signature; null
   *     when the signature was made with a key, or is not valid
   */
  public int levelOf(Provenance provenance, SignatureOutcome signature, String signingBuilder) {
    if (provenance == null) {
      return 0;
    }
    if (signature != SignatureOutcome.VALID || signingBuilder == null) {
      return 1;
    }
    int level = 1;
    for (Entry entry : entries) {
      boolean claimed = provenance.builderId() == null || entry.matches(provenance.builderId());
      if (claimed && entry.matches(signingBuilder)) {
        level = Math.max(level, entry.level());
      }
    }
    return level;
  }
}
