package org.provena.shared.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562, section 5.7): 48 bits of Unix time in milliseconds, then random
 * bits. Rows inserted together get neighbouring keys, so a bulk insert of an SBOM's inventory
 * appends to the primary-key B-tree (and to every index that starts with the key) instead of
 * touching a random page per row. Within one millisecond the 12 bits after the version count up
 * (RFC 9562, section 6.2, method 1), so ids of one thread stay ordered.
 */
public final class TimeOrderedIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static long lastMillis;
  private static int counter;

  private TimeOrderedIds() {}

  public static UUID next() {
    long millis;
    int sequence;
    synchronized (TimeOrderedIds.class) {
      millis = Math.max(System.currentTimeMillis(), lastMillis);
      if (millis == lastMillis) {
        counter++;
        if (counter > 0xFFF) {
          // 4096 ids in one millisecond: borrow the next millisecond rather than lose order.
          millis++;
          counter = 0;
        }
      } else {
        counter = RANDOM.nextInt(0x400);
      }
      lastMillis = millis;
      sequence = counter;
    }
    long high = (millis << 16) | 0x7000L | sequence;
    long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
