package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) under the same
 * {@link LoginThrottle} as HTTP Basic: throttled attempts get 429 with {@code Retry-After} before the
 * password is checked; the answer decides whether a failure or a success is counted.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

  private static final int MAX_BODY = 16 * 1024;

  private final LoginThrottle throttle;

  WebappLoginThrottle(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY);
    String user = formField(new String(body, StandardCharsets.UTF_8), "username");
    String address = request.getRemoteAddr();
    var wait = throttle.waitBeforeAttempt(user, address);
    if (wait.isPresent()) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
      ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
          "Too many failed logins from this address: try again in " + Math.max(1, wait.get().toSeconds()) + " s");
      return;
    }
    chain.doFilter(new BodyRequest(request, body), response);
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      throttle.succeeded(user, address);
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address); // a wrong password (403 is a right password for an app the user may not use)
    }
  }

  private static String formField(String form, String name) {
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  /** The request with its already-read body available again to the login behind. */
  private static final class BodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private final java.util.Map<String, String[]> parameters = new java.util.LinkedHashMap<>();

    BodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      String query = request.getQueryString();
      parse(query == null ? "" : query);
      parse(new String(body, StandardCharsets.UTF_8));
    }

    private void parse(String form) {
      for (String pair : form.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        String[] old = parameters.get(name);
        String[] values = old == null ? new String[] {value} : java.util.Arrays.copyOf(old, old.length + 1);
        values[values.length - 1] = value;
        parameters.put(name, values);
      }
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public java.util.Map<String, String[]> getParameterMap() {
      return java.util.Collections.unmodifiableMap(parameters);
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return java.util.Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
