package org.provena.identity.web.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.provena.identity.application.AuthenticationOutcome;
import org.provena.identity.application.AuthenticationOutcome.Failure;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.shared.web.rest.ProblemDetail;

/**
 * Enforces the roles every resource method declares ({@code @RolesAllowed}, {@code @PermitAll} or
 * {@code @DenyAll}, on the method or its class). A method that declares nothing is denied: the
 * ArchitectureTest makes sure none exists. Unauthenticated callers get 401 with the reason their
 * token was refused; authenticated callers without the role get 403.
 */
@Provider
public class RoleEnforcement implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo.getResourceClass();
    // Ahead of Jersey's own @RolesAllowed filter, which Payara also registers: this one answers
    // unauthenticated callers with the reason their token was refused.
    context.register(new Check(declaredRoles(method, type)), Priorities.AUTHENTICATION);
  }

  /** Empty means any authenticated caller; null means nobody. */
  static Set<String> declaredRoles(Method method, Class<?> type) {
    if (method.isAnnotationPresent(DenyAll.class)) {
      return null;
    }
    if (method.isAnnotationPresent(RolesAllowed.class)) {
      return Set.of(method.getAnnotation(RolesAllowed.class).value());
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return Set.of();
    }
    if (type.isAnnotationPresent(RolesAllowed.class)) {
      return Set.of(type.getAnnotation(RolesAllowed.class).value());
    }
    if (type.isAnnotationPresent(PermitAll.class)) {
      return Set.of();
    }
    return null;
  }

  @Priority(Priorities.AUTHENTICATION)
  static final class Check implements ContainerRequestFilter {

    private final Set<String> allowed;

    Check(Set<String> allowed) {
      this.allowed = allowed;
    }

    @Override
    public void filter(ContainerRequestContext context) {
      // In a servlet container the request's properties are the servlet request's attributes.
      Optional<AuthenticationOutcome> outcome =
          AuthenticationOutcome.of(context.getProperty(AuthenticationOutcome.ATTRIBUTE));
      Optional<Caller> caller = outcome.flatMap(AuthenticationOutcome::authenticatedCaller);
      String path = context.getUriInfo().getRequestUri().getPath();
      if (caller.isEmpty()) {
        AuthenticationOutcome failure =
            outcome.orElse(
                new AuthenticationOutcome(null, Failure.NO_CREDENTIALS, "a token is required"));
        context.abortWith(unauthenticated(failure, path));
        return;
      }
      if (allowed == null
          || (!allowed.isEmpty()
              && caller.get().roles().stream().map(Role::roleName).noneMatch(allowed::contains))) {
        context.abortWith(
            ProblemDetail.of(
                    Response.Status.FORBIDDEN,
                    "This operation needs one of the roles " + (allowed == null ? "[]" : allowed),
                    path)
                .toResponse());
      }
    }

    private static Response unauthenticated(AuthenticationOutcome failure, String path) {
      if (failure.failure() == Failure.PROVIDER_UNAVAILABLE) {
        return ProblemDetail.of(
                Response.Status.SERVICE_UNAVAILABLE,
                "The identity provider cannot be reached to check the token",
                path)
            .toResponse();
      }
      String challenge =
          failure.failure() == Failure.INVALID_TOKEN
              ? "Bearer error=\"invalid_token\", error_description=\""
                  + failure.reason().replace('"', '\'')
                  + "\""
              : "Bearer";
      return Response.fromResponse(
              ProblemDetail.of(
                      Response.Status.UNAUTHORIZED,
                      failure.failure() == Failure.INVALID_TOKEN
                          ? "The bearer token was refused: " + failure.reason()
                          : "This operation needs a bearer token from Keycloak",
                      path)
                  .toResponse())
          .header("WWW-Authenticate", challenge)
          .build();
    }
  }
}
