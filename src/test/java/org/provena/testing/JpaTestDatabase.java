package org.provena.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;

/**
 * The persistence unit {@code provena} outside the container: resource-local, on a fresh in-memory
 * H2 database migrated by Flyway, or on PostgreSQL when {@code -Dprovena.test.jdbc-url} names one
 * (benchmarks). The CDI beans under test get the entity manager through {@link #inject}.
 */
public final class JpaTestDatabase implements AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final EntityManagerFactory factory;
  private final EntityManager em;

  private JpaTestDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Map<String, Object> overrides = new HashMap<>();
    overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    overrides.put("jakarta.persistence.jtaDataSource", "");
    overrides.put("jakarta.persistence.jdbc.url", url);
    overrides.put("jakarta.persistence.jdbc.user", user);
    overrides.put("jakarta.persistence.jdbc.password", password);
    overrides.put("eclipselink.weaving", "false");
    factory = Persistence.createEntityManagerFactory("provena", overrides);
    em = factory.createEntityManager();
  }

  /** A fresh in-memory H2 database. */
  public static JpaTestDatabase h2() {
    return new JpaTestDatabase(
        "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /**
   * PostgreSQL when {@code provena.test.jdbc-url} is set (its schema is dropped and rebuilt: point
   * it at a schema of its own), else H2.
   */
  public static JpaTestDatabase fromSystemProperties() {
    String url = System.getProperty("provena.test.jdbc-url");
    if (url == null || url.isBlank()) {
      return h2();
    }
    String user = System.getProperty("provena.test.jdbc-user", "postgres");
    String password = System.getProperty("provena.test.jdbc-password", "");
    Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
    return new JpaTestDatabase(url, user, password);
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  public EntityManager em() {
    return em;
  }

  /** Sets the bean's {@code em} field (a CDI bean's {@code @PersistenceContext}). */
  public <T> T inject(T bean) {
    try {
      Field field = bean.getClass().getDeclaredField("em");
      field.setAccessible(true);
      field.set(bean, em);
      return bean;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot give " + bean + " an entity manager", e);
    }
  }

  /** Runs the work in a transaction, then clears the context so that reads reach the database. */
  public <T> T inTransaction(Supplier<T> work) {
    EntityTransaction transaction = em.getTransaction();
    transaction.begin();
    try {
      T result = work.get();
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      em.clear();
    }
  }

  public void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** A plain connection to the same database (for checks the beans do not offer). */
  public Connection connection() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public void close() throws SQLException {
    em.close();
    factory.close();
    if (url.startsWith("jdbc:h2:")) {
      try (Connection connection = connection();
          Statement statement = connection.createStatement()) {
        statement.execute("shutdown");
      }
    }
  }
}
