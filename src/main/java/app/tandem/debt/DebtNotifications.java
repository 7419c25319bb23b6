package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.notification.Notifications;
import app.tandem.common.notification.Notifications.Attachment;
import app.tandem.common.notification.StaffMail;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import app.tandem.party.Counterparty;
import app.tandem.party.CounterpartyDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Who hears what about overdue debts, and in which words (templates in mail/). */
@Service
public class DebtNotifications {

  private final ReceivableService receivables;
  private final DebtCases cases;
  private final DunningStage dunning;
  private final CounterpartyDirectory directory;
  private final AgeingReport ageing;
  private final Notifications notifications;
  private final Staff staff;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;
  private final StaffMail staffMail;

  DebtNotifications(ReceivableService receivables, DebtCases cases, DunningStage dunning, CounterpartyDirectory directory,
      AgeingReport ageing, Notifications notifications, Staff staff, CaseHistory history, WorkingDayCalendar calendar,
      StaffMail staffMail) {
    this.staffMail = staffMail;
    this.calendar = calendar;
    this.receivables = receivables;
    this.cases = cases;
    this.dunning = dunning;
    this.directory = directory;
    this.ageing = ageing;
    this.notifications = notifications;
    this.staff = staff;
    this.history = history;
  }

  /**
   * Sends the customer the reminder of this level (1 polite, 2 firm) with the list of their overdue
   * invoices attached, and records it on the invoice.
   */
  public void reminder(String invoiceNumber, int level) {
    var receivable = receivables.get(invoiceNumber);
    String email = receivable.getCustomerEmail() != null ? receivable.getCustomerEmail()
        : directory.find(receivable.getCustomerInn()).map(Counterparty::getEmail).orElse(null);
    if (email != null) {
      LocalDate today = calendar.today();
      List<Receivable> overdue = cases.openInvoicesOf(receivable.getCustomerInn()).stream()
          .filter(r -> r.getBalance().signum() > 0 && r.getDueDate().isBefore(today)).toList();
      var model = model(receivable);
      model.put("invoiceList", invoiceTable(overdue));
      var manager = staff.user(receivable.getManagerId());
      model.put("managerName", staff.displayName(receivable.getManagerId()));
      model.put("managerEmail", manager.map(User::getEmail).orElse("—"));
      notifications.send(new Notifications.About(ReceivableService.CASE_TYPE, invoiceNumber), email,
          "debt-reminder-" + level, model,
          List.of(new Attachment("overdue-invoices.csv", "text/csv", invoiceCsv(overdue))));
    }
    dunning.reminderSent(invoiceNumber, level, email);
  }

  /** Tells whoever held a task in the escalation (users, or members of groups) that a payment settled it. */
  public void settledToTaskHolders(String invoiceNumber, String holders) {
    var receivable = receivables.get(invoiceNumber);
    Set<String> users = new LinkedHashSet<>();
    for (String holder : holders == null ? new String[0] : holders.split(",")) {
      String id = holder.trim();
      if (id.startsWith("group:")) {
        TandemGroup.byId(id.substring(6)).ifPresent(group -> staff.membersOf(group).forEach(u -> users.add(u.getId())));
      } else if (!id.isEmpty()) {
        users.add(id);
      }
    }
    for (String user : users) {
      toUser(user, "debt-settled", model(receivable), invoiceNumber);
    }
  }

  public void writtenOff(String invoiceNumber) {
    var receivable = receivables.get(invoiceNumber);
    Set<String> users = new LinkedHashSet<>();
    users.add(receivable.getManagerId());
    staff.membersOf(TandemGroup.SALES_HEADS).forEach(u -> users.add(u.getId()));
    for (String user : users) {
      toUser(user, "debt-written-off", model(receivable), invoiceNumber);
    }
  }

  /** The weekly ageing report: heads of sales get everything, a manager their own customers. */
  public void ageingReport(String userId) {
    boolean head = staff.isMember(userId, TandemGroup.SALES_HEADS);
    var report = ageing.of(head ? null : userId);
    var model = new HashMap<String, Object>();
    model.put("asOf", report.asOf().format(Dates.DATE));
    model.put("scope", head ? "all customers" : "your customers");
    model.put("table", AgeingReport.text(report));
    var user = staff.user(userId);
    if (user.isEmpty() || user.get().getEmail() == null || user.get().getEmail().isBlank()) {
      return;
    }
    model.put("recipientName", user.get().getFirstName() == null ? userId : user.get().getFirstName());
    notifications.send(new Notifications.About("AGEING_REPORT", report.asOf().toString()), user.get().getEmail(),
        "debt-ageing-report", model,
        List.of(new Attachment("ageing-" + report.asOf() + ".csv", "text/csv", AgeingReport.csv(report))));
  }

  private void toUser(String userId, String template, Map<String, Object> model, String invoiceNumber) {
    staffMail.send(userId, template, model, ReceivableService.CASE_TYPE, invoiceNumber);
  }

  private Map<String, Object> model(Receivable receivable) {
    var model = new HashMap<String, Object>();
    model.put("invoiceNumber", receivable.getInvoiceNumber());
    model.put("customerName", receivable.getCustomerName());
    model.put("customerInn", receivable.getCustomerInn());
    model.put("issueDate", receivable.getIssueDate().format(Dates.DATE));
    model.put("dueDate", receivable.getDueDate().format(Dates.DATE));
    model.put("amount", new Money(receivable.getAmount(), receivable.getCurrency()).display());
    model.put("balance", receivable.balanceMoney().display());
    model.put("status", receivable.getStatus().name());
    return model;
  }

  static String invoiceTable(List<Receivable> invoices) {
    var out = new StringBuilder();
    out.append(String.format("  %-20s %-12s %-12s %22s%n", "Invoice", "Issued", "Due", "Outstanding"));
    for (Receivable r : invoices) {
      out.append(String.format("  %-20s %-12s %-12s %22s%n", r.getInvoiceNumber(), r.getIssueDate().format(Dates.DATE),
          r.getDueDate().format(Dates.DATE), r.balanceMoney().display()));
    }
    return out.toString();
  }

  static byte[] invoiceCsv(List<Receivable> invoices) {
    var out = new StringBuilder("\uFEFFInvoice;Issue date;Due date;Amount;Outstanding;Currency\r\n");
    for (Receivable r : invoices) {
      out.append(String.join(";", r.getInvoiceNumber(), r.getIssueDate().format(Dates.DATE), r.getDueDate().format(Dates.DATE),
          r.getAmount().toPlainString().replace('.', ','), r.getBalance().toPlainString().replace('.', ','),
          r.getCurrency())).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
