package org.provena.finding.domain;

/**
 * Why a product is not affected: the five justifications of CISA's "Vulnerability Exploitability
 * eXchange (VEX) – Status Justifications" (2022), as OpenVEX and CSAF use them.
 */
public enum VexJustification {
  COMPONENT_NOT_PRESENT,
  VULNERABLE_CODE_NOT_PRESENT,
  VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
  VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
  INLINE_MITIGATIONS_ALREADY_EXIST
}
