package app.tandem.common.error;

import app.tandem.common.engine.EngineFailures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error contract on the engine's APIs ({@code /engine-rest}, the webapps' {@code /camunda/api/engine}):
 * every error answer is {@code application/problem+json} as on Tandem's own API ({@link Problems}) —
 * a refusal by a form, listener, delegate or validation is a {@code 400} naming the field, a
 * conflict {@code 409}, a missing authorization {@code 403}; an unexpected failure {@code 500} with a
 * reference, never the engine's message (which can hold SQL or ids). The engine's REST layer answers
 * such failures with its own {@code {type, message}} body and mostly status 500; this filter keeps the
 * original failure ({@link EngineFailures}) and answers from it. Successful answers pass untouched.
 * The problem also carries {@code message}, which Tasklist shows to the person.
 *
 * <p>Size: Long because it maps every failure the engine's REST layer can raise; the mapping reads as one table.
 */
public class EngineApiErrors extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var capturing = new ErrorCapturingResponse(response);
    EngineFailures.begin();
    Throwable failure = null;
    try {
      chain.doFilter(request, capturing);
    } catch (IOException | ServletException | RuntimeException e) {
      failure = e;
    } finally {
      Throwable recorded = EngineFailures.end();
      if (failure != null && !response.isCommitted()) {
        write(request, response, Problems.of(recorded != null ? recorded : failure, where(request)));
      } else if (failure instanceof IOException io) {
        throw io;
      } else if (failure instanceof ServletException servlet) {
        throw servlet;
      } else if (failure instanceof RuntimeException runtime) {
        throw runtime;
      } else if (capturing.isError()) {
        ProblemDetail problem = problemFor(request, capturing, recorded);
        if (problem == null) {
          capturing.replay();
        } else {
          write(request, response, problem);
        }
      }
    }
  }

  private static ProblemDetail problemFor(HttpServletRequest request, ErrorCapturingResponse response,
      Throwable recorded) {
    int status = response.status();
    if (recorded != null && status != HttpStatus.UNAUTHORIZED.value()) {
      ProblemDetail known = Problems.known(recorded, where(request));
      if (known != null) {
        return known;
      }
    }
    JsonNode body = response.body();
    if (body != null && body.has("status") && body.has("title")) {
      return null; // already a problem (Spring Security's answers)
    }
    HttpStatus resolved = HttpStatus.resolve(status);
    if (resolved == null || resolved.is5xxServerError()) {
      return Problems.unexpected(recorded != null ? recorded : new IllegalStateException("Engine API answered "
          + status + ": " + (body == null ? "" : body.toString())), where(request));
    }
    String message = body != null && body.hasNonNull("message") ? body.get("message").asText() : resolved.getReasonPhrase();
    if (resolved == HttpStatus.BAD_REQUEST) {
      return Problems.invalid(message, List.of(new FieldProblem("body", message)));
    }
    return Problems.problem(resolved, resolved.getReasonPhrase(), message);
  }

  private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.put("instance", request.getRequestURI());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    body.put("message", message(problem));
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /**
   * What Tasklist shows the person at the top of the form: the refusal and, for field problems, what to
   * correct (the form shows each at its field too).
   */
  private static String message(ProblemDetail problem) {
    if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors
        && !errors.isEmpty()) {
      var problems = errors.stream().map(error -> error instanceof FieldProblem field ? field.message()
          : error instanceof Map<?, ?> map ? String.valueOf(map.get("message")) : String.valueOf(error)).toList();
      return problem.getDetail() + " " + String.join("; ", problems);
    }
    return problem.getDetail();
  }

  private static String where(HttpServletRequest request) {
    return request.getMethod() + " " + request.getRequestURI() + " by " + request.getRemoteUser();
  }

  /** Passes a successful answer through; holds back an error answer so it can be rewritten. */
  private static final class ErrorCapturingResponse extends HttpServletResponseWrapper {

    private int status = HttpServletResponse.SC_OK;
    private boolean error;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream errorStream;
    private PrintWriter errorWriter;

    ErrorCapturingResponse(HttpServletResponse response) {
      super(response);
    }

    boolean isError() {
      return error;
    }

    int status() {
      return status;
    }

    /** Sends the held-back error answer as it was. */
    void replay() throws IOException {
      if (errorWriter != null) {
        errorWriter.flush();
      }
      HttpServletResponse real = (HttpServletResponse) getResponse();
      real.setStatus(status);
      real.setContentLength(buffer.size());
      buffer.writeTo(real.getOutputStream());
    }

    JsonNode body() {
      if (errorWriter != null) {
        errorWriter.flush();
      }
      try {
        return buffer.size() == 0 ? null : JSON.readTree(buffer.toByteArray());
      } catch (IOException e) {
        return null;
      }
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      error = sc >= 400;
      if (!error) {
        super.setStatus(sc);
      }
    }

    @Override
    public void sendError(int sc) {
      setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
      setStatus(sc);
    }

    @Override
    public void setContentLength(int len) {
      if (!error) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!error) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(error && "Content-Length".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!error) {
        return super.getOutputStream();
      }
      if (errorStream == null) {
        errorStream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
      }
      return errorStream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!error) {
        return super.getWriter();
      }
      if (errorWriter == null) {
        errorWriter = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return errorWriter;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!error) {
        super.flushBuffer();
      }
    }
  }
}
