package org.provena.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.provena.component.web.ui.ComponentListView;
import org.provena.device.web.ui.DeviceListView;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.identity.web.ui.UserAdminView;
import org.provena.scoring.web.ui.ScorecardsView;

/** The portal's start: sends each role to its home view. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient CurrentCaller currentCaller;

  @Inject
  public StartView(CurrentCaller currentCaller) {
    this.currentCaller = currentCaller;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Caller caller = currentCaller.require();
    if (caller.hasRole(Role.SECURITY)) {
      event.forwardTo(DeviceListView.class);
    } else if (caller.hasRole(Role.PROCUREMENT)) {
      event.forwardTo(ScorecardsView.class);
    } else if (caller.hasRole(Role.ADMIN)) {
      event.forwardTo(UserAdminView.class);
    } else if (caller.hasRole(Role.SUPPLIER)) {
      event.forwardTo(ComponentListView.class);
    } else {
      event.forwardTo(NoRoleView.class);
    }
  }
}
