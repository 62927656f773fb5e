package org.provena.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown routes, objects that do not exist, objects of another supplier and views the
 * user's roles may not open: all four look the same, so nothing is revealed by the difference.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  private static final long serialVersionUID = 1L;

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    H2 title = new H2("Not found");
    title.setId("not-found");
    add(
        title,
        new Paragraph("There is nothing here for you. The address may be wrong or out of date."),
        new RouterLink("Back to the start", StartView.class));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
