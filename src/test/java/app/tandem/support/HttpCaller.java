package app.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real HTTP calls against a running application — the test's own on a port, or a node of a fault test or the
 * benchmark at its base URL: as an API client with HTTP Basic, or as a browser session of the Camunda webapps
 * (session cookie and CSRF token). The one HTTP client of the tests: connections time out after 5 s, answers
 * after 60 s; a failed connection is an {@link UncheckedIOException} whose cause the caller may act on.
 */
public final class HttpCaller {

  private final String base;
  private final String basicAuth;
  private final CookieManager cookies;
  private final HttpClient client;
  private Duration timeout = Duration.ofSeconds(60);

  private HttpCaller(String base, String user, String password, CookieManager cookies) {
    this.cookies = cookies;
    this.base = base;
    this.basicAuth = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private static String local(int port) {
    return "http://localhost:" + port;
  }

  /** An API client sending the user's credentials (password = user id, as for demo users). */
  public static HttpCaller as(int port, String user) {
    return on(local(port), user);
  }

  public static HttpCaller as(int port, String user, String password) {
    return new HttpCaller(local(port), user, password, new CookieManager());
  }

  public static HttpCaller anonymous(int port) {
    return anonymous(local(port));
  }

  /** An API client of the application at {@code base} (password = user id, as for demo users). */
  public static HttpCaller on(String base, String user) {
    return new HttpCaller(base, user, user, new CookieManager());
  }

  public static HttpCaller anonymous(String base) {
    return new HttpCaller(base, null, null, new CookieManager());
  }

  /** The same caller, giving up on an answer after {@code limit} (a health probe, say). */
  public HttpCaller answeringWithin(Duration limit) {
    this.timeout = limit;
    return this;
  }

  /** The same browser (cookies) sent to another node, as a load balancer without sticky sessions would. */
  public HttpCaller sameBrowserOn(int otherPort) {
    return new HttpCaller(local(otherPort), null, null, cookies);
  }

  /** A browser-like session logged in to the given webapp (tasklist, cockpit, admin). */
  public static HttpCaller webappSession(int port, String user, String app) {
    HttpCaller session = anonymous(port);
    session.get("/camunda/app/" + app + "/default/");
    HttpResponse<String> login = session.postForm("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", user));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Login of " + user + " to " + app + " failed: "
          + login.statusCode() + " " + login.body());
    }
    // the login starts a new session; like Tasklist, fetch its CSRF token with the next GET
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A download: the body as bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    return send(request(path, "*/*").GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Any method, with a JSON body or none. */
  public HttpResponse<String> json(String method, String path, String json) {
    var request = request(path);
    if (json == null) {
      return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
    }
    return send(request.header("Content-Type", "application/json").method(method,
        HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postJsonWith(String path, String json, String header, String value) {
    return send(request(path).header("Content-Type", "application/json").header(header, value)
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** As Tasklist asks for lists: HAL, with embedded assignees, definitions and variables. */
  public HttpResponse<String> postHal(String path, String json) {
    return send(request(path, "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A multipart/form-data POST with one file field. */
  public HttpResponse<String> postFile(String path, String field, String fileName, String contentType, byte[] content) {
    return postMultipart(path, Map.of(), field, fileName, contentType, content);
  }

  /** A multipart/form-data POST with text fields and one file field (as Camunda Modeler deploys a file). */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String field, String fileName,
      String contentType, byte[] content) {
    String boundary = "tandem-" + System.nanoTime();
    var out = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJsonWith(String path, String json, String header, String value) {
    return send(request(path).header("Content-Type", "application/json").header(header, value)
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> getWith(String path, String header, String value) {
    return send(request(path).header(header, value).GET());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    return request(path, "application/json, application/problem+json");
  }

  private HttpRequest.Builder request(String path, String accept) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
        .timeout(timeout);
    if (basicAuth != null) {
      builder.header("Authorization", basicAuth);
    }
    cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
        .map(HttpCookie::getValue)
        .findFirst()
        .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
