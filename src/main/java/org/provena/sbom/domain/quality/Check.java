package org.provena.sbom.domain.quality;

/**
 * The checks the profiles are made of, each with its stable key and, for component-level checks,
 * what a component lacks and which CycloneDX / SPDX fields supply it (used in the fix sentence).
 */
enum Check {
  SUPPLIER("supplier", true, "a supplier", "CycloneDX components[].supplier, SPDX PackageSupplier"),
  COMPONENT_NAME("componentName", true, "a name", "CycloneDX components[].name, SPDX PackageName"),
  VERSION("version", true, "a version", "CycloneDX components[].version, SPDX PackageVersion"),
  UNIQUE_IDENTIFIER(
      "uniqueIdentifier",
      true,
      "a purl or CPE",
      "CycloneDX components[].purl or cpe, SPDX ExternalRef purl or cpe23Type"),
  DEPENDENCIES(
      "dependencies",
      true,
      "dependency relationships",
      "CycloneDX dependencies[].dependsOn, SPDX DEPENDS_ON or CONTAINS relationships"),
  HASH(
      "hash",
      true,
      "a hash with its algorithm",
      "CycloneDX components[].hashes, SPDX PackageChecksum"),
  LICENCE(
      "licence",
      true,
      "a licence",
      "CycloneDX components[].licenses, SPDX PackageLicenseDeclared or PackageLicenseConcluded"),
  SHA512(
      "sha512",
      true,
      "a SHA-512 hash",
      "CycloneDX components[].hashes with alg SHA-512, SPDX PackageChecksum SHA512"),
  LEVEL_OF_SUPPORT(
      "levelOfSupport",
      true,
      "a level of support",
      "CycloneDX components[].properties levelOfSupport, SPDX package annotation"
          + " levelOfSupport; for the release itself you may declare it in Provena"),
  END_OF_SUPPORT(
      "endOfSupport",
      true,
      "an end-of-support date (yyyy-mm-dd)",
      "CycloneDX components[].properties endOfSupport, SPDX package annotation endOfSupport;"
          + " for the release itself you may declare it in Provena"),
  AUTHOR("author", false, null, null),
  TIMESTAMP("timestamp", false, null, null),
  TOOL_NAME_VERSION("toolNameVersion", false, null, null),
  GENERATION_CONTEXT("generationContext", false, null, null),
  FORMAT_VERSION("formatVersion", false, null, null),
  SBOM_VERSION("sbomVersion", false, null, null),
  SPEC_VERSION("specVersion", false, null, null),
  AUTHOR_CONTACT("authorContact", false, null, null),
  NO_VULNERABILITY_DATA("noVulnerabilityData", false, null, null);

  private final String key;
  private final boolean perComponent;
  private final String lacking;
  private final String where;

  Check(String key, boolean perComponent, String lacking, String where) {
    this.key = key;
    this.perComponent = perComponent;
    this.lacking = lacking;
    this.where = where;
  }

  String key() {
    return key;
  }

  String scope() {
    return perComponent ? FieldCoverage.COMPONENT : FieldCoverage.DOCUMENT;
  }

  String lacking() {
    return lacking;
  }

  String where() {
    return where;
  }
}
