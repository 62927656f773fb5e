package org.provena.sbom.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.sbom.application.SbomProcessing;
import org.provena.sbom.domain.SbomAccepted;
import org.provena.shared.infrastructure.DatabaseMigration.DatabaseReady;

/**
 * The background worker (Jakarta Concurrency) that drains the SBOM job queue. It starts once the
 * schema is ready, so jobs accepted before a crash or stop are picked up after the restart; it
 * polls every few seconds and is woken at once when an upload is accepted. One drain runs at a time
 * per instance; several instances share the queue safely through job leases, which the worker
 * renews while it processes a job.
 */
@ApplicationScoped
public class SbomWorker {

  private static final Logger LOG = Logger.getLogger(SbomWorker.class.getName());
  private static final int BATCH = 20;

  @Resource ManagedScheduledExecutorService executor;
  @Inject SbomProcessing processing;

  @Inject
  @ConfigProperty(name = "provena.sbom.poll-seconds", defaultValue = "5")
  long pollSeconds;

  private final String name =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  private final AtomicBoolean draining = new AtomicBoolean();
  private ScheduledFuture<?> schedule;

  void start(@Observes DatabaseReady ready) {
    schedule = executor.scheduleWithFixedDelay(this::drain, 1, pollSeconds, TimeUnit.SECONDS);
  }

  void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) SbomAccepted accepted) {
    executor.execute(this::drain);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** Takes and processes due jobs until none is left. */
  void drain() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    try {
      boolean more = true;
      while (more) {
        var due = processing.dueJobs(BATCH);
        more = due.size() == BATCH;
        for (UUID job : due) {
          runOne(job);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SBOM worker could not read the queue", e);
    } finally {
      draining.set(false);
    }
  }

  private void renew(UUID job) {
    try {
      if (!processing.renewLease(job, name)) {
        LOG.warning(() -> "lost the lease on processing job " + job + " to another worker");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not renew the lease on processing job " + job, e);
    }
  }

  private void runOne(UUID job) {
    boolean claimed;
    try {
      claimed = processing.claim(job, name);
    } catch (RuntimeException lostTheRace) {
      return;
    }
    if (!claimed) {
      return;
    }
    // While the job is processed (300k packages: about a minute), its lease is renewed, so that a
    // live worker keeps it and a crashed one loses it within one lease.
    long every = Math.max(1, processing.lease().toMillis() / 3);
    ScheduledFuture<?> renewal =
        executor.scheduleAtFixedRate(() -> renew(job), every, every, TimeUnit.MILLISECONDS);
    try {
      processing.process(job);
    } catch (RuntimeException e) {
      processing.failed(job, e);
    } finally {
      renewal.cancel(false);
    }
  }
}
