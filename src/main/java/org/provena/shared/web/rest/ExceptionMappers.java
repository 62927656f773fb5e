package org.provena.shared.web.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that leaves a resource into an RFC 9457 problem document. */
public final class ExceptionMappers {

  private ExceptionMappers() {}

  /** Our own "not found", including another supplier's object: 404 either way. */
  @Provider
  public static class DomainNotFound
      implements ExceptionMapper<org.provena.shared.domain.NotFoundException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(org.provena.shared.domain.NotFoundException e) {
      return ProblemDetail.of(Response.Status.NOT_FOUND, e.getMessage(), path(uri)).toResponse();
    }
  }

  @Provider
  public static class NotPermitted
      implements ExceptionMapper<org.provena.shared.domain.NotPermittedException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(org.provena.shared.domain.NotPermittedException e) {
      return ProblemDetail.of(Response.Status.FORBIDDEN, e.getMessage(), path(uri)).toResponse();
    }
  }

  @Provider
  public static class BadArgument implements ExceptionMapper<IllegalArgumentException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(IllegalArgumentException e) {
      return ProblemDetail.of(Response.Status.BAD_REQUEST, e.getMessage(), path(uri)).toResponse();
    }
  }

  /** JAX-RS's own errors (unknown path, wrong method, unsupported media type ...). */
  @Provider
  public static class JaxRs implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      String detail =
          e instanceof NotFoundException ? "No such resource" : status.getReasonPhrase();
      return new ProblemDetail(
              java.net.URI.create("about:blank"),
              status.getReasonPhrase(),
              status.getStatusCode(),
              detail,
              path(uri),
              java.util.List.of())
          .toResponse();
    }
  }

  /** Anything else is our fault: logged in full, answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
    @Context UriInfo uri;

    @Override
    public Response toResponse(Exception e) {
      LOG.log(Level.SEVERE, "unexpected error on " + path(uri), e);
      return ProblemDetail.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "An unexpected error occurred; it has been logged",
              path(uri))
          .toResponse();
    }
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getPath();
  }
}
