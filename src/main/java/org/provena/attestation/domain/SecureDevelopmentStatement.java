package org.provena.attestation.domain;

import java.util.List;

/**
 * The four attestation statements of CISA's Secure Software Development Attestation Form (Section
 * III, final form of March 2024), each with the NIST SSDF (SP 800-218) practices the form relates
 * it to. A producer attests to each; an exception needs a plan of action and milestones
 * (POA&amp;M).
 */
public enum SecureDevelopmentStatement {
  SECURE_ENVIRONMENTS(
      "The software is developed and built in secure environments: separated and protected"
          + " environments, logged and audited trust relationships, multi-factor authentication,"
          + " minimal use of risky software in them, encrypted sensitive data, defensive"
          + " monitoring.",
      List.of("PO.5.1", "PO.5.2", "PS.1.1", "PS.2.1", "PS.3.1")),
  TRUSTED_SOURCE_CODE_SUPPLY_CHAIN(
      "A good-faith effort is made to keep the source code supply chain trusted: automated tools"
          + " or comparable processes, and a process for the security of third-party components"
          + " and their vulnerabilities.",
      List.of(
          "PO.1.1", "PO.3.1", "PO.3.2", "PO.5.1", "PO.5.2", "PS.1.1", "PS.2.1", "PS.3.1", "PW.4.1",
          "PW.4.4", "PW.7.1", "PW.8.1", "RV.1.2")),
  PROVENANCE(
      "Provenance is maintained for internal code and third-party components, to the greatest"
          + " extent feasible.",
      List.of(
          "PO.1.3", "PO.3.2", "PO.5.1", "PO.5.2", "PS.3.1", "PS.3.2", "PW.4.1", "PW.4.4", "RV.1.1",
          "RV.1.2")),
  VULNERABILITY_CHECKS(
      "Automated tools or comparable processes check for security vulnerabilities, on an ongoing"
          + " basis and at least before each release; vulnerabilities found are addressed before"
          + " release; a vulnerability disclosure program accepts and addresses reports in time.",
      List.of(
          "PO.4.1", "PO.4.2", "PS.1.1", "PW.2.1", "PW.4.4", "PW.5.1", "PW.6.1", "PW.6.2", "PW.7.1",
          "PW.7.2", "PW.8.2", "PW.9.1", "PW.9.2", "RV.1.1", "RV.1.2", "RV.1.3", "RV.2.1", "RV.2.2",
          "RV.3.3"));

  private final String summary;
  private final List<String> ssdfPractices;

  SecureDevelopmentStatement(String summary, List<String> ssdfPractices) {
    this.summary = summary;
    this.ssdfPractices = ssdfPractices;
  }

  public String summary() {
    return summary;
  }

  public List<String> ssdfPractices() {
    return ssdfPractices;
  }
}
