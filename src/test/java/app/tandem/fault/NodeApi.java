package app.tandem.fault;

import app.tandem.support.HttpCaller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/**
 * A client of one node's public API as a demo user (HTTP Basic, password = user id), the way CRM, 1C or a script
 * calls it. A node that is down answers with an {@link IOException}: the caller decides where to go next.
 */
final class NodeApi {

  static final ObjectMapper JSON = new ObjectMapper();

  record Answer(int status, String body) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  private NodeApi() {
  }

  static Answer get(AppNode node, String user, String path) throws IOException {
    return send(node, user, "GET", path, null);
  }

  static Answer post(AppNode node, String user, String path, Object body, String... headers) throws IOException {
    if (headers.length != 0 && headers.length != 2) {
      throw new IllegalArgumentException("One header name and value, or none");
    }
    if (headers.length == 2) {
      return answer(() -> HttpCaller.on(node.base(), user).postJsonWith(path, JSON.writeValueAsString(body),
          headers[0], headers[1]));
    }
    return send(node, user, "POST", path, JSON.writeValueAsString(body));
  }

  private static Answer send(AppNode node, String user, String method, String path, String json) throws IOException {
    return answer(() -> HttpCaller.on(node.base(), user).json(method, path, json));
  }

  private interface Call {
    HttpResponse<String> send() throws IOException;
  }

  /** The node's answer; a node that cannot be reached is the {@link IOException} it is. */
  private static Answer answer(Call call) throws IOException {
    try {
      var response = call.send();
      return new Answer(response.statusCode(), response.body());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
