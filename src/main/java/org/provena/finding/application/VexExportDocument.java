package org.provena.finding.application;

import java.time.Instant;
import java.util.List;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexProduct;

/**
 * What a VEX export of one component release says: the release as the product, and the supplier's
 * current statement for each of its findings.
 *
 * @param documentId a stable id for the document (a URN): the same for every export of a release
 * @param author the supplier's name
 * @param version the document version: the number of statements ever applied to the release's
 *     findings, so that it grows whenever one is added
 */
public record VexExportDocument(
    String documentId,
    String author,
    Instant timestamp,
    int version,
    VexProduct product,
    List<Statement> statements) {

  public VexExportDocument {
    statements = List.copyOf(statements);
  }

  /**
   * One statement: a vulnerability of one package of the release.
   *
   * @param subcomponent the package the vulnerability is in (purl, name, version, bom-ref)
   */
  public record Statement(
      String vulnerabilityId,
      List<String> aliases,
      VexProduct subcomponent,
      VexClaim claim,
      String sourceJustification,
      Instant timestamp) {

    public Statement {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }
}
