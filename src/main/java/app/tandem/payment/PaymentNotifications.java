package app.tandem.payment;

import app.tandem.common.history.CaseHistory;
import app.tandem.common.notification.Notifications;
import app.tandem.common.notification.StaffMail;
import app.tandem.common.time.Dates;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Who hears what about a payment request, and in which words (templates in mail/). */
@Service
public class PaymentNotifications {

  private final PaymentRequestService requests;
  private final Notifications notifications;
  private final IdentityService identity;
  private final CaseHistory history;
  private final StaffMail staffMail;

  PaymentNotifications(PaymentRequestService requests, Notifications notifications, IdentityService identity,
      CaseHistory history, StaffMail staffMail) {
    this.requests = requests;
    this.notifications = notifications;
    this.identity = identity;
    this.history = history;
    this.staffMail = staffMail;
  }

  public void rejectedToManager(String number) {
    var request = requests.get(number);
    toUser(request.getInitiator(), "payment-rejected", model(request), number);
  }

  public void paidToManager(String number) {
    var request = requests.get(number);
    toUser(request.getInitiator(), "payment-paid-manager", model(request), number);
  }

  /** The contractor's payment notice; without an e-mail address the history says nobody was told. */
  public void paidToContractor(String number) {
    var request = requests.get(number);
    String email = request.fields().contractorEmail();
    if (email == null) {
      history.record(PaymentRequestService.CASE_TYPE, number, "system", "CONTRACTOR_NOT_NOTIFIED", null,
          "No e-mail address for the payment notice");
      return;
    }
    notifications.send(new Notifications.About(PaymentRequestService.CASE_TYPE, number), email,
        "payment-paid-contractor", model(request));
    history.record(PaymentRequestService.CASE_TYPE, number, "system", "CONTRACTOR_NOTIFIED", null, email);
  }

  public void reminderToApprovers(String number, String group) {
    var request = requests.get(number);
    for (User user : identity.createUserQuery().memberOfGroup(group).list()) {
      toUser(user.getId(), "payment-approval-reminder", model(request), number);
    }
  }

  public void escalationToFinance(String number) {
    var request = requests.get(number);
    for (User user : identity.createUserQuery().memberOfGroup("finance").list()) {
      toUser(user.getId(), "payment-approval-escalation", model(request), number);
    }
  }

  private void toUser(String userId, String template, Map<String, Object> model, String number) {
    staffMail.send(userId, template, model, PaymentRequestService.CASE_TYPE, number);
  }

  private Map<String, Object> model(PaymentRequest request) {
    var fields = request.fields();
    var events = requests.historyOf(request.getNumber());
    var lastComment = events.isEmpty() || events.get(events.size() - 1).getComment() == null ? "—"
        : events.get(events.size() - 1).getComment();
    var model = new HashMap<String, Object>();
    model.put("number", request.getNumber());
    model.put("purpose", fields.purpose());
    model.put("amount", request.money().display());
    model.put("contractorName", fields.contractorName() == null ? fields.contractorInn() : fields.contractorName());
    model.put("contractorInn", fields.contractorInn());
    model.put("invoiceNumber", fields.invoiceNumber() == null ? "—" : fields.invoiceNumber());
    model.put("invoiceDate", fields.invoiceDate() == null ? "—" : Dates.DATE.format(fields.invoiceDate()));
    model.put("payBy", Dates.DATE.format(fields.payBy()));
    model.put("status", request.getStatus().label());
    model.put("lastComment", lastComment);
    model.put("paymentOrderNumber", request.getPaymentOrderNumber() == null ? "—" : request.getPaymentOrderNumber());
    model.put("paymentOrderDate", request.getPaymentOrderDate() == null ? "—" : Dates.DATE.format(request.getPaymentOrderDate()));
    model.put("settlementAccount", fields.settlementAccount() == null ? "—" : fields.settlementAccount());
    model.put("bankName", fields.bankName() == null ? "your bank" : fields.bankName());
    return model;
  }
}
