package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.provena.finding.domain.FindingState;
import org.provena.finding.domain.FindingsChanged;
import org.provena.finding.domain.MatchStore;
import org.provena.finding.domain.MatchStore.KnownFinding;
import org.provena.finding.domain.MatchStore.NewFinding;
import org.provena.finding.domain.MatchStore.PackageToMatch;
import org.provena.sbom.domain.SbomProcessed;
import org.provena.vulnerability.application.AffectedRules;
import org.provena.vulnerability.domain.AffectedRule;
import org.provena.vulnerability.domain.VulnerabilitiesChanged;

/**
 * Keeps findings true to the packages and the vulnerability knowledge: matches an SBOM's packages
 * when it is processed (in the processing transaction, so inventory and findings commit together),
 * and again only the packages whose keys a feed import touched. A finding that no longer matches is
 * resolved with the date and why, never deleted; one that matches again is reopened. Each pass that
 * opens, reopens or resolves findings fires {@link FindingsChanged} for their releases, in its
 * transaction.
 */
@ApplicationScoped
public class FindingMatching {

  private static final Logger LOG = Logger.getLogger(FindingMatching.class.getName());
  static final String NO_LONGER_MATCHED = "no longer matched by any advisory";
  static final String SUPERSEDED = "superseded by a newer SBOM of the release";
  public static final int KEYS_PER_PASS = 5000;

  @Inject MatchStore store;
  @Inject AffectedRules rules;
  @Inject VexApplying vex;
  @Inject Clock clock;
  @Inject Event<FindingsChanged> changed;

  /** What one pass did. */
  public record Outcome(int packages, int opened, int reopened, int resolved) {

    Outcome plus(Outcome o) {
      return new Outcome(
          packages + o.packages, opened + o.opened, reopened + o.reopened, resolved + o.resolved);
    }
  }

  /** What one pass did, and the releases whose findings it changed. */
  private record Pass(Outcome outcome, Set<UUID> releases) {}

  /** Part of SBOM processing: the new SBOM matched, the release's superseded SBOMs resolved. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void onSbomProcessed(@Observes SbomProcessed processed) {
    Instant now = clock.instant();
    Map<String, Instant> firstSeen = store.firstSeenInRelease(processed.componentReleaseId());
    Pass pass =
        match(
            store.packagesOfSbom(processed.sbomId()),
            store.findingsOfSbom(processed.sbomId()),
            firstSeen,
            now);
    int superseded =
        processed.superseded().isEmpty()
            ? 0
            : store.resolveOpenOfSboms(processed.superseded(), now, SUPERSEDED);
    // The superseded SBOMs are the same release's, so one release at most changed here.
    if (!pass.releases().isEmpty() || superseded > 0) {
      changed.fire(new FindingsChanged(Set.of(processed.componentReleaseId())));
    }
    LOG.fine(
        () -> "SBOM " + processed.sbomId() + ": " + pass.outcome() + ", superseded " + superseded);
  }

  /** A feed import changed what some packages match: those packages, and only those, again. */
  void onVulnerabilitiesChanged(@Observes VulnerabilitiesChanged changed) {
    if (changed.matchKeys().isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    Outcome outcome = rematch(changed.matchKeys());
    LOG.info(
        () ->
            "Matched again after a feed import: %d keys, %s in %d ms"
                .formatted(
                    changed.matchKeys().size(), outcome, (System.nanoTime() - start) / 1_000_000));
  }

  /** Matches the current packages with these keys again (after a feed import). */
  public Outcome rematch(Set<String> matchKeys) {
    List<String> keys = new ArrayList<>(matchKeys);
    Outcome total = new Outcome(0, 0, 0, 0);
    for (int i = 0; i < keys.size(); i += KEYS_PER_PASS) {
      total =
          total.plus(self().rematchPass(keys.subList(i, Math.min(keys.size(), i + KEYS_PER_PASS))));
    }
    return total;
  }

  /** One transaction per slice of keys, so a huge feed change never holds one huge transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome rematchPass(List<String> keys) {
    Pass pass =
        match(
            store.currentPackagesWithKeys(keys),
            store.findingsOfKeys(keys),
            Map.<String, Instant>of(),
            clock.instant());
    if (!pass.releases().isEmpty()) {
      changed.fire(new FindingsChanged(pass.releases()));
    }
    return pass.outcome();
  }

  /**
   * Matches the packages; {@code known} holds at least every finding of them (findings of other
   * packages among it, of superseded SBOMs say, are left alone).
   */
  private Pass match(
      List<PackageToMatch> packages,
      List<KnownFinding> known,
      Map<String, Instant> firstSeen,
      Instant now) {
    if (packages.isEmpty()) {
      return new Pass(new Outcome(0, 0, 0, 0), Set.of());
    }
    Set<String> keys = new HashSet<>();
    for (PackageToMatch p : packages) {
      keys.add(p.matchKey());
    }
    Map<String, List<AffectedRule>> byKey = rules.byKey(keys);
    Map<UUID, Map<UUID, Match>> matches = new HashMap<>();
    for (PackageToMatch p : packages) {
      for (AffectedRule rule : byKey.getOrDefault(p.matchKey(), List.of())) {
        Optional<String> why = rule.match(p.version());
        if (why.isPresent()) {
          matches
              .computeIfAbsent(p.packageId(), k -> new LinkedHashMap<>())
              .merge(
                  rule.vulnerabilityId(),
                  new Match(rule.matchedBy(), why.get()),
                  (a, b) -> new Match(a.matchedBy, a.note + "; " + b.note));
        }
      }
    }
    Map<UUID, PackageToMatch> byId = new HashMap<>();
    for (PackageToMatch p : packages) {
      byId.put(p.packageId(), p);
    }
    Map<String, KnownFinding> knownByPair = new HashMap<>();
    Set<UUID> releases = new HashSet<>();
    List<UUID> resolve = new ArrayList<>();
    List<UUID> reopen = new ArrayList<>();
    Map<UUID, String> reopenedBy = new HashMap<>();
    Map<UUID, String> reopenedNotes = new HashMap<>();
    for (KnownFinding f : known) {
      if (!byId.containsKey(f.packageId())) {
        continue;
      }
      knownByPair.put(f.packageId() + "|" + f.vulnerabilityId(), f);
      Match match = matches.getOrDefault(f.packageId(), Map.of()).get(f.vulnerabilityId());
      if (match == null && f.state() == FindingState.OPEN) {
        resolve.add(f.id());
        releases.add(byId.get(f.packageId()).componentReleaseId());
      } else if (match != null && f.state() == FindingState.RESOLVED) {
        reopen.add(f.id());
        releases.add(byId.get(f.packageId()).componentReleaseId());
        reopenedBy.put(f.id(), match.matchedBy);
        reopenedNotes.put(f.id(), match.note);
      }
    }
    List<NewFinding> open = new ArrayList<>();
    for (Map.Entry<UUID, Map<UUID, Match>> perPackage : matches.entrySet()) {
      PackageToMatch p = byId.get(perPackage.getKey());
      for (Map.Entry<UUID, Match> m : perPackage.getValue().entrySet()) {
        if (!knownByPair.containsKey(p.packageId() + "|" + m.getKey())) {
          Instant seen = firstSeen.getOrDefault(m.getKey() + "|" + p.matchKey(), now);
          open.add(
              new NewFinding(
                  p.supplierId(),
                  p.componentReleaseId(),
                  p.packageId(),
                  m.getKey(),
                  m.getValue().matchedBy,
                  m.getValue().note,
                  seen));
          releases.add(p.componentReleaseId());
        }
      }
    }
    List<UUID> opened = store.open(open);
    store.reopen(reopen, reopenedBy, reopenedNotes);
    store.resolve(resolve, now, NO_LONGER_MATCHED);
    // VEX statements that were waiting for these findings (an answer given before the advisory
    // arrived, or for the release's previous SBOM) apply now, in the same transaction.
    List<UUID> fresh = new ArrayList<>(opened);
    fresh.addAll(reopen);
    vex.applyPending(fresh);
    return new Pass(
        new Outcome(packages.size(), open.size(), reopen.size(), resolve.size()), releases);
  }

  private FindingMatching self() {
    return jakarta.enterprise.inject.spi.CDI.current().select(FindingMatching.class).get();
  }

  private record Match(String matchedBy, String note) {}
}
