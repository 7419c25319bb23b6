package app.tandem.common.notification;

import app.tandem.common.history.CaseHistory;
import app.tandem.identity.Staff;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Mails a member of staff about a case, addressed by first name. Someone without an e-mail address
 * cannot be told: the case's history says so, and nothing fails.
 */
@Service
public class StaffMail {

  private final Notifications notifications;
  private final Staff staff;
  private final CaseHistory history;

  StaffMail(Notifications notifications, Staff staff, CaseHistory history) {
    this.notifications = notifications;
    this.staff = staff;
    this.history = history;
  }

  /** @return whether a mail went out */
  public boolean send(String userId, String template, Map<String, ?> model, String caseType, String caseNumber) {
    var user = staff.user(userId);
    if (user.isEmpty() || user.get().getEmail() == null || user.get().getEmail().isBlank()) {
      history.record(caseType, caseNumber, "system", "NOT_NOTIFIED", null, userId + " has no e-mail address");
      return false;
    }
    var personal = new HashMap<String, Object>(model);
    personal.put("recipientName", user.get().getFirstName() == null ? userId : user.get().getFirstName());
    notifications.send(new Notifications.About(caseType, caseNumber), user.get().getEmail(), template, personal);
    return true;
  }
}
