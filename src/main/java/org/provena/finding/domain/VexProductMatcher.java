package org.provena.finding.domain;

import java.util.Locale;
import java.util.Optional;
import org.provena.finding.domain.VexLinks.Candidate;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.PackageCoordinates;

/**
 * Whether a VEX statement's product covers a finding. A product names either the component release
 * (its purl, CPE, an artifact hash, a BOM-Link to its SBOM's primary component, or its name and
 * version) — then it covers every finding of the release, or with subcomponents only the findings
 * of the packages they name — or a package in it directly (purl, CPE, hash, bom-ref, BOM-Link, name
 * and version).
 *
 * <p>Purls compare as vulnerability matching compares them ({@link PackageCoordinates}: type,
 * namespace and name as the ecosystem folds them), a version only when the product gives one
 * (OpenVEX: a purl without version means every version); qualifiers are not compared. CPEs and
 * names compare case-insensitively.
 */
public final class VexProductMatcher {

  private VexProductMatcher() {}

  public static boolean covers(VexProduct product, Candidate finding) {
    if (isRelease(product, finding)) {
      return product.subcomponents().isEmpty()
          || product.subcomponents().stream().anyMatch(sub -> isPackage(sub, finding));
    }
    return isPackage(product, finding);
  }

  static boolean isRelease(VexProduct product, Candidate f) {
    if (product.bomRef() != null
        && product.bomRef().startsWith("urn:cdx:")
        && f.sbomPrimaryRef() != null
        && bomLink(product.bomRef(), f.sbomSerial(), f.sbomPrimaryRef())) {
      // A BOM-Link to an SBOM's primary component names the product the SBOM describes.
      return true;
    }
    if (product.purl() != null && f.releasePurl() != null) {
      return samePurl(product.purl(), f.releasePurl());
    }
    if (product.cpe() != null && f.releaseCpe() != null) {
      return product.cpe().equalsIgnoreCase(f.releaseCpe());
    }
    for (ArtifactHash hash : product.hashes()) {
      if (f.releaseHashes().contains(hash)) {
        return true;
      }
    }
    return product.purl() == null
        && product.cpe() == null
        && product.hashes().isEmpty()
        && product.bomRef() == null
        && sameName(product.name(), f.componentName())
        && product.version() != null
        && product.version().equals(f.releaseVersion());
  }

  static boolean isPackage(VexProduct product, Candidate f) {
    if (product.purl() != null) {
      return f.purl() != null && samePurl(product.purl(), f.purl());
    }
    if (product.cpe() != null) {
      return f.cpe() != null && product.cpe().equalsIgnoreCase(f.cpe());
    }
    if (!product.hashes().isEmpty()) {
      return product.hashes().stream().anyMatch(f.packageHashes()::contains);
    }
    if (product.bomRef() != null) {
      return sameBomRef(product.bomRef(), f);
    }
    return sameName(product.name(), f.name())
        && (product.version() == null || product.version().equals(f.version()));
  }

  /**
   * A BOM-Link ({@code urn:cdx:<serial>/<version>#<bom-ref>}, CycloneDX 1.5 "BOM-Link") names a
   * component of one SBOM by serial number; a plain bom-ref names one in the SBOM the finding came
   * from.
   */
  private static boolean sameBomRef(String ref, Candidate f) {
    if (f.bomRef() == null) {
      return false;
    }
    if (ref.startsWith("urn:cdx:")) {
      return bomLink(ref, f.sbomSerial(), f.bomRef());
    }
    return ref.equals(f.bomRef());
  }

  /** Whether a BOM-Link names the component {@code bomRef} of the SBOM with this serial number. */
  private static boolean bomLink(String link, String sbomSerial, String bomRef) {
    int hash = link.indexOf('#');
    if (hash < 0 || sbomSerial == null || bomRef == null) {
      return false;
    }
    int slash = link.lastIndexOf('/', hash);
    String serial = link.substring("urn:cdx:".length(), slash < 0 ? hash : slash);
    String component =
        java.net.URLDecoder.decode(
            link.substring(hash + 1), java.nio.charset.StandardCharsets.UTF_8);
    String ownSerial =
        sbomSerial.startsWith("urn:uuid:")
            ? sbomSerial.substring("urn:uuid:".length())
            : sbomSerial;
    return serial.equalsIgnoreCase(ownSerial) && component.equals(bomRef);
  }

  private static boolean samePurl(String productPurl, String purl) {
    Optional<PackageCoordinates> product = PackageCoordinates.ofPurl(productPurl);
    Optional<PackageCoordinates> candidate = PackageCoordinates.ofPurl(purl);
    if (product.isEmpty() || candidate.isEmpty()) {
      return productPurl.equalsIgnoreCase(purl);
    }
    return product.get().key().equals(candidate.get().key())
        && (product.get().version() == null
            || product.get().version().equals(candidate.get().version()));
  }

  private static boolean sameName(String a, String b) {
    return a != null
        && b != null
        && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }
}
