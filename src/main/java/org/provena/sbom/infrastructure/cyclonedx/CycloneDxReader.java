package org.provena.sbom.infrastructure.cyclonedx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomProblem;
import org.provena.sbom.infrastructure.DetectedFormat;
import org.provena.sbom.infrastructure.SbomReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads CycloneDX JSON and XML documents of the versions the CycloneDX library ships schemas for
 * (1.2 and later). A document is first validated against the schema of the version it declares,
 * collecting every error with its location (a JSON path, or an XML line and column); only a valid
 * document is turned into a {@link ParsedSbom} by {@link CycloneDxMapping}. JSON is read in two
 * streaming passes ({@link CycloneDxJsonStream}), so that a document of hundreds of thousands of
 * components never sits in memory as a tree.
 *
 * <p>Hostile input is refused before it can do harm: XML may not carry a document type declaration
 * at all (no external entities, no entity expansion), and JSON nesting is bounded so that a deeply
 * nested document is a clean rejection. Schemas are compiled once per version and shared; the
 * reader is otherwise stateless and safe for concurrent use.
 */
@ApplicationScoped
public class CycloneDxReader implements SbomReader {

  /** Deepest JSON nesting accepted; real SBOMs nest components a few dozen levels at most. */
  static final int MAX_JSON_DEPTH = 1000;

  static final int MAX_REPORTED_PROBLEMS = 1000;

  private final ObjectMapper json =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Map<Version, Schema> jsonSchemas = new ConcurrentHashMap<>();
  private final Map<Version, CycloneDxJsonStream> jsonStreams = new ConcurrentHashMap<>();
  private final Map<Version, javax.xml.validation.Schema> xmlSchemas = new ConcurrentHashMap<>();

  @Override
  public boolean reads(SbomFormat format) {
    return format == SbomFormat.CYCLONEDX_JSON || format == SbomFormat.CYCLONEDX_XML;
  }

  @Override
  public ParsedSbom read(Path document, DetectedFormat detected) throws InvalidSbomException {
    if (!reads(detected.format())) {
      throw new IllegalArgumentException("Not a CycloneDX format: " + detected.format());
    }
    Version version = version(detected.specVersion());
    try {
      if (detected.format() == SbomFormat.CYCLONEDX_JSON) {
        return jsonStreams
            .computeIfAbsent(
                version, v -> new CycloneDxJsonStream(json, jsonSchema(v), MAX_REPORTED_PROBLEMS))
            .read(document, detected);
      }
      return CycloneDxMapping.map(detected, readXml(document, version));
    } catch (RuntimeException e) {
      // A defect in the library or the mapping must not escape as anything but a rejection.
      throw invalid(
          "the CycloneDX document cannot be read",
          List.of(new SbomProblem("$", "cannot be read: " + e)));
    }
  }

  private Bom readXml(Path document, Version version) throws InvalidSbomException {
    List<SbomProblem> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(document)) {
      Validator validator = xmlSchema(version).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new CollectingErrorHandler(problems));
      validator.validate(new SAXSource(hardenedReader(), new InputSource(in)));
    } catch (SAXParseException e) {
      // Fatal: already recorded by the error handler; the document cannot be read further.
      if (problems.isEmpty()) {
        problems.add(xmlProblem(e));
      }
    } catch (SAXException e) {
      problems.add(new SbomProblem("$", String.valueOf(e.getMessage())));
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (!problems.isEmpty()) {
      throw invalid(schemaSummary(version, problems.size()), problems);
    }
    try {
      // Valid against the schema, hence free of any DOCTYPE: safe for the library's own parser.
      return new XmlParser().parse(document.toFile());
    } catch (ParseException e) {
      throw invalid(
          "the CycloneDX XML document cannot be read",
          List.of(new SbomProblem("$", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * A namespace-aware SAX reader that refuses any DOCTYPE (OWASP XML External Entity Prevention
   * Cheat Sheet, "JAXP DocumentBuilderFactory, SAXParserFactory"): this rules out external entities
   * (XXE), parameter entities and entity expansion ("billion laughs") in one go. CycloneDX never
   * needs a DTD.
   */
  private static XMLReader hardenedReader() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be secured", e);
    }
  }

  private Schema jsonSchema(Version version) {
    return jsonSchemas.computeIfAbsent(
        version,
        v -> {
          try {
            return new JsonParser().getJsonSchema(v, new ObjectMapper());
          } catch (IOException e) {
            throw new IllegalStateException("CycloneDX JSON schema " + v + " cannot be loaded", e);
          }
        });
  }

  private javax.xml.validation.Schema xmlSchema(Version version) {
    return xmlSchemas.computeIfAbsent(
        version,
        v -> {
          try {
            return new XmlParser().getXmlSchema(v);
          } catch (SAXException e) {
            throw new IllegalStateException("CycloneDX XML schema " + v + " cannot be loaded", e);
          }
        });
  }

  private static Version version(String specVersion) throws InvalidSbomException {
    Version version = Version.fromVersionString(specVersion);
    if (version == null) {
      String message = "CycloneDX " + specVersion + " is not supported";
      throw new InvalidSbomException(message, new SbomProblem("$", message));
    }
    return version;
  }

  private static String schemaSummary(Version version, int count) {
    return "the document is not valid CycloneDX "
        + version.getVersionString()
        + ": "
        + count
        + (count == 1 ? " problem" : " problems");
  }

  private static SbomProblem xmlProblem(SAXParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE")) {
      message =
          "document type declarations (DOCTYPE) are not accepted: they allow external entities"
              + " (XXE) and entity expansion";
    }
    return new SbomProblem("line " + e.getLineNumber() + ":" + e.getColumnNumber(), message);
  }

  private static InvalidSbomException invalid(String summary, List<SbomProblem> problems) {
    return new InvalidSbomException(summary, problems);
  }

  private static InvalidSbomException unreadable(IOException e) {
    return new InvalidSbomException(
        "the document cannot be read", new SbomProblem("$", "cannot be read: " + e.getMessage()));
  }

  /** Records every schema error instead of stopping at the first. */
  private static final class CollectingErrorHandler implements ErrorHandler {

    private final List<SbomProblem> problems;

    CollectingErrorHandler(List<SbomProblem> problems) {
      this.problems = problems;
    }

    @Override
    public void warning(SAXParseException e) {
      // Warnings (e.g. an unresolvable optional import) do not make a document invalid.
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      problems.add(xmlProblem(e));
      if (problems.size() >= MAX_REPORTED_PROBLEMS) {
        throw e;
      }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      problems.add(xmlProblem(e));
      throw e;
    }
  }
}
