package app.tandem.debt;

import app.tandem.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A customer invoice from accounting (1C), keyed by its number, and how its collection stands.
 *
 * <p>Size: A JPA entity: most of its length is columns and getters.
 */
@Entity
@Table(name = "receivable")
public class Receivable {

  @Id
  @Column(name = "invoice_number")
  private String invoiceNumber;
  @Column(name = "customer_inn", nullable = false)
  private String customerInn;
  @Column(name = "customer_name", nullable = false)
  private String customerName;
  @Column(name = "manager_id", nullable = false)
  private String managerId;
  @Column(nullable = false)
  private BigDecimal amount;
  @Column(nullable = false)
  private String currency;
  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;
  @Column(name = "customer_email")
  private String customerEmail;
  @Column(nullable = false)
  private BigDecimal balance;
  @Column(nullable = false)
  private BigDecimal overpaid = BigDecimal.ZERO;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReceivableStatus status;
  @Column(name = "reminders_sent", nullable = false)
  private int remindersSent;
  @Column(name = "failed_contacts", nullable = false)
  private int failedContacts;
  @Column(name = "dispute_reason")
  private String disputeReason;
  @Column(name = "schedule_balance")
  private BigDecimal scheduleBalance;
  @Column(name = "claim_sent_on")
  private LocalDate claimSentOn;
  @Column(name = "lawsuit_case_number")
  private String lawsuitCaseNumber;
  private String court;
  @Column(name = "closed_on")
  private LocalDate closedOn;
  @Column(name = "dunning_action")
  private String dunningAction;
  @Column(name = "dunning_wait_days")
  private Integer dunningWaitDays;
  @Column(name = "dunning_reason")
  private String dunningReason;
  @Column(name = "contact_due")
  private Instant contactDue;
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;
  @Version
  private long version;

  protected Receivable() {
  }

  Receivable(ReceivableData data, Instant now) {
    this.invoiceNumber = data.invoiceNumber();
    this.customerInn = data.customerInn();
    this.customerName = data.customerName();
    this.managerId = data.managerId();
    this.amount = data.amount();
    this.currency = data.currency();
    this.issueDate = data.issueDate();
    this.dueDate = data.dueDate();
    this.customerEmail = data.customerEmail();
    this.balance = data.amount();
    this.status = ReceivableStatus.NOT_DUE;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The invoice as accounting sent it, to tell a repeated import from a changed one. */
  ReceivableData data() {
    return new ReceivableData(invoiceNumber, customerInn, customerName, managerId, amount, currency, issueDate,
        dueDate, customerEmail);
  }

  void moveTo(ReceivableStatus next, Instant now) {
    this.status = next;
    this.updatedAt = now;
  }

  /** Applies a payment; returns the part of it beyond the balance (an overpayment), zero if none. */
  BigDecimal pay(BigDecimal paid, Instant now) {
    BigDecimal applied = paid.min(balance);
    BigDecimal excess = paid.subtract(applied);
    balance = balance.subtract(applied);
    overpaid = overpaid.add(excess);
    updatedAt = now;
    return excess;
  }

  /** The dunning policy's step for now: its action, the working days to wait after a reminder, and why. */
  void dunningDecided(String action, int waitDays, String reason, Instant now) {
    this.dunningAction = action;
    this.dunningWaitDays = waitDays;
    this.dunningReason = reason;
    this.updatedAt = now;
  }

  /** By when the manager is to reach the customer. */
  void contactDueBy(Instant due, Instant now) {
    this.contactDue = due;
    this.updatedAt = now;
  }

  public String getDunningAction() {
    return dunningAction;
  }

  public int getDunningWaitDays() {
    return dunningWaitDays == null ? 0 : dunningWaitDays;
  }

  public String getDunningReason() {
    return dunningReason;
  }

  public Instant getContactDue() {
    return contactDue;
  }

  void reminderSent(Instant now) {
    remindersSent++;
    updatedAt = now;
  }

  void contactFailed(Instant now) {
    failedContacts++;
    updatedAt = now;
  }

  void disputed(String reason, Instant now) {
    disputeReason = reason;
    updatedAt = now;
  }

  void restructured(Instant now) {
    scheduleBalance = balance;
    status = ReceivableStatus.RESTRUCTURED;
    updatedAt = now;
  }

  void claimSent(LocalDate on, Instant now) {
    claimSentOn = on;
    status = ReceivableStatus.IN_LEGAL;
    updatedAt = now;
  }

  void lawsuitFiled(String caseNumber, String court, Instant now) {
    this.lawsuitCaseNumber = caseNumber;
    this.court = court;
    updatedAt = now;
  }

  void close(ReceivableStatus finalStatus, LocalDate on, Instant now) {
    status = finalStatus;
    closedOn = on;
    updatedAt = now;
  }

  /** Days past the due date on {@code today}; zero when not yet due. */
  public long daysOverdue(LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
  }

  public Money balanceMoney() {
    return new Money(balance, currency);
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public String getCustomerInn() {
    return customerInn;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getManagerId() {
    return managerId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getCustomerEmail() {
    return customerEmail;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public BigDecimal getOverpaid() {
    return overpaid;
  }

  public ReceivableStatus getStatus() {
    return status;
  }

  public int getRemindersSent() {
    return remindersSent;
  }

  public int getFailedContacts() {
    return failedContacts;
  }

  public String getDisputeReason() {
    return disputeReason;
  }

  public BigDecimal getScheduleBalance() {
    return scheduleBalance;
  }

  public LocalDate getClaimSentOn() {
    return claimSentOn;
  }

  public String getLawsuitCaseNumber() {
    return lawsuitCaseNumber;
  }

  public String getCourt() {
    return court;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }
}
