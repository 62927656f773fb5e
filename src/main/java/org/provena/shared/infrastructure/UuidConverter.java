package org.provena.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes UUIDs through unchanged. Its only purpose is to route every UUID attribute through
 * EclipseLink's converter path: the EclipseLink 4.0.7 that Payara 6 bundles throws a
 * NullPointerException reading a NULL uuid column otherwise (eclipse-ee4j/eclipselink#2768, fixed
 * after 4.0.7). Ids are untouched, since converters do not apply to them.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, UUID> {

  @Override
  public UUID convertToDatabaseColumn(UUID value) {
    return value;
  }

  @Override
  public UUID convertToEntityAttribute(UUID value) {
    return value;
  }
}
