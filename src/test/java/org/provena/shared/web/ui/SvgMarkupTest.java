package org.provena.shared.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provena.shared.web.ui.SvgDocuments.all;
import static org.provena.shared.web.ui.SvgDocuments.parse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgMarkupTest {

  private static final String HOSTILE = "</text><script>alert('x')</script> & \"Acme\" <b>";

  @Test
  void a_label_with_markup_in_it_stays_text() {
    String markup =
        new SvgMarkup()
            .open("svg", "xmlns", SvgMarkup.NAMESPACE, "aria-label", HOSTILE)
            .text("title", HOSTILE)
            .text("text", HOSTILE, "x", "1")
            .close()
            .markup();

    Document svg = parse(markup);

    assertThat(all(svg, "script")).isEmpty();
    assertThat(all(svg, "b")).isEmpty();
    assertThat(all(svg, "text").get(0).getTextContent()).isEqualTo(HOSTILE);
    assertThat(all(svg, "title").get(0).getTextContent()).isEqualTo(HOSTILE);
    assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(HOSTILE);
  }

  @Test
  void line_breaks_and_tabs_in_an_attribute_survive_the_parser() {
    String label = "first line\nsecond\tline";
    String markup =
        new SvgMarkup()
            .open("svg", "xmlns", SvgMarkup.NAMESPACE, "aria-label", label)
            .close()
            .markup();

    assertThat(parse(markup).getDocumentElement().getAttribute("aria-label")).isEqualTo(label);
  }

  @Test
  void characters_xml_forbids_are_replaced_and_the_markup_still_parses() {
    String markup =
        new SvgMarkup()
            .open("svg", "xmlns", SvgMarkup.NAMESPACE)
            .text("text", "bell\u0007 null\u0000 lone\uD800 emoji 🙂")
            .close()
            .markup();

    Element text = all(parse(markup), "text").get(0);
    assertThat(text.getTextContent()).isEqualTo("bell\uFFFD null\uFFFD lone\uFFFD emoji 🙂");
  }

  @Test
  void text_can_follow_a_title_inside_one_element() {
    String markup =
        new SvgMarkup()
            .open("svg", "xmlns", SvgMarkup.NAMESPACE)
            .open("text")
            .text("title", "the whole label")
            .content("the whole…")
            .close()
            .close()
            .markup();

    Element text = all(parse(markup), "text").get(0);
    assertThat(SvgDocuments.title(text)).isEqualTo("the whole label");
    assertThat(SvgDocuments.ownText(text)).isEqualTo("the whole…");
  }

  @Test
  void markup_with_an_open_element_is_refused() {
    SvgMarkup svg = new SvgMarkup().open("svg", "xmlns", SvgMarkup.NAMESPACE).open("g");

    assertThatThrownBy(svg::markup).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_name_that_is_not_an_xml_name_is_refused() {
    assertThatThrownBy(() -> new SvgMarkup().empty("rect", "x onload=alert(1)", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SvgMarkup().empty("rect><script", "x", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_attribute_without_a_value_is_left_out() {
    String markup =
        new SvgMarkup().empty("svg", "xmlns", SvgMarkup.NAMESPACE, "class", null).markup();

    assertThat(parse(markup).getDocumentElement().hasAttribute("class")).isFalse();
  }

  @Test
  void coordinates_use_a_dot_and_at_most_two_decimals_whatever_the_locale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(SvgMarkup.number(12.5)).isEqualTo("12.5");
      assertThat(SvgMarkup.number(3.14159)).isEqualTo("3.14");
      assertThat(SvgMarkup.number(40.0)).isEqualTo("40");
      assertThat(SvgMarkup.number(-0.001)).isEqualTo("0");
    } finally {
      Locale.setDefault(before);
    }
  }
}
