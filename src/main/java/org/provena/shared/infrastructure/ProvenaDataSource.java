package org.provena.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Payara resolves the {@code MPCONFIG} placeholders at deploy
 * time, so the embedded H2 default (see microprofile-config.properties) is swapped for PostgreSQL
 * by setting {@code PROVENA_DB_URL}, {@code PROVENA_DB_DRIVER}, {@code PROVENA_DB_USER} and {@code
 * PROVENA_DB_PASSWORD} (ADR 0003).
 */
@DataSourceDefinition(
    name = ProvenaDataSource.JNDI_NAME,
    className = "${MPCONFIG=provena.db.driver}",
    url = "${MPCONFIG=provena.db.url}",
    user = "${MPCONFIG=provena.db.user}",
    password = "${MPCONFIG=provena.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class ProvenaDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/provena";
}
