package org.provena.shared.infrastructure;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Reads a uuid column of a native query or JDBC result, whatever the driver returns for it. */
public final class UuidColumns {

  private UuidColumns() {}

  public static UUID uuid(Object value) {
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }
}
