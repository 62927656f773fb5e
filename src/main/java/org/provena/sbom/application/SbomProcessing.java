package org.provena.sbom.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.sbom.domain.DependencyEdge;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ProcessingJob;
import org.provena.sbom.domain.ProcessingJobRepository;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomPackage;
import org.provena.sbom.domain.SbomPackageRepository;
import org.provena.sbom.domain.SbomProblem;
import org.provena.sbom.domain.SbomProcessed;
import org.provena.sbom.domain.SbomRepository;
import org.provena.sbom.domain.SbomStatus;
import org.provena.sbom.domain.quality.DeclaredSupport;
import org.provena.sbom.domain.quality.QualityAssessor;
import org.provena.sbom.domain.quality.QualityReport;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * Processes accepted SBOMs: a worker {@link #claim claims} a due job under a lease, then {@link
 * #process processes} it in one transaction — parse, quality profiles, inventory, document status,
 * job completion — so that a crash at any point leaves the job to be taken again after its lease
 * runs out, and the inventory is written exactly once. Invalid documents are rejected with their
 * problems and leave no inventory.
 */
@ApplicationScoped
public class SbomProcessing {

  private static final Logger LOG = Logger.getLogger(SbomProcessing.class.getName());

  static final int MAX_ATTEMPTS = 5;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ProcessingJobRepository jobs;
  @Inject SbomRepository sboms;
  @Inject SbomPackageRepository packages;
  @Inject OriginalStore originals;
  @Inject SbomParser parser;
  @Inject RecentlyParsed recentlyParsed;
  @Inject ComponentCatalogue catalogue;
  @Inject SupplierScopeResolver scopes;
  @Inject Event<SbomProcessed> processed;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  /**
   * How long a claimed job is a worker's before another may take it. The worker renews the lease
   * while it processes (every third of it), so this bounds how long a job waits after its worker
   * crashed, not how long processing may take.
   */
  @Inject
  @ConfigProperty(name = "provena.sbom.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  /** Due jobs, oldest first. */
  @Transactional
  public List<UUID> dueJobs(int limit) {
    return jobs.findReady(SbomIntake.JOB_KIND, clock.instant(), limit).stream()
        .map(ProcessingJob::id)
        .toList();
  }

  /**
   * Takes the job for this worker if it is still due. Concurrent workers (other threads or
   * instances) race on the row version: exactly one wins, the others see false.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(UUID jobId, String worker) {
    Optional<ProcessingJob> job = jobs.find(jobId);
    if (job.isEmpty()) {
      return false;
    }
    boolean due =
        job.get().state() == org.provena.sbom.domain.JobState.QUEUED
            ? !job.get().availableAt().isAfter(clock.instant())
            : job.get().leaseExpiredAt(clock.instant());
    if (!due) {
      return false;
    }
    job.get().lease(worker, clock.instant().plus(lease()));
    jobs.store(job.get());
    return true;
  }

  /** The lease a claim or renewal grants. */
  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  /** Renews this worker's lease on a job it is processing; false once another worker has it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean renewLease(UUID jobId, String worker) {
    return jobs.extendLease(jobId, worker, clock.instant().plus(lease()));
  }

  /** Processes a claimed job; everything it writes commits together or not at all. */
  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void process(UUID jobId) {
    scopes.actAsSystem();
    SupplierScope system = SupplierScope.all();
    ProcessingJob job = jobs.find(jobId).orElseThrow();
    SbomDocument sbom = sboms.find(system, job.subjectId()).orElse(null);
    if (sbom == null
        || sbom.status() == SbomStatus.PROCESSED
        || sbom.status() == SbomStatus.REJECTED) {
      job.complete(clock.instant());
      jobs.store(job);
      return;
    }
    sbom.startProcessing();
    try {
      long start = System.nanoTime();
      Optional<ParsedSbom> validatedAtUpload = recentlyParsed.take(sbom.originalSha256());
      ParsedSbom parsed =
          validatedAtUpload.isPresent()
              ? validatedAtUpload.get()
              : parser.parse(originals.path(sbom.originalSha256()));
      long read = System.nanoTime();
      List<SbomPackage> inventory = new ArrayList<>();
      List<DependencyEdge> edges = new ArrayList<>();
      List<String> warnings = inventoryOf(sbom, parsed, inventory, edges);
      if (parsed.primary() != null && !inventory.isEmpty()) {
        sbom.recordPrimary(inventory.get(0).id());
      }
      // The quality profiles are pure computation: they run on the other core while the database
      // takes the inventory (10k packages: ~100 ms that no longer add to the wait).
      DeclaredSupport support = declaredSupport(sbom);
      CompletableFuture<QualityReport> assessing =
          CompletableFuture.supplyAsync(
              () -> new QualityAssessor().assess(parsed, support), executor);
      long mapped = System.nanoTime();
      packages.storeInventory(system, sbom, inventory, edges);
      long stored = System.nanoTime();
      QualityReport quality = joined(assessing);
      sbom.recordHashCoverage(
          (int) inventory.stream().filter(p -> !p.hashes().isEmpty()).count(),
          (int)
              inventory.stream()
                  .filter(p -> p.hashes().stream().anyMatch(h -> h.algorithm().isStrong()))
                  .count());
      sbom.markProcessed(
          parsed.metadata(), inventory.size(), JSON.toJson(quality), clock.instant());
      LOG.info(
          () ->
              "SBOM %s: %d packages, %d edges; read %d ms, mapped %d ms, stored %d ms"
                  .formatted(
                      sbom.id(),
                      inventory.size(),
                      edges.size(),
                      (read - start) / 1_000_000,
                      (mapped - read) / 1_000_000,
                      (stored - mapped) / 1_000_000));
      if (!warnings.isEmpty()) {
        LOG.fine(() -> "SBOM " + sbom.id() + ": " + warnings);
      }
      List<UUID> superseded = sboms.supersedeOthers(system, sbom, clock.instant());
      processed.fire(
          new SbomProcessed(sbom.id(), sbom.componentReleaseId(), sbom.supplierId(), superseded));
    } catch (InvalidSbomException e) {
      sbom.reject(null, null, JSON.toJson(e.problems()), clock.instant());
    }
    sboms.store(system, sbom);
    job.complete(clock.instant());
    jobs.store(job);
  }

  /**
   * Records a failed attempt (the processing transaction rolled back): the job is tried again with
   * growing delays; after {@value #MAX_ATTEMPTS} attempts the document is rejected with the error.
   */
  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(UUID jobId, Exception error) {
    scopes.actAsSystem();
    ProcessingJob job = jobs.find(jobId).orElseThrow();
    String message = error.getClass().getSimpleName() + ": " + error.getMessage();
    LOG.log(
        Level.WARNING,
        "processing job " + jobId + " failed (attempt " + job.attempts() + ")",
        error);
    if (job.attempts() < MAX_ATTEMPTS) {
      job.fail(message, clock.instant().plusSeconds(30L << job.attempts()));
    } else {
      job.giveUp(message, clock.instant());
      sboms
          .find(SupplierScope.all(), job.subjectId())
          .filter(sbom -> sbom.status() == SbomStatus.PENDING)
          .ifPresent(
              sbom -> {
                sbom.reject(
                    null,
                    null,
                    JSON.toJson(
                        List.of(
                            new SbomProblem(
                                "$", "Processing failed " + MAX_ATTEMPTS + " times: " + message))),
                    clock.instant());
                sboms.store(SupplierScope.all(), sbom);
              });
    }
    jobs.store(job);
  }

  private static QualityReport joined(CompletableFuture<QualityReport> assessing) {
    try {
      return assessing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private DeclaredSupport declaredSupport(SbomDocument sbom) {
    Optional<ReleaseDetails> release = catalogue.findRelease(sbom.componentReleaseId());
    String level = release.map(r -> r.levelOfSupport().name()).orElse(null);
    LocalDate endOfSupport = release.map(ReleaseDetails::endOfSupport).orElse(null);
    return new DeclaredSupport("UNKNOWN".equals(level) ? null : level, endOfSupport);
  }

  /**
   * The packages (primary component first) and edges to store. A reference used twice keeps its
   * first component; edges naming unknown references are dropped; both are reported as warnings
   * (the first few of them). Edges are deduplicated as pairs of package positions, sorted: 600,000
   * edges cost 5 MB that way instead of a set of 600,000 string pairs.
   */
  private static List<String> inventoryOf(
      SbomDocument sbom,
      ParsedSbom parsed,
      List<SbomPackage> inventory,
      List<DependencyEdge> edges) {
    List<String> warnings = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    List<ParsedSbom.Component> all = new ArrayList<>();
    if (parsed.primary() != null) {
      all.add(parsed.primary());
    }
    all.addAll(parsed.components());
    for (ParsedSbom.Component component : all) {
      if (positions.putIfAbsent(component.ref(), inventory.size()) != null) {
        warn(warnings, "duplicate reference " + component.ref());
        continue;
      }
      inventory.add(SbomPackage.listedIn(sbom, component.entry()));
    }
    long[] pairs = new long[parsed.dependencies().size()];
    int count = 0;
    for (ParsedSbom.Dependency dependency : parsed.dependencies()) {
      Integer from = positions.get(dependency.from());
      Integer to = positions.get(dependency.to());
      if (from == null || to == null) {
        warn(warnings, "dependency on an unknown reference: " + dependency);
      } else if (!from.equals(to)) {
        pairs[count++] = ((long) from << 32) | to;
      }
    }
    Arrays.sort(pairs, 0, count);
    for (int i = 0; i < count; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        edges.add(
            DependencyEdge.between(
                inventory.get((int) (pairs[i] >>> 32)), inventory.get((int) pairs[i])));
      }
    }
    return warnings;
  }

  private static void warn(List<String> warnings, String warning) {
    if (warnings.size() < 100) {
      warnings.add(warning);
    }
  }
}
