package app.tandem.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A client of one node's public API as a demo user (HTTP Basic, password = user id), the way CRM, 1C or a script
 * calls it. A node that is down answers with an {@link IOException}: the caller decides where to go next.
 */
final class NodeApi {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
    return send(node, user, HttpRequest.newBuilder(uri(node, path)).GET());
  }

  static Answer post(AppNode node, String user, String path, Object body, String... headers) throws IOException {
    var request = HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(node, user, request);
  }

  private static Answer send(AppNode node, String user, HttpRequest.Builder request) throws IOException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    request.header("Authorization", "Basic " + credentials).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60));
    try {
      var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static URI uri(AppNode node, String path) {
    return URI.create(node.base() + path);
  }
}
