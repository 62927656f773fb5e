package org.provena.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.provena.component.web.ui.ComponentListView;
import org.provena.device.web.ui.DeviceListView;
import org.provena.finding.web.ui.AwaitingVexView;
import org.provena.finding.web.ui.WhereUsedSearchView;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.identity.web.ui.UserAdminView;
import org.provena.scoring.web.ui.MyScoreView;
import org.provena.scoring.web.ui.ScorecardsView;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.web.ui.SupplierListView;
import org.provena.vulnerability.web.ui.FeedsView;

/**
 * The frame around every view: title, navigation showing only the views the user's roles may open
 * (decided by the same annotations the router enforces), and who is logged in with a logout link.
 */
@PermitAll
public class MainLayout extends AppLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public MainLayout(CurrentCaller currentCaller, SupplierDirectory suppliers) {
    Caller caller = currentCaller.require();
    H1 title = new H1("Provena");
    title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

    String actingFor =
        suppliers
            .mine()
            .map(supplier -> " · " + supplier.name())
            .orElse(caller.isManufacturerStaff() ? " · manufacturer" : "");
    Span who =
        new Span(
            caller.username()
                + actingFor
                + " ("
                + String.join(", ", caller.roles().stream().map(Role::roleName).sorted().toList())
                + ")");
    who.setId("current-user");
    who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
    Anchor logout = new Anchor("logout", "Log out");
    logout.setId("logout");
    // A full page load: the logout servlet ends the session, then Keycloak's.
    logout.setRouterIgnore(true);

    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(who);
    header.setWidthFull();
    header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
    addToNavbar(header);

    SideNav nav = new SideNav();
    AccessAnnotationChecker access = new AccessAnnotationChecker();
    addIfPermitted(nav, access, "Components", ComponentListView.class, VaadinIcon.PACKAGE);
    addIfPermitted(nav, access, "My score", MyScoreView.class, VaadinIcon.CHART_LINE);
    addIfPermitted(nav, access, "Evidence", MyEvidenceView.class, VaadinIcon.DIPLOMA);
    addIfPermitted(nav, access, "Awaiting VEX", AwaitingVexView.class, VaadinIcon.TASKS);
    addIfPermitted(nav, access, "Scorecards", ScorecardsView.class, VaadinIcon.CHART_LINE);
    addIfPermitted(nav, access, "Suppliers", SupplierListView.class, VaadinIcon.FACTORY);
    addIfPermitted(nav, access, "Devices", DeviceListView.class, VaadinIcon.HEART);
    addIfPermitted(nav, access, "Where used", WhereUsedSearchView.class, VaadinIcon.SEARCH);
    addIfPermitted(nav, access, "Vulnerability feeds", FeedsView.class, VaadinIcon.DATABASE);
    addIfPermitted(nav, access, "Users and roles", UserAdminView.class, VaadinIcon.USERS);
    addToDrawer(new Div(nav));
  }

  private static void addIfPermitted(
      SideNav nav,
      AccessAnnotationChecker access,
      String label,
      Class<? extends com.vaadin.flow.component.Component> view,
      VaadinIcon icon) {
    if (access.hasAccess(view)) {
      nav.addItem(new SideNavItem(label, view, icon.create()));
    }
  }
}
