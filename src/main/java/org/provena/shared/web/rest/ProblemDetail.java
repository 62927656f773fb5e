package org.provena.shared.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error the API returns.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong in this case, for a person
 * @param instance the request path the problem occurred on
 * @param errors individual errors, each with the place it was found (JSON path or line), if any
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record ProblemDetail(
    URI type, String title, int status, String detail, String instance, List<Error> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  /** One of several errors in a request, with where it was found. */
  public record Error(String location, String message) {}

  public static ProblemDetail of(Response.Status status, String detail, String instance) {
    return new ProblemDetail(
        URI.create("about:blank"),
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail,
        instance,
        List.of());
  }

  /**
   * 422: an uploaded document that cannot be read, with every problem and where it lies; {@code
   * kind} names the problem type ({@code invalid-sbom}, {@code invalid-vex} …).
   */
  public static ProblemDetail invalidDocument(
      String kind, String title, String detail, String instance, List<Error> errors) {
    return new ProblemDetail(
        URI.create("https://provena.example/problems/" + kind),
        title,
        422,
        detail,
        instance,
        List.copyOf(errors));
  }

  /** 413: an upload larger than the limit, cut off while it streamed in. */
  public static ProblemDetail tooLarge(String detail, String instance) {
    return of(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail, instance);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
