package org.provena.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.provena.attestation.domain.EvidenceChanged;
import org.provena.device.domain.DeviceCompositionChanged;
import org.provena.finding.domain.FindingsChanged;
import org.provena.sbom.domain.SbomProcessed;
import org.provena.scoring.domain.ScoreBacklog;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.vulnerability.domain.VulnerabilitiesChanged;

/**
 * Which event marks which scores for computing — the one table of it:
 *
 * <table>
 *   <tr><th>event</th><th>marks</th></tr>
 *   <tr><td>{@link SbomProcessed}</td><td>its component release</td></tr>
 *   <tr><td>{@link FindingsChanged} (matched, VEX applied, assessed)</td><td>those releases</td></tr>
 *   <tr><td>{@link VulnerabilitiesChanged} (feed import: CVSS, EPSS, KEV moved)</td>
 *       <td>the releases with findings of those vulnerabilities</td></tr>
 *   <tr><td>{@link EvidenceChanged} for a release</td><td>that release</td></tr>
 *   <tr><td>{@link EvidenceChanged} for the supplier as a whole</td>
 *       <td>the supplier and all its releases</td></tr>
 *   <tr><td>{@link DeviceCompositionChanged}</td><td>that device release</td></tr>
 * </table>
 *
 * <p>Releases whose score then changes mark their supplier and device releases themselves (see
 * {@link ScoreRecomputation}); the daily pass marks everything for what time alone moves. Each
 * observer runs in the transaction of the change, so a mark commits with it or not at all.
 */
@ApplicationScoped
public class ScoreTriggers {

  @Inject ScoreBacklog backlog;
  @Inject Clock clock;

  void onSbomProcessed(@Observes SbomProcessed processed) {
    backlog.mark(
        ScoreSubject.COMPONENT_RELEASE, List.of(processed.componentReleaseId()), clock.instant());
  }

  void onFindingsChanged(@Observes FindingsChanged changed) {
    backlog.mark(ScoreSubject.COMPONENT_RELEASE, changed.componentReleaseIds(), clock.instant());
  }

  /** Fired after the import committed, so this mark has a transaction of its own. */
  @Transactional
  void onVulnerabilitiesChanged(@Observes VulnerabilitiesChanged changed) {
    backlog.markReleasesWithVulnerabilities(changed.vulnerabilities(), clock.instant());
  }

  void onEvidenceChanged(@Observes EvidenceChanged changed) {
    if (changed.componentReleaseId() == null) {
      backlog.markSupplierWithReleases(changed.supplierId(), clock.instant());
    } else {
      backlog.mark(
          ScoreSubject.COMPONENT_RELEASE, List.of(changed.componentReleaseId()), clock.instant());
    }
  }

  void onDeviceCompositionChanged(@Observes DeviceCompositionChanged changed) {
    backlog.mark(ScoreSubject.DEVICE_RELEASE, List.of(changed.deviceReleaseId()), clock.instant());
  }
}
