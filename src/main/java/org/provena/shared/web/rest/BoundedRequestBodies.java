package org.provena.shared.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every request body that is read into an object (JSON requests: forms, answers, keys). Raw
 * uploads ({@code InputStream} parameters: SBOMs, evidence, VEX, feeds) are left alone: their
 * intakes stream them to disk against limits of their own. A JSON body is held in memory whole, so
 * without this bound one request could fill the heap.
 */
@Provider
public class BoundedRequestBodies implements ReaderInterceptor {

  /** The largest JSON request: a form with its PDF in base64 (20 MiB as PDF) fits. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (InputStream.class.isAssignableFrom(context.getType())) {
      return context.proceed();
    }
    String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
    if (length != null
        && length.trim().matches("\\d{1,18}")
        && Long.parseLong(length.trim()) > MAX_BYTES) {
      throw tooLarge();
    }
    context.setInputStream(new Limited(context.getInputStream()));
    return context.proceed();
  }

  private static WebApplicationException tooLarge() {
    return new WebApplicationException(
        "The request body is larger than " + MAX_BYTES / (1024 * 1024) + " MiB",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  /** Stops reading past the bound (a body sent without Content-Length). */
  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge();
      }
    }
  }
}
