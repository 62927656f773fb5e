package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cyclonedx.Version;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomProblem;

/**
 * Tells which SBOM format a document is in from its content alone, never its file name: it sniffs
 * the first {@value #SNIFF_BYTES} bytes (after a UTF-8 byte order mark and whitespace) for the
 * marker each specification requires of a document. CycloneDX versions are checked here against
 * those the CycloneDX library can validate (1.2 and later), so an unsupported version is rejected
 * before any parsing.
 */
@ApplicationScoped
public class SbomFormatDetector {

  static final int SNIFF_BYTES = 64 * 1024;

  /** The oldest CycloneDX version accepted: 1.2 introduced the JSON format and dependencies. */
  private static final double OLDEST_CYCLONEDX = 1.2;

  private static final Pattern CDX_BOM_FORMAT =
      Pattern.compile("\"bomFormat\"\\s*:\\s*\"CycloneDX\"");
  private static final Pattern CDX_SPEC_VERSION =
      Pattern.compile("\"specVersion\"\\s*:\\s*\"([^\"]{0,20})\"");
  private static final Pattern SPDX_JSON_VERSION =
      Pattern.compile("\"spdxVersion\"\\s*:\\s*\"SPDX-(\\d+\\.\\d+)\"");
  // SPDX 3.0 serialisation spec: the JSON-LD @context is
  // https://spdx.org/rdf/3.0.x/spdx-context.jsonld
  private static final Pattern SPDX3_CONTEXT =
      Pattern.compile(
          "\"@context\"\\s*:\\s*\\[?\\s*\"https?://spdx\\.org/rdf/(3\\.0(?:\\.\\d+)?)/[^\"]*\"");
  // SPDX 2.x tag-value: the first tag of the document creation information is SPDXVersion.
  private static final Pattern SPDX_TAG_VERSION =
      Pattern.compile("(?m)^[ \\t]*SPDXVersion:[ \\t]*SPDX-(\\d+\\.\\d+)[ \\t]*\\r?$");
  private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern XML_DOCTYPE =
      Pattern.compile("<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>", Pattern.DOTALL);
  private static final Pattern XML_ROOT =
      Pattern.compile("<(?:([A-Za-z_][\\w.\\-]*):)?([A-Za-z_][\\w.\\-]*)([^>]*)>", Pattern.DOTALL);
  private static final Pattern CDX_NAMESPACE =
      Pattern.compile("http://cyclonedx\\.org/schema/bom/(\\d+\\.\\d+)");

  /**
   * The format and declared specification version of the document.
   *
   * @throws InvalidSbomException when the content is neither CycloneDX nor SPDX, or declares a
   *     CycloneDX version that cannot be validated
   */
  public DetectedFormat detect(Path document) throws InvalidSbomException {
    String head = stripLeadingNoise(readHead(document));
    if (head.startsWith("<")) {
      return detectXml(head);
    }
    if (head.startsWith("{")) {
      return detectJson(head);
    }
    Matcher tag = SPDX_TAG_VERSION.matcher(head);
    if (tag.find()) {
      return new DetectedFormat(SbomFormat.SPDX_TAG_VALUE, tag.group(1));
    }
    throw notAnSbom("it is neither JSON nor XML and has no SPDXVersion tag");
  }

  /** CycloneDX versions this portal validates and reads, oldest first. */
  public static List<String> supportedCycloneDxVersions() {
    return Arrays.stream(Version.values())
        .filter(v -> v.getVersion() >= OLDEST_CYCLONEDX)
        .map(Version::getVersionString)
        .collect(Collectors.toList());
  }

  private static DetectedFormat detectJson(String head) throws InvalidSbomException {
    if (CDX_BOM_FORMAT.matcher(head).find()) {
      Matcher version = CDX_SPEC_VERSION.matcher(head);
      if (!version.find()) {
        throw new InvalidSbomException(
            "CycloneDX JSON without a specVersion",
            new SbomProblem("$.specVersion", "a CycloneDX document must declare its specVersion"));
      }
      return new DetectedFormat(
          SbomFormat.CYCLONEDX_JSON, supportedCycloneDx(version.group(1), "$.specVersion"));
    }
    Matcher spdx = SPDX_JSON_VERSION.matcher(head);
    if (spdx.find()) {
      return new DetectedFormat(SbomFormat.SPDX_JSON, spdx.group(1));
    }
    Matcher spdx3 = SPDX3_CONTEXT.matcher(head);
    if (spdx3.find()) {
      return new DetectedFormat(SbomFormat.SPDX_JSON_LD, spdx3.group(1));
    }
    throw notAnSbom(
        "a JSON document with neither \"bomFormat\": \"CycloneDX\", an \"spdxVersion\" nor an"
            + " SPDX 3 @context");
  }

  private static DetectedFormat detectXml(String head) throws InvalidSbomException {
    String body = XML_DOCTYPE.matcher(XML_COMMENT.matcher(head).replaceAll("")).replaceAll("");
    Matcher root = XML_ROOT.matcher(body);
    if (!root.find()) {
      throw notAnSbom("an XML document without a root element in its first 64 KiB");
    }
    String prefix = root.group(1);
    String localName = root.group(2);
    String attributes = root.group(3);
    if (!"bom".equals(localName)) {
      throw notAnSbom("an XML document whose root element is <" + root.group(0).substring(1));
    }
    // CycloneDX XML: the root <bom> is in namespace http://cyclonedx.org/schema/bom/<version>.
    Pattern declaration =
        Pattern.compile(
            "xmlns"
                + (prefix == null ? "" : ":" + Pattern.quote(prefix))
                + "\\s*=\\s*[\"']([^\"']*)[\"']");
    Matcher ns = declaration.matcher(attributes);
    if (!ns.find()) {
      throw notAnSbom("an XML <bom> element without a namespace");
    }
    Matcher cdx = CDX_NAMESPACE.matcher(ns.group(1));
    if (!cdx.matches()) {
      throw notAnSbom("an XML <bom> element in namespace " + ns.group(1));
    }
    return new DetectedFormat(SbomFormat.CYCLONEDX_XML, supportedCycloneDx(cdx.group(1), "line 1"));
  }

  private static String supportedCycloneDx(String version, String location)
      throws InvalidSbomException {
    List<String> supported = supportedCycloneDxVersions();
    if (!supported.contains(version)) {
      String message =
          "CycloneDX "
              + version
              + " is not supported; supported versions are "
              + String.join(", ", supported);
      throw new InvalidSbomException(message, new SbomProblem(location, message));
    }
    return version;
  }

  private static InvalidSbomException notAnSbom(String what) {
    String message = "not an SBOM: neither CycloneDX nor SPDX (" + what + ")";
    return new InvalidSbomException(message, new SbomProblem("$", message));
  }

  private static String readHead(Path document) throws InvalidSbomException {
    try (InputStream in = Files.newInputStream(document)) {
      byte[] head = in.readNBytes(SNIFF_BYTES);
      return new String(head, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidSbomException(
          "the document cannot be read", new SbomProblem("$", "cannot be read: " + e.getMessage()));
    }
  }

  private static String stripLeadingNoise(String text) {
    int start = 0;
    if (text.startsWith("\uFEFF")) {
      start = 1;
    }
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }
}
