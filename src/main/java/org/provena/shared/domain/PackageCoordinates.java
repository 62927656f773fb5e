package org.provena.shared.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a package sits in its ecosystem, reduced to what vulnerability matching compares: the purl
 * type, a match key ({@code type/namespace/name}, in the form under which the ecosystem treats two
 * names as the same package) and the version.
 *
 * <p>The key folds case (every ecosystem Provena matches treats names case-insensitively in
 * practice) and, for PyPI, runs of {@code -_.} to one {@code -} (PEP 503). An SBOM's package and an
 * advisory's package are the same exactly when their keys are equal, so both sides are reduced
 * here.
 */
public record PackageCoordinates(String type, String key, String version) {

  /**
   * The coordinates of a purl; empty when it is not one. The purl is read leniently (it is usually
   * canonical already): qualifiers and subpath are ignored, percent-escapes decoded.
   */
  public static Optional<PackageCoordinates> ofPurl(String purl) {
    if (purl == null || !purl.regionMatches(true, 0, "pkg:", 0, 4)) {
      return Optional.empty();
    }
    String rest = purl.substring(4);
    while (rest.startsWith("/")) {
      rest = rest.substring(1);
    }
    int cut = indexOf(rest, '#');
    rest = rest.substring(0, cut);
    cut = indexOf(rest, '?');
    rest = rest.substring(0, cut);
    String version = null;
    int at = rest.lastIndexOf('@');
    int lastSlash = rest.lastIndexOf('/');
    if (at > lastSlash) {
      version = decode(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      return Optional.empty();
    }
    String type = rest.substring(0, slash).toLowerCase(Locale.ROOT);
    String path = rest.substring(slash + 1);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int nameAt = path.lastIndexOf('/');
    String namespace = nameAt < 0 ? null : path.substring(0, nameAt);
    String name = path.substring(nameAt + 1);
    StringBuilder decodedNamespace = new StringBuilder();
    if (namespace != null) {
      for (String segment : namespace.split("/")) {
        if (!segment.isEmpty()) {
          decodedNamespace
              .append(decodedNamespace.length() == 0 ? "" : "/")
              .append(decode(segment));
        }
      }
    }
    return Optional.of(
        new PackageCoordinates(
            type,
            key(
                type,
                decodedNamespace.length() == 0 ? null : decodedNamespace.toString(),
                decode(name)),
            version == null || version.isEmpty() ? null : version));
  }

  /**
   * The coordinates of a CPE (2.3 formatted string or 2.2 URI): key {@code
   * cpe/part:vendor:product}, version the CPE's version field unless it is {@code *} or {@code -}.
   */
  public static Optional<PackageCoordinates> ofCpe(String cpe) {
    if (cpe == null) {
      return Optional.empty();
    }
    String[] parts;
    if (cpe.startsWith("cpe:2.3:")) {
      parts = cpe.substring(8).split("(?<!\\\\):", -1);
    } else if (cpe.startsWith("cpe:/")) {
      parts = cpe.substring(5).split(":", -1);
    } else {
      return Optional.empty();
    }
    if (parts.length < 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      return Optional.empty();
    }
    String version = parts.length > 3 ? parts[3] : null;
    if (version != null && (version.isEmpty() || version.equals("*") || version.equals("-"))) {
      version = null;
    }
    String key = ("cpe/" + parts[0] + ":" + parts[1] + ":" + parts[2]).toLowerCase(Locale.ROOT);
    return Optional.of(
        new PackageCoordinates("cpe", key, version == null ? null : version.replace("\\", "")));
  }

  /** The package's name as where-used searches compare it: the key's last segment. */
  public String name() {
    int slash = key.lastIndexOf('/');
    return key.substring(slash + 1);
  }

  /**
   * The match key of a package given as purl parts; {@code namespace} may be null or hold several
   * segments ({@code github.com/gin-gonic} for Go).
   */
  public static String key(String type, String namespace, String name) {
    String t = type.toLowerCase(Locale.ROOT);
    String n = name.toLowerCase(Locale.ROOT);
    if (t.equals("pypi")) {
      n = n.replaceAll("[-_.]+", "-");
    }
    if (namespace == null || namespace.isBlank()) {
      return t + "/" + n;
    }
    return t + "/" + namespace.toLowerCase(Locale.ROOT) + "/" + n;
  }

  private static int indexOf(String s, char c) {
    int i = s.indexOf(c);
    return i < 0 ? s.length() : i;
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedEscape) {
      // An SBOM may keep a purl that is not valid as it came ("1.0%"): its text is its name.
      return s;
    }
  }
}
