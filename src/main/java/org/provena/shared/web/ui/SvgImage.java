package org.provena.shared.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;

/**
 * A picture drawn on the server as SVG and shown in the page: no chart library in the browser, no
 * front-end build, and the markup is plain text a unit test can parse (ADR 0016). The markup must
 * come from {@link SvgMarkup}, which escapes every label; the browser's HTML parser places the
 * {@code svg} element in the SVG namespace.
 */
@Tag("div")
public class SvgImage extends Component implements HasSize, HasStyle {

  private static final long serialVersionUID = 1L;

  private final String markup;

  protected SvgImage(SvgMarkup svg) {
    this.markup = svg.markup();
    getElement().setProperty("innerHTML", markup);
  }

  /** The SVG markup shown. */
  public String markup() {
    return markup;
  }
}
