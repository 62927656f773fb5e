package org.provena.attestation.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.attestation.application.EvidenceExpiry;
import org.provena.shared.infrastructure.DatabaseMigration.DatabaseReady;

/**
 * Runs the evidence expiry pass once the database is ready and then every {@code
 * provena.attestation.expiry-check-hours} (default 24): verified evidence becomes expiring 30 days
 * before its end and expired on it, without anybody opening it.
 */
@ApplicationScoped
public class EvidenceExpiryScheduler {

  private static final Logger LOG = Logger.getLogger(EvidenceExpiryScheduler.class.getName());

  @Inject EvidenceExpiry expiry;

  @Inject
  @ConfigProperty(name = "provena.attestation.expiry-check-hours", defaultValue = "24")
  long intervalHours;

  @Resource ManagedScheduledExecutorService scheduler;

  void onReady(@Observes DatabaseReady ready) {
    scheduler.scheduleWithFixedDelay(this::pass, 1, intervalHours * 60, TimeUnit.MINUTES);
  }

  private void pass() {
    try {
      expiry.reconsider();
    } catch (RuntimeException e) {
      // A failed pass is tried again at the next interval; it must not end the schedule.
      LOG.log(Level.WARNING, "Evidence expiry pass failed", e);
    }
  }
}
