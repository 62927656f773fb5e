package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.provena.finding.domain.FindingsChanged;
import org.provena.finding.domain.VexLinks;
import org.provena.finding.domain.VexLinks.Candidate;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexProductMatcher;
import org.provena.finding.domain.VexStatement;

/**
 * Applies VEX statements to findings: a statement covers the findings of its supplier whose
 * vulnerability it names by any id (CVE, GHSA, OSV … — aliases included) and whose package or
 * release its products name ({@link VexProductMatcher}); an upload restricted to one release covers
 * that release only. It runs both ways: when a statement arrives (every finding it covers now) and
 * when findings are opened (every statement that was waiting for them — a VEX answer given before
 * the advisory reached Provena, or carried to the next SBOM of the same release). Each finding's
 * current answer is then its newest statement.
 *
 * <p>Whenever a finding's current answer changes it fires {@link FindingsChanged} for the releases
 * concerned, in the same transaction — except for findings matching has just opened, whose releases
 * matching names itself.
 */
@ApplicationScoped
public class VexApplying {

  @Inject VexLinks links;
  @Inject ProductsJson productsJson;
  @Inject Clock clock;
  @Inject Event<FindingsChanged> changed;

  /** Applies a new statement to the findings it covers now; returns them. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<UUID> apply(VexStatement statement, List<VexProduct> products) {
    List<UUID> covered = link(statement, products);
    refresh(covered);
    return covered;
  }

  /**
   * Links a new statement to the findings it covers now without recomputing their answers, for
   * callers that apply many statements and then {@link #refresh} once; returns the findings.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<UUID> link(VexStatement statement, List<VexProduct> products) {
    List<UUID> covered = new ArrayList<>();
    for (Candidate candidate :
        links.candidates(
            statement.supplierId(),
            statement.vulnerabilityKeys(),
            statement.componentReleaseId().orElse(null))) {
      if (products.stream().anyMatch(p -> VexProductMatcher.covers(p, candidate))) {
        covered.add(candidate.findingId());
      }
    }
    links.link(statement.id(), covered, clock.instant());
    return covered;
  }

  /**
   * Recomputes these findings' current answers (after statements were linked to or taken off them)
   * and tells which releases' findings changed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refresh(Collection<UUID> findingIds) {
    if (findingIds.isEmpty()) {
      return;
    }
    Set<UUID> releases = links.refreshCurrent(findingIds);
    if (!releases.isEmpty()) {
      changed.fire(new FindingsChanged(releases));
    }
  }

  /**
   * New or reopened findings take the statements that were waiting for them. Fires nothing: the
   * matching that opened the findings reports their releases as changed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int applyPending(Collection<UUID> findingIds) {
    if (findingIds.isEmpty()) {
      return 0;
    }
    List<UUID[]> pairs = links.pendingFor(findingIds);
    if (pairs.isEmpty()) {
      return 0;
    }
    Set<UUID> findings = new LinkedHashSet<>();
    pairs.forEach(pair -> findings.add(pair[1]));
    Map<UUID, Candidate> candidates = new HashMap<>();
    for (Candidate c : links.candidatesByFinding(findings)) {
      candidates.put(c.findingId(), c);
    }
    Set<UUID> pendingStatements = new LinkedHashSet<>();
    pairs.forEach(pair -> pendingStatements.add(pair[0]));
    Map<UUID, List<VexProduct>> productsOf = new HashMap<>();
    links
        .productsOf(pendingStatements)
        .forEach((id, json) -> productsOf.put(id, productsJson.read(json)));
    Map<UUID, List<UUID>> covered = new HashMap<>();
    for (UUID[] pair : pairs) {
      Candidate candidate = candidates.get(pair[1]);
      List<VexProduct> products = productsOf.getOrDefault(pair[0], List.of());
      if (candidate != null
          && products.stream().anyMatch(p -> VexProductMatcher.covers(p, candidate))) {
        covered.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
      }
    }
    int applied = 0;
    Set<UUID> changed = new LinkedHashSet<>();
    for (Map.Entry<UUID, List<UUID>> entry : covered.entrySet()) {
      applied += links.link(entry.getKey(), entry.getValue(), clock.instant());
      changed.addAll(entry.getValue());
    }
    links.refreshCurrent(changed);
    return applied;
  }
}
