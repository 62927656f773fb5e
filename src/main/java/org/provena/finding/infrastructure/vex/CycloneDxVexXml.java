package org.provena.finding.infrastructure.vex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.provena.finding.domain.InvalidVexException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * CycloneDX XML turned into the shape of CycloneDX JSON, so that one mapping reads both. The XML
 * schema wraps repeated elements ({@code <vulnerabilities><vulnerability>}, {@code
 * <affects><target>}, {@code <responses><response>}); they become JSON arrays under the JSON names.
 * Locations are reported as element paths ({@code /bom/vulnerabilities/vulnerability[2]}).
 *
 * <p>Parsing refuses any DOCTYPE (OWASP XML External Entity Prevention Cheat Sheet), which rules
 * out external entities and entity expansion, and bounds nesting depth and text length as the JSON
 * readers do. Elements of other namespaces (CycloneDX extensions) are left out.
 */
final class CycloneDxVexXml {

  private static final Pattern NAMESPACE =
      Pattern.compile("http://cyclonedx\\.org/schema/bom/(\\d+\\.\\d+)");

  /** CycloneDX XML wrapper elements and the name of their repeated child. */
  private static final Map<String, String> ITEMS =
      Map.of(
          "vulnerabilities", "vulnerability",
          "affects", "target",
          "versions", "version",
          "components", "component",
          "references", "reference",
          "responses", "response",
          "authors", "author",
          "tools", "tool",
          "hashes", "hash");

  /** JSON field names whose XML wrapper is named differently. */
  private static final Map<String, String> XML_WRAPPER_OF = Map.of("response", "responses");

  private static final Pattern PATH_STEP = Pattern.compile("\\.([^.\\[]+)(?:\\[(\\d+)])?");

  record Parsed(String specVersion, JsonNode root) {}

  private CycloneDxVexXml() {}

  static Parsed parse(byte[] document) throws InvalidVexException {
    TreeBuilder builder = new TreeBuilder();
    try {
      XMLReader reader = hardenedFactory().newSAXParser().getXMLReader();
      reader.setContentHandler(builder);
      reader.setErrorHandler(builder);
      reader.parse(new InputSource(new ByteArrayInputStream(document)));
    } catch (SAXParseException e) {
      throw new InvalidVexException(
          "line " + e.getLineNumber() + ":" + e.getColumnNumber(), describe(e));
    } catch (SAXException e) {
      throw new InvalidVexException("/", String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new InvalidVexException("/", "cannot be read: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be secured", e);
    }
    Element root = builder.root;
    Matcher namespace =
        NAMESPACE.matcher(builder.rootNamespace == null ? "" : builder.rootNamespace);
    if (root == null || !"bom".equals(root.name) || !namespace.matches()) {
      throw new InvalidVexException(
          "/",
          "not a VEX document: an XML document whose root is not a CycloneDX <bom> (namespace"
              + " http://cyclonedx.org/schema/bom/<version>)");
    }
    return new Parsed(namespace.group(1), convert(root));
  }

  /** A JSON path of the converted document as an element path of the XML original. */
  static String elementPath(String jsonPath) {
    if (!jsonPath.startsWith("$")) {
      return jsonPath;
    }
    StringBuilder path = new StringBuilder("/bom");
    Matcher step = PATH_STEP.matcher(jsonPath);
    int at = 1;
    while (step.find(at) && step.start() == at) {
      String name = step.group(1);
      if (step.group(2) == null) {
        path.append('/').append(name);
      } else {
        String wrapper = XML_WRAPPER_OF.getOrDefault(name, name);
        String item = ITEMS.getOrDefault(wrapper, name);
        path.append('/')
            .append(wrapper)
            .append('/')
            .append(item)
            .append('[')
            .append(Integer.parseInt(step.group(2)) + 1)
            .append(']');
      }
      at = step.end();
    }
    return path.toString();
  }

  private static SAXParserFactory hardenedFactory()
      throws ParserConfigurationException, SAXException {
    // The JDK's own parser, whatever else the class path offers: the features below are its.
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory;
  }

  private static String describe(SAXParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE")) {
      return "document type declarations (DOCTYPE) are not accepted: they allow external entities"
          + " (XXE) and entity expansion";
    }
    return "not well-formed XML: " + message;
  }

  private static JsonNode convert(Element element) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    String item = ITEMS.get(element.name);
    if (item != null
        && element.attributes.isEmpty()
        && !element.children.isEmpty()
        && element.children.stream().allMatch(c -> c.name.equals(item))) {
      ArrayNode array = nodes.arrayNode();
      element.children.forEach(child -> array.add(convert(child)));
      return array;
    }
    String text = element.text.toString().trim();
    if (element.children.isEmpty() && element.attributes.isEmpty()) {
      return TextNode.valueOf(text);
    }
    ObjectNode object = nodes.objectNode();
    element.attributes.forEach(object::put);
    if (element.children.isEmpty() && !text.isEmpty()) {
      // <hash alg="SHA-256">…</hash> is {"alg": "SHA-256", "content": "…"} in JSON.
      object.put("content", text);
    }
    for (Element child : element.children) {
      String name = child.name.equals("responses") ? "response" : child.name;
      object.set(name, convert(child));
    }
    return object;
  }

  private static final class Element {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Element> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Element(String name) {
      this.name = name;
    }
  }

  /** Builds the element tree, within the same bounds as the JSON readers. */
  private static final class TreeBuilder extends DefaultHandler {

    private final Deque<Element> open = new ArrayDeque<>();
    private Element root;
    private String rootNamespace;
    private int depth;
    private int skippedDepth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      depth++;
      if (depth > VexJson.MAX_DEPTH) {
        throw new SAXException(
            "the document nests elements deeper than " + VexJson.MAX_DEPTH + " levels");
      }
      if (root == null) {
        rootNamespace = uri;
      } else if (skippedDepth > 0 || !uri.equals(rootNamespace)) {
        skippedDepth++;
        return;
      }
      Element element = new Element(localName);
      for (int i = 0; i < attributes.getLength(); i++) {
        if (attributes.getURI(i).isEmpty()) {
          element.attributes.put(attributes.getLocalName(i), attributes.getValue(i));
        }
      }
      if (root == null) {
        root = element;
      } else {
        open.peek().children.add(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      depth--;
      if (skippedDepth > 0) {
        skippedDepth--;
        return;
      }
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (skippedDepth > 0 || open.isEmpty()) {
        return;
      }
      StringBuilder text = open.peek().text;
      if (text.length() + length > VexJson.MAX_STRING_LENGTH) {
        throw new SAXException(
            "the document has a text longer than " + VexJson.MAX_STRING_LENGTH + " characters");
      }
      text.append(ch, start, length);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
