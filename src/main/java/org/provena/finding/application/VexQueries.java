package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.domain.VexDocument;
import org.provena.finding.domain.VexDocumentRepository;
import org.provena.finding.domain.VexLinks;
import org.provena.finding.domain.VexProblem;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatementRepository;
import org.provena.sbom.application.OriginalDocuments;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierScopeResolver;

/** What callers may read about VEX documents and a finding's VEX history, in their scope. */
@ApplicationScoped
@Transactional
public class VexQueries {

  @Inject VexDocumentRepository documents;
  @Inject VexStatementRepository statements;
  @Inject VexLinks links;
  @Inject OriginalDocuments originals;
  @Inject SupplierScopeResolver scopes;

  public Optional<VexDocumentView> document(UUID id) {
    return documents.find(scopes.current(), id).map(this::view);
  }

  /** A supplier's uploaded documents, newest first, without their statements. */
  public List<VexDocumentView> documentsOf(UUID supplierId, PageRequest page) {
    return documents.listBySupplier(scopes.current(), supplierId, page).stream()
        .map(d -> view(d, false))
        .toList();
  }

  /** The statements applied to a finding, oldest first: the last is its current answer. */
  public List<VexStatementView> historyOf(UUID findingId) {
    return statements.historyOf(scopes.current(), findingId).stream()
        .map(s -> VexStatementView.of(s, links.findingsOf(s.id()).size()))
        .toList();
  }

  public Optional<Path> original(UUID documentId) {
    return documents
        .find(scopes.current(), documentId)
        .map(d -> originals.path(d.originalSha256()));
  }

  private VexDocumentView view(VexDocument d) {
    return view(d, true);
  }

  private VexDocumentView view(VexDocument d, boolean withStatements) {
    List<VexStatementView> views = new ArrayList<>();
    java.util.Set<UUID> findings = new java.util.HashSet<>();
    if (withStatements) {
      for (VexStatement s : statements.ofDocument(scopes.current(), d.id())) {
        List<UUID> applied = links.findingsOf(s.id());
        findings.addAll(applied);
        views.add(VexStatementView.of(s, applied.size()));
      }
    }
    return new VexDocumentView(
        d.id(),
        d.supplierId(),
        d.componentReleaseId().orElse(null),
        d.format().name(),
        d.specVersion().orElse(null),
        d.documentRef().orElse(null),
        d.author(),
        d.issuedAt(),
        d.originalSha256(),
        d.signatureOutcome().name(),
        d.signatureReason().orElse(null),
        d.signer().orElse(null),
        d.statementCount(),
        d.isTrusted(),
        findings.size(),
        d.warningsJson().map(VexQueries::warnings).orElse(List.of()),
        views,
        d.uploadedBy(),
        d.uploadedAt());
  }

  private static List<VexProblem> warnings(String json) {
    List<VexProblem> problems = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      for (JsonValue v : reader.readArray()) {
        problems.add(
            new VexProblem(
                v.asJsonObject().getString("location", "$"),
                v.asJsonObject().getString("message", "")));
      }
    }
    return problems;
  }
}
