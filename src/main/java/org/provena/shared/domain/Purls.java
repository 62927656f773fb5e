package org.provena.shared.domain;

import com.github.packageurl.PackageURL;
import java.util.regex.Pattern;

/**
 * Canonical purls. packageurl-java 1.5.0 percent-encodes {@code :} in versions, qualifier values
 * and subpaths ({@code pkg:deb/debian/curl@7.50.3-1%3A1}); the purl specification leaves it
 * unencoded everywhere ({@code 7.50.3-1:1}, a Debian epoch), and so do the tools that write SBOMs.
 * The purl-spec suite checks this form (PurlSpecSuiteTest).
 */
public final class Purls {

  private static final Pattern ENCODED_COLON = Pattern.compile("%3[aA]");

  private Purls() {}

  /** The specification's canonical form of a parsed purl. */
  public static String canonical(PackageURL purl) {
    return ENCODED_COLON.matcher(purl.canonicalize()).replaceAll(":");
  }
}
