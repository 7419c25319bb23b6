package app.tandem.common.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A plain-text mail template from {@code classpath:mail/<name>.txt}: the first line is
 * {@code Subject: ...}, then a blank line, then the body; {@code {{key}}} is replaced by the
 * model's value. A key the model lacks is an error, so no mail goes out half-filled.
 */
record MailTemplate(String name, String subject, String body) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");

  static MailTemplate load(String name) {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("Not a template name: " + name);
    }
    var resource = new ClassPathResource("mail/" + name + ".txt");
    String text;
    try (var in = resource.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Mail template " + name + " cannot be read", e);
    }
    int end = text.indexOf("\n\n");
    if (!text.startsWith("Subject: ") || end < 0) {
      throw new IllegalStateException("Mail template " + name + " must start with 'Subject: ...' and a blank line");
    }
    return new MailTemplate(name, text.substring("Subject: ".length(), end).trim(), text.substring(end + 2));
  }

  String renderSubject(Map<String, ?> model) {
    return render(subject, model);
  }

  String renderBody(Map<String, ?> model) {
    return render(body, model);
  }

  private String render(String text, Map<String, ?> model) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String key = matcher.group(1);
      if (!model.containsKey(key) || model.get(key) == null) {
        throw new IllegalArgumentException("Mail template " + name + " needs '" + key + "'");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(model.get(key))));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
