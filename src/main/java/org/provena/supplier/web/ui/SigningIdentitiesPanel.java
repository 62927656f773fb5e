package org.provena.supplier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.provena.supplier.application.SigningIdentities;
import org.provena.supplier.application.SigningIdentityView;
import org.provena.supplier.domain.SigningIdentityKind;
import org.provena.supplier.domain.SigningIdentityStatus;

/**
 * A supplier's registered signing keys and Sigstore identities, the anchors its evidence is
 * verified against. The supplier registers, rotates and revokes them here; the manufacturer sees
 * them read-only.
 */
public class SigningIdentitiesPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  private final transient SigningIdentities identities;
  private final UUID supplierId;
  private final Grid<SigningIdentityView> grid = new Grid<>();

  public SigningIdentitiesPanel(SigningIdentities identities, UUID supplierId, boolean editable) {
    this.identities = identities;
    this.supplierId = supplierId;
    setPadding(false);
    if (editable) {
      Button key = new Button("Register a public key…", e -> keyDialog().open());
      key.setId("register-key");
      Button sigstore = new Button("Register a Sigstore identity…", e -> sigstoreDialog().open());
      sigstore.setId("register-sigstore");
      add(new HorizontalLayout(key, sigstore));
    }
    grid.setId("signing-identities");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(v -> v.label() == null ? "" : v.label()).setHeader("Name").setFlexGrow(2);
    grid.addColumn(SigningIdentitiesPanel::what)
        .setHeader("Key or identity")
        .setTooltipGenerator(
            v -> v.fingerprint() == null ? null : "SHA-256 fingerprint " + v.fingerprint())
        .setFlexGrow(3);
    grid.addComponentColumn(SigningIdentitiesPanel::status).setHeader("Status").setAutoWidth(true);
    grid.addColumn(v -> v.registeredAt().toString().substring(0, 10))
        .setHeader("Registered")
        .setAutoWidth(true);
    if (editable) {
      grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    }
    grid.setAllRowsVisible(true);
    add(grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(identities.of(supplierId));
  }

  private static String what(SigningIdentityView v) {
    if (v.kind() == SigningIdentityKind.PUBLIC_KEY) {
      return v.algorithm().name().replace('_', '-')
          + " key "
          + v.fingerprint().substring(0, Math.min(16, v.fingerprint().length()))
          + "…"
          + (v.keyId() == null ? "" : ", key id " + v.keyId());
    }
    return "Sigstore: " + v.certificateSubject() + " issued by " + v.oidcIssuer();
  }

  private static Component status(SigningIdentityView v) {
    Span badge = new Span(v.status().name().toLowerCase(Locale.ROOT));
    badge
        .getElement()
        .getThemeList()
        .addAll(
            List.of(
                (switch (v.status()) {
                      case ACTIVE -> "badge success";
                      case ROTATED -> "badge contrast";
                      case REVOKED -> "badge error";
                    })
                    .split(" ")));
    if (v.status() == SigningIdentityStatus.REVOKED) {
      badge.getElement().setAttribute("title", "Revoked: " + v.revocationReason());
    }
    return badge;
  }

  private Component actions(SigningIdentityView v) {
    HorizontalLayout actions = new HorizontalLayout();
    if (v.status() == SigningIdentityStatus.ACTIVE) {
      Button rotate = new Button("Rotate", e -> act(() -> identities.rotate(v.id()), "Rotated"));
      rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
      actions.add(rotate);
    }
    if (v.status() != SigningIdentityStatus.REVOKED) {
      Button revoke = new Button("Revoke…", e -> revokeDialog(v).open());
      revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      actions.add(revoke);
    }
    return actions;
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Notification.show(done, 4000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (IllegalArgumentException e) {
      Notification.show(e.getMessage(), 8000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    refresh();
  }

  private Dialog keyDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Register a public key");
    TextField label = new TextField("Name");
    label.setPlaceholder("Release signing key 2026");
    TextArea key = new TextArea("Public key");
    key.setId("key-text");
    key.setHelperText(
        "PEM (-----BEGIN PUBLIC KEY-----) or a JWK; ECDSA P-256, Ed25519 or RSA of 2048 bits or"
            + " more. Never paste a private key.");
    key.setWidth("40em");
    key.setHeight("14em");
    Span error = new Span();
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    dialog.add(new VerticalLayout(label, key, error));
    Button save =
        new Button(
            "Register",
            e -> {
              try {
                identities.registerKey(label.getValue(), key.getValue());
                dialog.close();
                refresh();
              } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
              }
            });
    save.setId("key-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    return dialog;
  }

  private Dialog sigstoreDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Register a Sigstore identity");
    TextField label = new TextField("Name");
    TextField subject = new TextField("Certificate subject");
    subject.setWidth("40em");
    subject.setHelperText(
        "The e-mail or workflow URI in the signing certificate, e.g."
            + " https://github.com/acme/tls/.github/workflows/release.yml@refs/heads/main;"
            + " end it with * to accept any ref");
    TextField issuer = new TextField("OIDC issuer");
    issuer.setWidth("40em");
    issuer.setValue("https://token.actions.githubusercontent.com");
    Span error = new Span();
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    dialog.add(new VerticalLayout(label, subject, issuer, error));
    Button save =
        new Button(
            "Register",
            e -> {
              try {
                identities.registerSigstoreIdentity(
                    label.getValue(), subject.getValue(), issuer.getValue());
                dialog.close();
                refresh();
              } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    return dialog;
  }

  private Dialog revokeDialog(SigningIdentityView v) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Revoke " + (v.label() == null ? "this identity" : v.label()));
    TextField reason = new TextField("Why");
    reason.setWidth("30em");
    reason.setHelperText("Evidence it signed will no longer be trusted");
    Span error = new Span();
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    dialog.add(new VerticalLayout(reason, error));
    Button revoke =
        new Button(
            "Revoke",
            e -> {
              try {
                identities.revoke(v.id(), reason.getValue());
                dialog.close();
                refresh();
              } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
              }
            });
    revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), revoke);
    return dialog;
  }
}
