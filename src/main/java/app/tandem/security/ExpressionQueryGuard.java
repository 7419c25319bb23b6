package app.tandem.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses engine queries that carry expressions inside {@code orQueries}.
 *
 * <p>Camunda 7.24.0 forbids expressions in ad-hoc queries but still evaluates them inside the
 * {@code orQueries} of a task query, so any Tasklist user could run arbitrary JUEL on the server
 * (e.g. {@code {"orQueries":[{"assigneeExpression":"${...}"}]}}). 7.24.0 CE gets no more patches,
 * so this guard sits in front of both the engine REST API and the webapps' engine API and answers
 * 400 for any JSON body with an {@code orQueries} entry holding a {@code ...Expression} field.
 * Stored filter queries, which are created by administrators only, are unaffected.
 */
class ExpressionQueryGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ExpressionQueryGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Room for a 10 MB document sent as a base64 File variable by Tasklist, with its form fields. */
  private static final int MAX_INSPECTED_BODY = 20 * 1024 * 1024;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!hasInspectableBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
    if (body.length > MAX_INSPECTED_BODY) {
      ProblemResponses.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
          "The request body is larger than " + MAX_INSPECTED_BODY + " bytes.");
      return;
    }
    Optional<String> field = expressionInOrQueries(body);
    if (field.isPresent()) {
      LOG.warn("Refused {} {} from {}: expression field '{}' in orQueries", request.getMethod(),
          request.getRequestURI(), request.getRemoteUser(), field.get());
      ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST,
          "Expressions are not allowed in orQueries (field '" + field.get() + "').");
      return;
    }
    chain.doFilter(CachedBodyRequest.of(request, body), response);
  }

  private static boolean hasInspectableBody(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method)) {
      return false;
    }
    String contentType = request.getContentType();
    return contentType == null || !contentType.toLowerCase().startsWith("multipart/");
  }

  /** The name of the first {@code ...Expression} field inside an {@code orQueries} entry, if any. */
  static Optional<String> expressionInOrQueries(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return Optional.empty(); // not JSON: the API itself rejects it
    } catch (IOException e) {
      return Optional.empty();
    }
    return root == null ? Optional.empty() : find(root, false);
  }

  private static Optional<String> find(JsonNode node, boolean insideOrQueries) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<String> found = find(element, insideOrQueries);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        JsonNode value = node.get(name);
        if (insideOrQueries && name.endsWith("Expression") && !value.isNull()) {
          return Optional.of(name);
        }
        Optional<String> found = find(value, insideOrQueries || "orQueries".equals(name));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
