package org.provena.sbom.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.provena.sbom.domain.ParsedSbom;

/**
 * Hands a document that the upload has just validated to the worker that processes it, so that a
 * small upload is read once, not twice. Keyed by the original's SHA-256, which fixes what the
 * document reads as. Only an optimisation: the worker reads the stored original whenever the entry
 * is gone (evicted, another instance, a restart), so durability never depends on it.
 *
 * <p>Bounded by the number of packages held (about 1 KB of heap each), oldest entries first out.
 */
@ApplicationScoped
public class RecentlyParsed {

  /** About 100 MB of heap at most. */
  static final int MAX_PACKAGES = 100_000;

  private final Map<String, ParsedSbom> entries = new LinkedHashMap<>();
  private int packages;

  /** Keeps a document just read from the original with this SHA-256. */
  public synchronized void keep(String sha256, ParsedSbom parsed) {
    int size = sizeOf(parsed);
    if (size > MAX_PACKAGES) {
      return;
    }
    ParsedSbom previous = entries.remove(sha256);
    if (previous != null) {
      packages -= sizeOf(previous);
    }
    entries.put(sha256, parsed);
    packages += size;
    for (Iterator<ParsedSbom> oldest = entries.values().iterator();
        packages > MAX_PACKAGES && oldest.hasNext(); ) {
      packages -= sizeOf(oldest.next());
      oldest.remove();
    }
  }

  /** The document read from this original, if it is still here; it is handed out once. */
  public synchronized Optional<ParsedSbom> take(String sha256) {
    ParsedSbom parsed = entries.remove(sha256);
    if (parsed != null) {
      packages -= sizeOf(parsed);
    }
    return Optional.ofNullable(parsed);
  }

  private static int sizeOf(ParsedSbom parsed) {
    return parsed.components().size() + 1;
  }
}
