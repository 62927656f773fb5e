package org.provena.device.web.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import org.provena.component.application.ReleaseDetails;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;

/**
 * The form that builds a component release into a device release, or reclassifies one already in it
 * (then without the release picker). The picker pages through the releases lazily, filtered by what
 * the user types: there may be thousands. Says what was chosen with a {@link SaveEvent}.
 */
class ComponentReleaseDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  /** The user chose this release (null when reclassifying), class and exposure. */
  static class SaveEvent extends ComponentEvent<ComponentReleaseDialog> {
    private static final long serialVersionUID = 1L;
    private final UUID componentReleaseId;
    private final Criticality criticality;
    private final Exposure exposure;

    SaveEvent(
        ComponentReleaseDialog source,
        UUID componentReleaseId,
        Criticality criticality,
        Exposure exposure) {
      super(source, false);
      this.componentReleaseId = componentReleaseId;
      this.criticality = criticality;
      this.exposure = exposure;
    }

    UUID componentReleaseId() {
      return componentReleaseId;
    }

    Criticality criticality() {
      return criticality;
    }

    Exposure exposure() {
      return exposure;
    }
  }

  final ComboBox<ReleaseDetails> release = new ComboBox<>("Component release");
  final Select<Criticality> criticality = DeviceLabels.criticalityField("component-criticality");
  final Select<Exposure> exposure = DeviceLabels.exposureField("component-exposure");
  final Button save = new Button();
  private final Span error = new Span();

  /** To include a component release, picked from what {@code fetch} and {@code count} find. */
  static ComponentReleaseDialog include(
      CallbackDataProvider.FetchCallback<ReleaseDetails, String> fetch,
      CallbackDataProvider.CountCallback<ReleaseDetails, String> count) {
    ComponentReleaseDialog dialog = new ComponentReleaseDialog("Add a component release", "Add");
    dialog.release.setItems(fetch, count);
    dialog.release.setItemLabelGenerator(
        r -> r.componentName() + " " + r.version() + (r.purl() == null ? "" : " · " + r.purl()));
    dialog.release.setRequired(true);
    dialog.release.setWidthFull();
    dialog.release.setPlaceholder("Type part of the component's name or version");
    dialog.form().addComponentAsFirst(dialog.release);
    return dialog;
  }

  /** To change the class and exposure of a component release already in the device. */
  static ComponentReleaseDialog reclassify(
      String componentLabel, Criticality current, Exposure currentExposure) {
    ComponentReleaseDialog dialog =
        new ComponentReleaseDialog("Reclassify " + componentLabel, "Reclassify");
    dialog.release.setVisible(false);
    dialog.criticality.setValue(current);
    dialog.exposure.setValue(currentExposure);
    return dialog;
  }

  private final FormLayout form;

  private ComponentReleaseDialog(String title, String action) {
    setHeaderTitle(title);
    setId("component-dialog");
    setWidth("40em");
    release.setId("component-release");
    error.setId("component-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    form = new FormLayout(criticality, exposure);
    add(form, error);
    save.setText(action);
    save.setId("component-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e ->
            fireEvent(
                new SaveEvent(
                    this,
                    release.getValue() == null ? null : release.getValue().id(),
                    criticality.getValue(),
                    exposure.getValue())));
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  private FormLayout form() {
    return form;
  }

  Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  void showError(String message) {
    error.setText(message);
  }
}
