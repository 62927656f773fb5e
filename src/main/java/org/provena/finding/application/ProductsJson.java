package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.provena.finding.domain.VexProduct;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * A statement's products as stored with it ({@code vex_statement.products}): JSON text, so that a
 * finding opened later can be matched against them as the document named them.
 */
@ApplicationScoped
public class ProductsJson {

  public String write(List<VexProduct> products) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    products.forEach(p -> array.add(object(p)));
    return array.build().toString();
  }

  public List<VexProduct> read(String json) {
    List<VexProduct> products = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        products.add(product(value.asJsonObject()));
      }
    }
    return products;
  }

  private static JsonObjectBuilder object(VexProduct p) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    put(o, "purl", p.purl());
    put(o, "cpe", p.cpe());
    put(o, "bomRef", p.bomRef());
    put(o, "name", p.name());
    put(o, "version", p.version());
    if (!p.hashes().isEmpty()) {
      JsonArrayBuilder hashes = Json.createArrayBuilder();
      p.hashes().forEach(h -> hashes.add(h.algorithm().name() + ":" + h.value()));
      o.add("hashes", hashes);
    }
    if (!p.subcomponents().isEmpty()) {
      JsonArrayBuilder subs = Json.createArrayBuilder();
      p.subcomponents().forEach(s -> subs.add(object(s)));
      o.add("subcomponents", subs);
    }
    return o;
  }

  private static VexProduct product(JsonObject o) {
    Set<ArtifactHash> hashes = new LinkedHashSet<>();
    if (o.containsKey("hashes")) {
      for (JsonValue v : o.getJsonArray("hashes")) {
        String text = ((jakarta.json.JsonString) v).getString();
        int colon = text.indexOf(':');
        hashes.add(
            new ArtifactHash(
                HashAlgorithm.valueOf(text.substring(0, colon)), text.substring(colon + 1)));
      }
    }
    List<VexProduct> subs = new ArrayList<>();
    if (o.containsKey("subcomponents")) {
      JsonArray array = o.getJsonArray("subcomponents");
      for (JsonValue v : array) {
        subs.add(product(v.asJsonObject()));
      }
    }
    return new VexProduct(
        o.getString("purl", null),
        o.getString("cpe", null),
        hashes,
        o.getString("bomRef", null),
        o.getString("name", null),
        o.getString("version", null),
        subs);
  }

  private static void put(JsonObjectBuilder o, String key, String value) {
    if (value != null) {
      o.add(key, value);
    }
  }
}
