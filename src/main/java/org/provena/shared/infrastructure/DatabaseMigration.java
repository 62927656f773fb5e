package org.provena.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything touches the database, then announces
 * {@link DatabaseReady} so that start-up work (the demo data, the job worker) can begin.
 * EclipseLink never generates DDL: the migrations in {@code db/migration} are the schema (ADR
 * 0003).
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = ProvenaDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<DatabaseReady> ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, "
                + result.database
                + ")");
    ready.fire(new DatabaseReady());
  }

  /** Fired once the schema is current. */
  public record DatabaseReady() {}
}
