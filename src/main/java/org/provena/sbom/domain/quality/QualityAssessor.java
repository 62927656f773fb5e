package org.provena.sbom.domain.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Component;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomMetadata;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * Measures a parsed SBOM against every {@link QualityProfile}. Stateless and side-effect free.
 *
 * <p>Every check is computed once and shared by the profiles that contain it, so "supplier" reads
 * the same in NTIA, CISA and BSI. Component-level checks look at the primary component and every
 * other component; a component that says nothing is <em>missing</em>, one whose author declared the
 * value unknown (SPDX {@code NOASSERTION}, CycloneDX composition {@code unknown}) or withheld is
 * counted apart, and only a real value counts as <em>present</em>. A profile's score is the mean of
 * its checks' coverage, each check weighted equally; a document-level check is worth 0 or 100. The
 * rules and their sources are in docs/sbom-quality.md.
 */
public final class QualityAssessor {

  private static final String NO_ASSERTION = "NOASSERTION";

  private static final String NO_COMPONENTS = "The SBOM lists no components";

  private static final Pattern VERSION_NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)*)");

  // BSI TR-03183-2 v2.1.0 section 4: CycloneDX 1.6 or later, SPDX 3.0.1 or later.
  private static final int[] BSI_MIN_CYCLONEDX = {1, 6};
  private static final int[] BSI_MIN_SPDX = {3, 0, 1};

  /**
   * Assesses the SBOM.
   *
   * @param sbom the SBOM as a reader understood it
   * @param releaseSupport the support the supplier declared on the component release itself; used
   *     for the primary component when the SBOM does not say; null means nothing declared
   */
  public QualityReport assess(ParsedSbom sbom, DeclaredSupport releaseSupport) {
    Objects.requireNonNull(sbom, "sbom");
    DeclaredSupport release = releaseSupport == null ? DeclaredSupport.NONE : releaseSupport;
    Map<Check, FieldCoverage> checks = new EnumMap<>(Check.class);
    assessComponents(sbom, release, checks);
    assessDocument(sbom, checks);
    return new QualityReport(
        result(QualityProfile.NTIA_2021, checks),
        result(QualityProfile.CISA_2026, checks),
        result(QualityProfile.BSI_TR_03183_2, checks),
        result(QualityProfile.FDA_PREMARKET, checks));
  }

  private static ProfileResult result(QualityProfile profile, Map<Check, FieldCoverage> checks) {
    List<FieldCoverage> fields = new ArrayList<>();
    double sum = 0;
    for (Check check : profile.checks()) {
      FieldCoverage coverage = checks.get(check);
      fields.add(coverage);
      sum += exactCoverage(coverage);
    }
    int score = fields.isEmpty() ? 0 : (int) Math.round(sum / fields.size());
    return new ProfileResult(profile.key(), score, fields);
  }

  private static double exactCoverage(FieldCoverage coverage) {
    return coverage.total() == 0 ? 0 : coverage.present() * 100.0 / coverage.total();
  }

  private static void assessComponents(
      ParsedSbom sbom, DeclaredSupport release, Map<Check, FieldCoverage> checks) {
    Component primary = sbom.primary();
    List<Component> all = new ArrayList<>();
    if (primary != null) {
      all.add(primary);
    }
    all.addAll(sbom.components());

    // NTIA 2021, "Dependency Relationship": a component is covered when the document relates it to
    // another, or when the author declared the graph complete (a leaf then has no edges on
    // purpose).
    Set<String> related = new HashSet<>();
    for (ParsedSbom.Dependency dependency : sbom.dependencies()) {
      related.add(dependency.from());
      related.add(dependency.to());
    }
    boolean complete = Boolean.TRUE.equals(sbom.facts().dependenciesComplete());

    checks.put(
        Check.SUPPLIER,
        perComponent(Check.SUPPLIER, all, c -> value(c, Field.SUPPLIER, c.entry().supplierName())));
    checks.put(
        Check.COMPONENT_NAME,
        perComponent(Check.COMPONENT_NAME, all, c -> value(c, Field.NAME, c.entry().name())));
    checks.put(
        Check.VERSION,
        perComponent(Check.VERSION, all, c -> value(c, Field.VERSION, c.entry().version())));
    checks.put(
        Check.UNIQUE_IDENTIFIER,
        perComponent(Check.UNIQUE_IDENTIFIER, all, QualityAssessor::identifier));
    checks.put(
        Check.DEPENDENCIES,
        perComponent(
            Check.DEPENDENCIES,
            all,
            c ->
                related.contains(c.ref()) || complete
                    ? Presence.PRESENT
                    : statement(c, Field.DEPENDENCIES)));
    checks.put(Check.HASH, hash(all));
    checks.put(
        Check.LICENCE,
        perComponent(
            Check.LICENCE, all, c -> value(c, Field.LICENCE, c.entry().licenceExpression())));
    checks.put(Check.SHA512, sha512(all));
    checks.put(
        Check.LEVEL_OF_SUPPORT,
        perComponent(
            Check.LEVEL_OF_SUPPORT,
            all,
            c ->
                c == primary
                    ? SupportDeclarations.better(
                        SupportDeclarations.levelOfSupport(c),
                        SupportDeclarations.levelOfSupport(release))
                    : SupportDeclarations.levelOfSupport(c)));
    checks.put(
        Check.END_OF_SUPPORT,
        perComponent(
            Check.END_OF_SUPPORT,
            all,
            c ->
                c == primary
                    ? SupportDeclarations.better(
                        SupportDeclarations.endOfSupport(c),
                        SupportDeclarations.endOfSupport(release))
                    : SupportDeclarations.endOfSupport(c),
            "gives",
            "give",
            "a date that is not yyyy-mm-dd",
            NO_COMPONENTS));
  }

  private static Presence identifier(Component component) {
    // NTIA 2021, "Other Unique Identifiers": purl or CPE (PackageEntry carries no SWID tag).
    if (given(component.entry().purl()) || given(component.entry().cpe())) {
      return Presence.PRESENT;
    }
    return statement(component, Field.IDENTIFIER);
  }

  private static FieldCoverage hash(List<Component> all) {
    // CISA 2025 draft, "Component Hash": a value and its algorithm; the draft names no algorithm,
    // so MD5 and SHA-1 count as present but the fix asks for a stronger one.
    FieldCoverage coverage =
        perComponent(
            Check.HASH,
            all,
            c -> hasHash(c, a -> true) ? Presence.PRESENT : statement(c, Field.HASH));
    long weakOnly =
        all.stream()
            .filter(c -> hasHash(c, a -> true) && !hasHash(c, HashAlgorithm::isStrong))
            .count();
    if (weakOnly == 0) {
      return coverage;
    }
    String advice =
        "Add a SHA-256 or stronger hash to "
            + components(weakOnly)
            + (weakOnly == 1 ? " that carries" : " that carry")
            + " only MD5 or SHA-1 (CycloneDX components[].hashes, SPDX"
            + " PackageChecksum)";
    String fix =
        coverage.fix() == null
            ? advice + "."
            : coverage.fix().substring(0, coverage.fix().length() - 1) + "; " + lower(advice) + ".";
    return withFix(coverage, fix);
  }

  private static FieldCoverage sha512(List<Component> all) {
    // BSI TR-03183-2 v2.1.0: a SHA-512 hash for every deployable component; a file without a purl
    // is part of a component, not one that is deployed on its own.
    List<Component> deployable =
        all.stream()
            .filter(
                c -> given(c.entry().purl()) || !"file".equalsIgnoreCase(c.entry().packageType()))
            .toList();
    return perComponent(
        Check.SHA512,
        deployable,
        c -> {
          if (hasHash(c, a -> a == HashAlgorithm.SHA512)) {
            return Presence.PRESENT;
          }
          if (hasHash(c, a -> true)) {
            return Presence.INSUFFICIENT;
          }
          return statement(c, Field.HASH);
        },
        "carries",
        "carry",
        "only hashes of another algorithm",
        all.isEmpty() ? NO_COMPONENTS : "The SBOM lists no deployable components");
  }

  private static boolean hasHash(Component component, Predicate<HashAlgorithm> algorithm) {
    for (ArtifactHash hash : component.entry().hashes()) {
      if (hash.algorithm() != null && given(hash.value()) && algorithm.test(hash.algorithm())) {
        return true;
      }
    }
    return false;
  }

  private static void assessDocument(ParsedSbom sbom, Map<Check, FieldCoverage> checks) {
    SbomMetadata metadata = sbom.metadata();
    boolean spdx = isSpdx(metadata.format());

    // NTIA 2021, "Author of SBOM Data".
    String author = metadata.author();
    checks.put(
        Check.AUTHOR,
        document(
            Check.AUTHOR,
            given(author)
                ? Presence.PRESENT
                : NO_ASSERTION.equalsIgnoreCase(trim(author))
                    ? Presence.DECLARED_UNKNOWN
                    : Presence.MISSING,
            "Name the SBOM author (CycloneDX metadata.authors or metadata.manufacturer, SPDX"
                + " creationInfo creators Person or Organization)."));
    // NTIA 2021, "Timestamp".
    checks.put(
        Check.TIMESTAMP,
        document(
            Check.TIMESTAMP,
            metadata.documentTimestamp() != null,
            "Add the time the SBOM was created (CycloneDX metadata.timestamp, SPDX"
                + " creationInfo created)."));
    // CISA 2025 draft, "Tool Name": the name and the version of the generating tool.
    checks.put(
        Check.TOOL_NAME_VERSION,
        document(
            Check.TOOL_NAME_VERSION,
            given(metadata.toolName()) && given(metadata.toolVersion()),
            given(metadata.toolName())
                ? "Add the version of the tool "
                    + metadata.toolName().trim()
                    + " that generated the SBOM (CycloneDX metadata.tools[].version, SPDX creator"
                    + " 'Tool: name-version')."
                : "Name the tool and tool version that generated the SBOM (CycloneDX"
                    + " metadata.tools, SPDX creator 'Tool: name-version')."));
    // CISA 2025 draft, "Generation Context": CycloneDX metadata.lifecycles; SPDX 2.x has no field.
    checks.put(
        Check.GENERATION_CONTEXT,
        document(
            Check.GENERATION_CONTEXT,
            given(metadata.lifecycle()),
            spdx
                ? "Declare when the SBOM was generated (before build, build, post-build); SPDX 2.x"
                    + " has no field for it, so use SPDX 3 software_sbomType or CycloneDX 1.5+"
                    + " metadata.lifecycles."
                : "Declare when the SBOM was generated (CycloneDX 1.5+ metadata.lifecycles, e.g."
                    + " phase build)."));
    // CISA 2025 draft: the format and its version identify how to read the SBOM.
    checks.put(
        Check.FORMAT_VERSION,
        document(
            Check.FORMAT_VERSION,
            given(metadata.specVersion()),
            "Declare the format version (CycloneDX specVersion, SPDX spdxVersion)."));
    // CISA 2025 draft: the SBOM's own identity and revision. CycloneDX serialNumber / version;
    // SPDX documentNamespace, which the SPDX specification makes unique per document revision.
    checks.put(
        Check.SBOM_VERSION,
        document(
            Check.SBOM_VERSION,
            given(metadata.serialNumber()) || metadata.documentVersion() != null,
            "Identify this revision of the SBOM (CycloneDX serialNumber and version, SPDX"
                + " documentNamespace)."));
    checks.put(Check.SPEC_VERSION, specVersion(metadata));
    // BSI TR-03183-2 v2.1.0: the creator of the SBOM with an e-mail address or URL.
    checks.put(
        Check.AUTHOR_CONTACT,
        document(
            Check.AUTHOR_CONTACT,
            isContact(sbom.facts().authorContact()),
            "Add an e-mail address or URL for the SBOM author (CycloneDX metadata.authors[].email"
                + " or metadata.manufacturer.url, SPDX creator 'Organization: name (e-mail)')."));
    // BSI TR-03183-2 v2.1.0: vulnerability information belongs in CSAF / VEX, not in the SBOM.
    checks.put(
        Check.NO_VULNERABILITY_DATA,
        document(
            Check.NO_VULNERABILITY_DATA,
            !sbom.facts().containsVulnerabilities(),
            "Remove the vulnerabilities from the SBOM and deliver them as a separate VEX or CSAF"
                + " document."));
  }

  private static FieldCoverage specVersion(SbomMetadata metadata) {
    boolean spdx = isSpdx(metadata.format());
    String formatName = spdx ? "SPDX" : "CycloneDX";
    int[] minimum = spdx ? BSI_MIN_SPDX : BSI_MIN_CYCLONEDX;
    int[] version = parseVersion(metadata.specVersion());
    String required = formatName + " " + (spdx ? "3.0.1" : "1.6");
    if (version == null) {
      return document(
          Check.SPEC_VERSION,
          false,
          "Declare the spec version and use " + required + " or later (BSI TR-03183-2).");
    }
    return document(
        Check.SPEC_VERSION,
        compare(version, minimum) >= 0,
        "Generate the SBOM as "
            + required
            + " or later; this one is "
            + formatName
            + " "
            + metadata.specVersion().trim()
            + ", which BSI TR-03183-2 does not accept.");
  }

  private static int[] parseVersion(String specVersion) {
    if (!given(specVersion)) {
      return null;
    }
    Matcher matcher = VERSION_NUMBER.matcher(specVersion);
    if (!matcher.find()) {
      return null;
    }
    String[] parts = matcher.group(1).split("\\.");
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Integer.parseInt(parts[i]);
    }
    return numbers;
  }

  private static int compare(int[] version, int[] minimum) {
    for (int i = 0; i < Math.max(version.length, minimum.length); i++) {
      int a = i < version.length ? version[i] : 0;
      int b = i < minimum.length ? minimum[i] : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }

  private static boolean isSpdx(SbomFormat format) {
    return format == SbomFormat.SPDX_JSON
        || format == SbomFormat.SPDX_TAG_VALUE
        || format == SbomFormat.SPDX_JSON_LD;
  }

  private static boolean isContact(String contact) {
    if (!given(contact)) {
      return false;
    }
    String value = contact.trim().toLowerCase(Locale.ROOT);
    return value.matches("(mailto:)?[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        || value.matches("https?://\\S+");
  }

  private static Presence value(Component component, Field field, String value) {
    if (given(value)) {
      return Presence.PRESENT;
    }
    Presence statement = statement(component, field);
    if (statement == Presence.MISSING && NO_ASSERTION.equalsIgnoreCase(trim(value))) {
      return Presence.DECLARED_UNKNOWN;
    }
    return statement;
  }

  private static Presence statement(Component component, Field field) {
    if (component.declaredWithheld().contains(field)) {
      return Presence.DECLARED_WITHHELD;
    }
    if (component.declaredUnknown().contains(field)) {
      return Presence.DECLARED_UNKNOWN;
    }
    return Presence.MISSING;
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank() && !NO_ASSERTION.equalsIgnoreCase(value.trim());
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }

  private static FieldCoverage perComponent(
      Check check, List<Component> components, Function<Component, Presence> presence) {
    return perComponent(
        check, components, presence, "gives", "give", "an unusable value", NO_COMPONENTS);
  }

  private static FieldCoverage perComponent(
      Check check,
      List<Component> components,
      Function<Component, Presence> presence,
      String insufficientVerb,
      String insufficientVerbPlural,
      String insufficientWhat,
      String emptyFix) {
    int total = components.size();
    if (total == 0) {
      return new FieldCoverage(
          check.key(), check.scope(), 0, 0, 0, 0, 0, 0.0, false, emptyFix + ".");
    }
    int present = 0;
    int unknown = 0;
    int withheld = 0;
    int missing = 0;
    int insufficient = 0;
    for (Component component : components) {
      switch (presence.apply(component)) {
        case PRESENT:
          present++;
          break;
        case DECLARED_UNKNOWN:
          unknown++;
          break;
        case DECLARED_WITHHELD:
          withheld++;
          break;
        case INSUFFICIENT:
          insufficient++;
          missing++;
          break;
        default:
          missing++;
      }
    }
    boolean passed = present == total;
    String fix =
        passed
            ? null
            : fixSentence(
                check,
                total - present,
                unknown,
                withheld,
                insufficient == 0
                    ? null
                    : insufficient
                        + " "
                        + (insufficient == 1 ? insufficientVerb : insufficientVerbPlural)
                        + " "
                        + insufficientWhat);
    return new FieldCoverage(
        check.key(),
        check.scope(),
        total,
        present,
        unknown,
        withheld,
        missing,
        oneDecimal(present * 100.0 / total),
        passed,
        fix);
  }

  private static String fixSentence(
      Check check, int lacking, int unknown, int withheld, String insufficientNote) {
    StringBuilder fix =
        new StringBuilder("Add ")
            .append(check.lacking())
            .append(check == Check.DEPENDENCIES ? " for " : " to ")
            .append(components(lacking))
            .append(" (")
            .append(check.where())
            .append(')');
    List<String> notes = new ArrayList<>();
    if (unknown > 0) {
      notes.add(unknown + (unknown == 1 ? " declares" : " declare") + " it unknown");
    }
    if (withheld > 0) {
      notes.add(withheld + (withheld == 1 ? " declares" : " declare") + " it withheld");
    }
    if (insufficientNote != null) {
      notes.add(insufficientNote);
    }
    if (!notes.isEmpty()) {
      fix.append("; of these, ").append(String.join(", ", notes));
    }
    return fix.append('.').toString();
  }

  private static FieldCoverage document(Check check, boolean satisfied, String fix) {
    return document(check, satisfied ? Presence.PRESENT : Presence.MISSING, fix);
  }

  private static FieldCoverage document(Check check, Presence presence, String fix) {
    boolean present = presence == Presence.PRESENT;
    return new FieldCoverage(
        check.key(),
        check.scope(),
        1,
        present ? 1 : 0,
        presence == Presence.DECLARED_UNKNOWN ? 1 : 0,
        presence == Presence.DECLARED_WITHHELD ? 1 : 0,
        presence == Presence.MISSING || presence == Presence.INSUFFICIENT ? 1 : 0,
        present ? 100.0 : 0.0,
        present,
        present ? null : fix);
  }

  private static FieldCoverage withFix(FieldCoverage coverage, String fix) {
    return new FieldCoverage(
        coverage.check(),
        coverage.scope(),
        coverage.total(),
        coverage.present(),
        coverage.declaredUnknown(),
        coverage.declaredWithheld(),
        coverage.missing(),
        coverage.coverage(),
        coverage.passed(),
        fix);
  }

  private static double oneDecimal(double percent) {
    return Math.round(percent * 10) / 10.0;
  }

  private static String components(long count) {
    return count + (count == 1 ? " component" : " components");
  }

  private static String lower(String sentence) {
    return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
