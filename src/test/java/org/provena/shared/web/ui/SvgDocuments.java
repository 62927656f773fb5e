package org.provena.shared.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * SVG markup read back with the JDK's XML parser, as a browser's would: if it parses, it is
 * well-formed, and the texts found are what a reader sees.
 */
public final class SvgDocuments {

  private SvgDocuments() {}

  /** The parsed markup; fails the test when it is not well-formed XML in the SVG namespace. */
  public static Document parse(String markup) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
      assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SvgMarkup.NAMESPACE);
      return document;
    } catch (Exception e) {
      throw new AssertionError("Not well-formed SVG: " + e.getMessage() + "\n" + markup, e);
    }
  }

  /** Every element with this local name, in document order. */
  public static List<Element> all(Node root, String name) {
    NodeList found =
        root instanceof Document d
            ? d.getElementsByTagNameNS(SvgMarkup.NAMESPACE, name)
            : ((Element) root).getElementsByTagNameNS(SvgMarkup.NAMESPACE, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      elements.add((Element) found.item(i));
    }
    return elements;
  }

  /** The text of the element itself, without that of its children (such as a title). */
  public static String ownText(Element element) {
    StringBuilder b = new StringBuilder();
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeType() == Node.TEXT_NODE) {
        b.append(children.item(i).getNodeValue());
      }
    }
    return b.toString();
  }

  /** The tooltip of an element: its own {@code title} child. */
  public static String title(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("title")) {
        return e.getTextContent();
      }
    }
    return null;
  }

  public static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }
}
