package org.provena.component.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.testing.Api.Answer;
import org.provena.testing.PortalIT;
import org.provena.testing.Tokens;

/**
 * A supplier never sees or changes another supplier's components through the API: another
 * supplier's component is "not found" exactly like one that never existed.
 */
class SupplierIsolationIT extends PortalIT {

  private String acme;
  private String borealis;
  private String componentName;
  private String componentId;
  private String releaseId;

  @BeforeEach
  void acmeRegistersAComponent() {
    acme = Tokens.forUser("supplier-acme");
    borealis = Tokens.forUser("supplier-borealis");
    componentName = "acme-secret-" + UUID.randomUUID();
    Answer created =
        api.post(
            "components",
            acme,
            """
            {"name":"%s","type":"LIBRARY","description":"only Acme may see this"}"""
                .formatted(componentName));
    assertThat(created.status()).isEqualTo(201);
    componentId = created.json().getString("id");
    Answer release =
        api.post(
            "components/" + componentId + "/releases",
            acme,
            """
            {"version":"1.0.0","levelOfSupport":"ACTIVELY_MAINTAINED","endOfSupport":"2030-12-31",
             "purl":"pkg:generic/acme/%s@1.0.0",
             "hashes":["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]}"""
                .formatted(componentName));
    assertThat(release.status()).isEqualTo(201);
    releaseId = release.json().getString("id");
  }

  @Test
  void the_owner_reads_its_component_with_its_release() {
    JsonObject component = api.get("components/" + componentId, acme).json();

    assertThat(component.getString("name")).isEqualTo(componentName);
    JsonObject release = component.getJsonArray("releases").getJsonObject(0);
    assertThat(release.getString("version")).isEqualTo("1.0.0");
    assertThat(release.getString("levelOfSupport")).isEqualTo("ACTIVELY_MAINTAINED");
    assertThat(release.getString("endOfSupport")).isEqualTo("2030-12-31");
  }

  @Test
  void another_supplier_gets_404_for_the_component_and_learns_nothing() {
    Answer answer = api.get("components/" + componentId, borealis);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain(componentName).doesNotContain("Acme");
  }

  @Test
  void another_supplier_gets_404_for_the_release() {
    Answer answer = api.get("component-releases/" + releaseId, borealis);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain(componentName);
  }

  @Test
  void another_supplier_cannot_add_a_release_to_the_component() {
    Answer answer =
        api.post(
            "components/" + componentId + "/releases",
            borealis,
            "{\"version\":\"6.6.6\",\"levelOfSupport\":\"ABANDONED\"}");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(api.get("components/" + componentId, acme).json().getJsonArray("releases"))
        .hasSize(1);
  }

  @Test
  void another_supplier_does_not_find_the_component_in_its_list() {
    Answer answer = api.get("components?limit=500", borealis);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).doesNotContain(componentName).doesNotContain(componentId);
    String borealisId = api.get("me", borealis).json().getJsonObject("supplier").getString("id");
    assertThat(answer.items())
        .isNotEmpty()
        .allSatisfy(
            item -> assertThat(item.asJsonObject().getString("supplierId")).isEqualTo(borealisId));
  }

  @Test
  void a_supplier_sees_only_itself_among_suppliers() {
    Answer answer = api.get("suppliers", borealis);

    assertThat(answer.items()).hasSize(1);
    assertThat(answer.items().getJsonObject(0).getString("name")).isEqualTo("Borealis RTOS");
    String acmeId = api.get("me", acme).json().getJsonObject("supplier").getString("id");
    assertThat(api.get("suppliers/" + acmeId, borealis).status()).isEqualTo(404);
  }

  @Test
  void manufacturer_staff_see_every_suppliers_component() {
    Answer answer = api.get("components/" + componentId, Tokens.forUser("security"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getString("name")).isEqualTo(componentName);
  }

  @Test
  void manufacturer_staff_cannot_register_components_for_a_supplier() {
    Answer answer =
        api.post(
            "components", Tokens.forUser("procurement"), "{\"name\":\"x\",\"type\":\"LIBRARY\"}");

    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void security_lists_the_devices_with_what_they_are_built_from() {
    Answer answer = api.get("devices", Tokens.forUser("security"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.items().stream().map(JsonValue::asJsonObject).map(d -> d.getString("name")))
        .contains("Infusion Pump IP-3000", "Patient Monitor PM-500");
  }
}
