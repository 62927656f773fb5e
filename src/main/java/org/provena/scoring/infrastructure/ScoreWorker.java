package org.provena.scoring.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.scoring.application.ScoreRecomputation;
import org.provena.shared.infrastructure.DatabaseMigration.DatabaseReady;

/**
 * Drains the score backlog in the background (Jakarta Concurrency): every {@code
 * provena.score-worker.poll-millis} (default 1000) it computes batches of {@code
 * provena.score-worker.batch-size} subjects until none is left. Soon after start-up it marks what
 * was never scored; {@code provena.score-worker.first-full-minutes} after start-up (default 5), and
 * then every {@code provena.score-worker.full-hours} (default 24), it marks everything, because SLA
 * age, evidence expiry and end of support move scores with no event at all. One drain runs at a
 * time per instance.
 */
@ApplicationScoped
public class ScoreWorker {

  private static final Logger LOG = Logger.getLogger(ScoreWorker.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject ScoreRecomputation recomputation;

  @Inject
  @ConfigProperty(name = "provena.score-worker.poll-millis", defaultValue = "1000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "provena.score-worker.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "provena.score-worker.full-hours", defaultValue = "24")
  long fullHours;

  /**
   * The first daily pass after start-up: soon, to catch up on what time moved while the server was
   * down, but not at once — changes during start-up (the demo's seeding) mark their own subjects.
   */
  @Inject
  @ConfigProperty(name = "provena.score-worker.first-full-minutes", defaultValue = "5")
  long firstFullMinutes;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

  void start(@Observes DatabaseReady ready) {
    // After start-up seeding, which marks its own subjects but not a supplier without releases.
    schedules.add(executor.schedule(this::markUnscored, 20, TimeUnit.SECONDS));
    schedules.add(
        executor.scheduleWithFixedDelay(
            this::markAll, firstFullMinutes, fullHours * 60, TimeUnit.MINUTES));
    schedules.add(
        executor.scheduleWithFixedDelay(
            this::drain, pollMillis, pollMillis, TimeUnit.MILLISECONDS));
  }

  @PreDestroy
  void stop() {
    schedules.forEach(s -> s.cancel(false));
  }

  private void markUnscored() {
    try {
      recomputation.markUnscored();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Unscored subjects were not marked; the daily pass will", e);
    }
  }

  private void markAll() {
    try {
      recomputation.markAll();
    } catch (RuntimeException e) {
      // Tried again at the next interval; a failed pass must not end the schedule.
      LOG.log(Level.WARNING, "Scores were not marked for the daily pass", e);
    }
  }

  /** Computes batches until the backlog is empty. */
  void drain() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    try {
      long start = System.nanoTime();
      int computed = 0;
      int changed = 0;
      ScoreRecomputation.Batch batch;
      while (!(batch = recomputation.next(batchSize)).isEmpty()) {
        computed += batch.computed();
        changed += batch.changed();
      }
      if (computed > 0) {
        int c = computed;
        int m = changed;
        LOG.fine(
            () ->
                "Scores computed: %d, changed: %d, in %d ms"
                    .formatted(c, m, (System.nanoTime() - start) / 1_000_000));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scores were not computed; the backlog keeps them", e);
    } finally {
      draining.set(false);
    }
  }
}
