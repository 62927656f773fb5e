package org.provena.identity.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.identity.application.UserDirectory;
import org.provena.identity.application.UserDirectory.UserAccount;
import org.provena.identity.application.UserDirectory.UserDirectoryUnavailableException;
import org.provena.identity.domain.Role;
import org.provena.ui.MainLayout;

/**
 * The admin's home: who can log in, with which Provena roles and for which supplier organization.
 * Users, roles and organizations are managed in Keycloak; the link opens its admin console.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users and roles · Provena")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public UserAdminView(
      UserDirectory directory,
      @ConfigProperty(name = "provena.keycloak.console-url") String consoleUrl) {
    H2 title = new H2("Users and roles");
    title.setId("view-title");
    Anchor console = new Anchor(consoleUrl, "Manage users, roles and organizations in Keycloak");
    console.setTarget("_blank");
    console.setId("keycloak-console");
    add(
        title,
        new Paragraph(
            "Roles come from Keycloak realm roles; a supplier user's organization decides whose"
                + " data it sees."),
        console);

    Grid<UserAccount> grid = new Grid<>();
    grid.setId("users");
    grid.addColumn(UserAccount::username).setHeader("User").setAutoWidth(true);
    grid.addColumn(UserAccount::fullName).setHeader("Name").setAutoWidth(true);
    grid.addColumn(UserAccount::email).setHeader("E-mail").setAutoWidth(true);
    grid.addColumn(u -> String.join(", ", u.roles())).setHeader("Provena roles");
    grid.addColumn(u -> u.organization() == null ? "" : u.organization()).setHeader("Organization");
    grid.addColumn(u -> u.enabled() ? "yes" : "no").setHeader("Enabled");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    try {
      grid.setItems(directory.users());
      add(grid);
    } catch (UserDirectoryUnavailableException e) {
      Paragraph error = new Paragraph(e.getMessage());
      error.setId("directory-error");
      add(error);
    }
    setSizeFull();
  }
}
