package org.provena.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the audit log: who did what to which subject, when, for which supplier. Entries are
 * numbered by the application from the {@code audit_event_seq} sequence and chained: each {@link
 * #entryHash()} is the SHA-256 of the entry's content and the {@link #previousHash()} of the entry
 * before it ({@link #GENESIS_HASH} for the first). An entry is never changed or removed; {@link
 * #verifies()} recomputes its hash.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** The previous hash of the first entry. */
  public static final String GENESIS_HASH = "0".repeat(64);

  // Separates fields in the hashed content; a unit separator cannot be confused with field text.
  private static final char SEPARATOR = '\u001f';

  @Id
  @Column(name = "seq", updatable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "supplier_id", updatable = false)
  private UUID supplierId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", updatable = false)
  private String subjectId;

  @Column(updatable = false)
  private String detail;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "entry_hash", nullable = false, updatable = false)
  private String entryHash;

  protected AuditEvent() {}

  /**
   * The entry numbered {@code seq}, following the entry whose hash is {@code previousHash}. {@code
   * supplierId} is the supplier whose data changed, if any; {@code detail} is JSON text.
   */
  public static AuditEvent record(
      long seq,
      String previousHash,
      Instant occurredAt,
      String actor,
      UUID supplierId,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    AuditEvent e = new AuditEvent();
    e.seq = seq;
    e.previousHash = Objects.requireNonNull(previousHash, "previousHash");
    // Truncated to what a timestamp column keeps, so the hash survives the round trip.
    e.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    e.actor = Objects.requireNonNull(actor, "actor");
    e.supplierId = supplierId;
    e.action = Objects.requireNonNull(action, "action");
    e.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    e.subjectId = subjectId;
    e.detail = detail;
    e.entryHash = e.computeHash();
    return e;
  }

  /** The stored hash matches the entry's content and predecessor. */
  public boolean verifies() {
    return computeHash().equals(entryHash);
  }

  /** This entry directly follows {@code previous} in the chain. */
  public boolean follows(AuditEvent previous) {
    return previousHash.equals(previous.entryHash) && seq > previous.seq;
  }

  private String computeHash() {
    String content =
        String.join(
            String.valueOf(SEPARATOR),
            Long.toString(seq),
            occurredAt.toString(),
            actor,
            supplierId == null ? "" : supplierId.toString(),
            action,
            subjectType,
            subjectId == null ? "" : subjectId,
            detail == null ? "" : detail,
            previousHash);
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  public long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public Optional<UUID> supplierId() {
    return Optional.ofNullable(supplierId);
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public Optional<String> subjectId() {
    return Optional.ofNullable(subjectId);
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  public String previousHash() {
    return previousHash;
  }

  public String entryHash() {
    return entryHash;
  }
}
