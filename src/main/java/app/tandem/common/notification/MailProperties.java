package app.tandem.common.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing mail: {@code tandem.mail.from} and the transport, {@code smtp} (spring.mail.*) or
 * {@code log} (the demo profile without a mail server: mails are written to the log instead).
 */
@ConfigurationProperties("tandem.mail")
public record MailProperties(String from, Transport transport) {

  public enum Transport { SMTP, LOG }

  public MailProperties {
    from = from == null ? "Tandem <tandem@tandem.example>" : from;
    transport = transport == null ? Transport.SMTP : transport;
  }
}
