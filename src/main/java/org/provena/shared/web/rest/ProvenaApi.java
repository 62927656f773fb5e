package org.provena.shared.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The REST API, version 1. The OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Provena API",
            version = "1",
            description =
                "Supplier evidence (SBOMs, attestations, VEX), vulnerability findings and risk"
                    + " scores. Every call needs a Keycloak access token (Authorization: Bearer);"
                    + " errors are RFC 9457 problem documents (application/problem+json)."),
    servers = @Server(url = "/"),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ProvenaApi extends Application {}
