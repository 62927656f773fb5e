package org.provena.scoring.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.provena.scoring.domain.Factor;
import org.provena.scoring.domain.OpenItem;

/**
 * A score's explanation as the JSON text a {@code RiskScore} keeps: {@code {"factors": [...],
 * "openItems": [...]}}. Written in a fixed member order so that two computations with the same
 * outcome give the same text, which is how an unchanged score is recognised and not stored again.
 */
public final class ScoreJson {

  /** The explanation read back. */
  public record Explanation(List<Factor> factors, List<OpenItem> openItems) {}

  private ScoreJson() {}

  public static String write(List<Factor> factors, List<OpenItem> openItems) {
    JsonArrayBuilder f = Json.createArrayBuilder();
    for (Factor factor : factors) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("code", factor.code())
              .add("label", factor.label())
              .add("points", factor.points())
              .add("explanation", factor.explanation());
      if (factor.evidence() != null) {
        o.add("evidence", factor.evidence());
      }
      f.add(o);
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (OpenItem item : openItems) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("check", item.check())
              .add("severity", item.severity().name())
              .add("message", item.message());
      if (item.evidence() != null) {
        o.add("evidence", item.evidence());
      }
      items.add(o);
    }
    return Json.createObjectBuilder().add("factors", f).add("openItems", items).build().toString();
  }

  public static Explanation read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return new Explanation(List.of(), List.of());
      }
      JsonObject o = value.asJsonObject();
      List<Factor> factors =
          o.getJsonArray("factors").stream()
              .map(JsonValue::asJsonObject)
              .map(
                  f ->
                      new Factor(
                          f.getString("code"),
                          f.getString("label"),
                          f.getInt("points"),
                          f.getString("explanation"),
                          f.getString("evidence", null)))
              .toList();
      List<OpenItem> items =
          o.containsKey("openItems")
              ? o.getJsonArray("openItems").stream()
                  .map(JsonValue::asJsonObject)
                  .map(
                      i ->
                          new OpenItem(
                              i.getString("check"),
                              OpenItem.Severity.valueOf(i.getString("severity")),
                              i.getString("message"),
                              i.getString("evidence", null)))
                  .toList()
              : List.of();
      return new Explanation(factors, items);
    }
  }
}
