package app.tandem.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the test mail server received: mails by recipient, their text and attachments. */
public final class Mails {

  private Mails() {
  }

  public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
      try {
        return Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** The plain-text body of a mail, also when it has attachments. */
  public static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain") && part.getFileName() == null) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  public static List<String> attachmentNames(Part part) throws Exception {
    List<String> names = new ArrayList<>();
    if (part.getFileName() != null) {
      names.add(part.getFileName());
    } else if (part.getContent() instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        names.addAll(attachmentNames(multipart.getBodyPart(i)));
      }
    }
    return names;
  }
}
