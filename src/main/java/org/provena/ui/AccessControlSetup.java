package org.provena.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes the router enforce the {@code @RolesAllowed}/{@code @PermitAll} annotations of every view:
 * a view without one is closed, and a closed view answers like an unknown one (production mode).
 */
@ApplicationScoped
public class AccessControlSetup {

  void onServiceInit(@Observes ServiceInitEvent event) {
    NavigationAccessControl accessControl = new NavigationAccessControl();
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(accessControl));
  }
}
