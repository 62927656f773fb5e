package org.provena.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** For a Keycloak user who logged in but has none of Provena's roles yet. */
@Route(value = "no-role", layout = MainLayout.class)
@PageTitle("No access yet · Provena")
@PermitAll
public class NoRoleView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public NoRoleView() {
    add(
        new H2("No access yet"),
        new Paragraph(
            "Your account has none of Provena's roles (supplier, procurement, security, admin)."
                + " Ask your Provena administrator to assign one in Keycloak."));
  }
}
