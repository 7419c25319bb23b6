package app.tandem.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request whose body a filter has already read, readable again by whatever stands behind the
 * filter. For a form post ({@link #withFormParameters}) the parameters are parsed from the kept body,
 * since the container can no longer read them from the consumed stream.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private final Map<String, String[]> parameters;

  private CachedBodyRequest(HttpServletRequest request, byte[] body, Map<String, String[]> parameters) {
    super(request);
    this.body = body;
    this.parameters = parameters;
  }

  /** A JSON (or any non-form) body kept for the API behind. */
  static CachedBodyRequest of(HttpServletRequest request, byte[] body) {
    return new CachedBodyRequest(request, body, null);
  }

  /** A form post: its parameters are those of the query string and of the kept body. */
  static CachedBodyRequest withFormParameters(HttpServletRequest request, byte[] body) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    String query = request.getQueryString();
    parse(query == null ? "" : query, parameters);
    parse(new String(body, StandardCharsets.UTF_8), parameters);
    return new CachedBodyRequest(request, body, parameters);
  }

  /** The first value of a parameter of a url-encoded form, or "" when it is missing. */
  static String formField(String form, String name) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parse(form, parameters);
    String[] values = parameters.get(name);
    return values == null ? "" : values[0];
  }

  private static void parse(String form, Map<String, String[]> parameters) {
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      String[] old = parameters.get(name);
      String[] values = old == null ? new String[] {value} : Arrays.copyOf(old, old.length + 1);
      values[values.length - 1] = value;
      parameters.put(name, values);
    }
  }

  @Override
  public String getParameter(String name) {
    if (parameters == null) {
      return super.getParameter(name);
    }
    String[] values = parameters.get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters == null ? super.getParameterMap() : Collections.unmodifiableMap(parameters);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return parameters == null ? super.getParameterValues(name) : parameters.get(name);
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
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
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
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
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
