package org.provena.device.web.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** The form for a new device. It only collects the form and says so with a {@link SaveEvent}. */
class DeviceDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  /** The user asked to define a device with these fields. */
  static class SaveEvent extends ComponentEvent<DeviceDialog> {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String modelNumber;
    private final String description;

    SaveEvent(DeviceDialog source, String name, String modelNumber, String description) {
      super(source, false);
      this.name = name;
      this.modelNumber = modelNumber;
      this.description = description;
    }

    String name() {
      return name;
    }

    String modelNumber() {
      return modelNumber;
    }

    String description() {
      return description;
    }
  }

  final TextField name = new TextField("Name");
  final TextField modelNumber = new TextField("Model number");
  final TextArea description = new TextArea("Description");
  final Button save = new Button("Define");
  private final Span error = new Span();

  DeviceDialog() {
    setHeaderTitle("New device");
    setId("device-dialog");
    name.setId("device-name");
    name.setRequired(true);
    name.setMaxLength(200);
    modelNumber.setId("device-model");
    modelNumber.setMaxLength(100);
    description.setId("device-description");
    description.setMaxLength(2000);
    error.setId("device-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    add(new FormLayout(name, modelNumber, description), error);
    save.setId("device-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e ->
            fireEvent(
                new SaveEvent(
                    this, name.getValue(), modelNumber.getValue(), description.getValue())));
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  /** Why saving failed, shown in the dialog, which stays open. */
  void showError(String message) {
    error.setText(message);
  }
}
