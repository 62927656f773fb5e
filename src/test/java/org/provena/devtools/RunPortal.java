package org.provena.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.provena.testing.KeycloakServer;
import org.provena.testing.PortalServer;

/**
 * The developer run command ({@code ./mvnw -Prun}): starts the real Keycloak with the demo realm,
 * then the portal on Payara Micro with embedded H2 in {@code ./data} and the demo data, prints
 * where to go and who to be, and stops both on Ctrl-C. A second run reuses both databases.
 */
public final class RunPortal {

  private RunPortal() {}

  private static Map<String, String> withDemoData(Map<String, String> database) {
    Map<String, String> properties = new java.util.HashMap<>(database);
    properties.put("provena.demo-data", "true");
    properties.put("provena.blob-dir", "data/blobs");
    return properties;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path target = root.resolve("target");
    Path data = Files.createDirectories(root.resolve("data"));
    String keycloakVersion = args.length > 1 ? args[1] : "26.7.3";
    int port = Integer.parseInt(System.getProperty("provena.port", "8080"));

    System.out.println("Starting Keycloak on http://localhost:8180 (log: data/keycloak.log) ...");
    KeycloakServer.ensureRunning(
        target.resolve("keycloak/keycloak-" + keycloakVersion),
        root.resolve("config/keycloak/provena-realm.json"),
        data.resolve("keycloak.log"));
    System.out.println("Starting the portal on Payara Micro (log: data/portal.log) ...");
    try (PortalServer portal =
        PortalServer.start(
            target.resolve("payara-micro.jar"),
            target.resolve("provena.war"),
            port,
            withDemoData(PortalServer.h2File(data.resolve("h2"))),
            root,
            data.resolve("portal.log"))) {
      System.out.println(
          """

          ============================================================
           Provena is running:  %s/
           Demo logins (password = user name; demo realm only):
             supplier-acme, supplier-borealis, supplier-cobalt  (supplier)
             procurement, security, admin
           API:      %s/api/v1   OpenAPI: %s/openapi
           Keycloak: http://localhost:8180/admin  (kcadmin / kcadmin)
           Data:     %s   Stop with Ctrl-C.
          ============================================================
          """
              .formatted(portal.baseUrl(), portal.baseUrl(), portal.baseUrl(), data));
      portal.awaitExit();
    } finally {
      KeycloakServer.stop();
    }
  }
}
