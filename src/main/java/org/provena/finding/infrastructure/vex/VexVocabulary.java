package org.provena.finding.infrastructure.vex;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;
import org.provena.shared.domain.HashAlgorithm;

/**
 * The words of the VEX formats and how they map onto CISA's statuses and justifications, in one
 * place so that readers and writers agree (ADR 0013 has the same tables).
 */
final class VexVocabulary {

  /**
   * CycloneDX 1.4–1.6 {@code impactAnalysisJustification} onto CISA's five justifications. The
   * CycloneDX words are finer; the word itself is kept as the statement's source justification.
   */
  static final Map<String, VexJustification> CYCLONEDX_JUSTIFICATIONS =
      Map.of(
          "code_not_present", VexJustification.VULNERABLE_CODE_NOT_PRESENT,
          "code_not_reachable", VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
          "requires_configuration",
              VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
          "requires_dependency", VexJustification.COMPONENT_NOT_PRESENT,
          "requires_environment",
              VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
          "protected_by_compiler", VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST,
          "protected_at_runtime", VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST,
          "protected_at_perimeter", VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST,
          "protected_by_mitigating_control", VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST);

  /** The CycloneDX word written for each CISA justification when no finer word is known. */
  static final Map<VexJustification, String> CYCLONEDX_JUSTIFICATION_OF =
      Map.of(
          VexJustification.VULNERABLE_CODE_NOT_PRESENT, "code_not_present",
          VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH, "code_not_reachable",
          VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
              "requires_environment",
          VexJustification.COMPONENT_NOT_PRESENT, "requires_dependency",
          VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST, "protected_by_mitigating_control");

  /** CycloneDX {@code impactAnalysisState} onto VEX statuses. */
  static final Map<String, VexStatus> CYCLONEDX_STATES =
      Map.of(
          "not_affected", VexStatus.NOT_AFFECTED,
          "false_positive", VexStatus.NOT_AFFECTED,
          "exploitable", VexStatus.AFFECTED,
          "resolved", VexStatus.FIXED,
          "resolved_with_pedigree", VexStatus.FIXED,
          "in_triage", VexStatus.UNDER_INVESTIGATION);

  /** CycloneDX {@code analysis.response} values, in schema order. */
  static final List<String> CYCLONEDX_RESPONSES =
      List.of("can_not_fix", "will_not_fix", "update", "rollback", "workaround_available");

  private VexVocabulary() {}

  /** The snake_case word OpenVEX and CSAF use for a status or a justification. */
  static String snake(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A status from its snake_case word (OpenVEX {@code status}). */
  static Optional<VexStatus> status(String word) {
    return Arrays.stream(VexStatus.values()).filter(s -> snake(s).equals(word)).findFirst();
  }

  /** A justification from its snake_case word (OpenVEX {@code justification}, CSAF flag label). */
  static Optional<VexJustification> justification(String word) {
    return Arrays.stream(VexJustification.values()).filter(j -> snake(j).equals(word)).findFirst();
  }

  /** A machine word as people read it: {@code will_not_fix} becomes "will not fix". */
  static String words(String word) {
    return word.replace('_', ' ');
  }

  /** CycloneDX responses in words, as the prefix of an action statement: "will not fix, update". */
  static String responseWords(List<String> responses) {
    return responses.stream().map(VexVocabulary::words).collect(Collectors.joining(", "));
  }

  /**
   * The OpenVEX {@code hashes} key of an algorithm (OpenVEX 0.2.0, "Product": md5, sha1, sha-256,
   * sha-384, sha-512, sha3-*, blake2b-*, blake3).
   */
  static String openVexHashKey(HashAlgorithm algorithm) {
    return switch (algorithm) {
      case MD5 -> "md5";
      case SHA1 -> "sha1";
      case SHA256 -> "sha-256";
      case SHA384 -> "sha-384";
      case SHA512 -> "sha-512";
      default -> algorithm.name().toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  /** The CycloneDX {@code hash-alg} name of an algorithm ("SHA-256", "SHA3-256", "BLAKE2b-256"). */
  static String cycloneDxHashAlgorithm(HashAlgorithm algorithm) {
    return switch (algorithm) {
      case MD5 -> "MD5";
      case SHA1 -> "SHA-1";
      case SHA256 -> "SHA-256";
      case SHA384 -> "SHA-384";
      case SHA512 -> "SHA-512";
      case SHA3_256 -> "SHA3-256";
      case SHA3_384 -> "SHA3-384";
      case SHA3_512 -> "SHA3-512";
      case BLAKE2B_256 -> "BLAKE2b-256";
      case BLAKE2B_384 -> "BLAKE2b-384";
      case BLAKE2B_512 -> "BLAKE2b-512";
      case BLAKE3 -> "BLAKE3";
    };
  }
}
