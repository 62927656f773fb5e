package org.provena.device.web.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** The form for a new release of a device; says what was entered with a {@link SaveEvent}. */
class ReleaseDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  /** The user asked to add a release with these fields. */
  static class SaveEvent extends ComponentEvent<ReleaseDialog> {
    private static final long serialVersionUID = 1L;
    private final String version;
    private final LocalDate releasedOn;
    private final LocalDate plannedEndOfSupport;

    SaveEvent(
        ReleaseDialog source, String version, LocalDate releasedOn, LocalDate plannedEndOfSupport) {
      super(source, false);
      this.version = version;
      this.releasedOn = releasedOn;
      this.plannedEndOfSupport = plannedEndOfSupport;
    }

    String version() {
      return version;
    }

    LocalDate releasedOn() {
      return releasedOn;
    }

    LocalDate plannedEndOfSupport() {
      return plannedEndOfSupport;
    }
  }

  final TextField version = new TextField("Version");
  final DatePicker releasedOn = new DatePicker("Released on");
  final DatePicker plannedEndOfSupport = new DatePicker("Planned end of support");
  final Button save = new Button("Add release");
  private final Span error = new Span();

  ReleaseDialog(String deviceName) {
    setHeaderTitle("New release of " + deviceName);
    setId("release-dialog");
    version.setId("release-version");
    version.setRequired(true);
    version.setMaxLength(200);
    releasedOn.setId("release-released-on");
    plannedEndOfSupport.setId("release-end-of-support");
    plannedEndOfSupport.setHelperText(
        "Components whose support ends earlier are flagged (FDA premarket guidance)");
    error.setId("release-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    add(new FormLayout(version, releasedOn, plannedEndOfSupport), error);
    save.setId("release-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e ->
            fireEvent(
                new SaveEvent(
                    this,
                    version.getValue(),
                    releasedOn.getValue(),
                    plannedEndOfSupport.getValue())));
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  void showError(String message) {
    error.setText(message);
  }
}
