package org.provena.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a {@code TIMESTAMP WITH TIME ZONE} in UTC. JPA 3.1 lists Instant
 * as a basic type, but EclipseLink 4.0 (Payara 6) still serialises it into a binary value; {@link
 * OffsetDateTime} is the java.time type it binds natively on both H2 and PostgreSQL.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
