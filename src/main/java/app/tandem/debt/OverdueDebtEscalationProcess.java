package app.tandem.debt;

import app.tandem.common.form.FileUpload;
import app.tandem.common.form.FormField;
import app.tandem.common.form.FormRow;
import app.tandem.common.form.UserTaskForm;
import app.tandem.common.process.ProcessVariable;
import app.tandem.debt.ContactStage.ContactOutcome;
import app.tandem.debt.HeadOfSalesStage.Decision;
import app.tandem.debt.LegalStage.LegalDecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The process {@code overdue-debt-escalation} (bpmn/overdue-debt-escalation.bpmn), one instance per
 * overdue invoice with the invoice number as business key: its key, the ids code and tests refer
 * to, its few variables and its forms. The invoice itself lives in {@link Receivable}; deadlines come
 * from its tables ({@link DebtDeadlines}).
 */
public final class OverdueDebtEscalationProcess {

  public static final String KEY = "overdue-debt-escalation";
  public static final String DUNNING_DECISION_KEY = "dunning-policy";
  /** Correlated by business key when a payment clears the balance: ends the escalation at any stage. */
  public static final String MESSAGE_SETTLED = "InvoiceSettled";

  // elements
  public static final String START = "Event_InvoiceOverdue";
  public static final String OPEN = "Task_OpenEscalation";
  public static final String DECIDE_DUNNING = "Task_DecideDunningStep";
  public static final String SEND_REMINDER = "Task_SendPaymentReminder";
  public static final String REMINDER_WAIT = "Timer_AfterReminder";
  public static final String CONTACT = "Task_ContactCustomer";
  public static final String CONTACT_OVERDUE = "Timer_NoContactOutcome";
  public static final String PROMISE_WAIT = "Timer_PromiseDue";
  public static final String CHECK_PROMISE = "Task_CheckPromise";
  public static final String RETRY_WAIT = "Timer_RetryContact";
  public static final String ESCALATE = "Task_EscalateDebt";
  public static final String DECIDE = "Task_DecideOnDebt";
  public static final String APPROVE_WRITE_OFF = "Task_ApproveWriteOff";
  public static final String WRITE_OFF = "Task_WriteOffDebt";
  public static final String END_WRITTEN_OFF = "Event_DebtWrittenOff";
  public static final String SEND_CLAIM = "Task_SendClaim";
  public static final String CLAIM_WAIT = "Timer_ClaimAnswerPeriod";
  public static final String FILE_LAWSUIT = "Task_FileLawsuit";
  public static final String CLOSE_LITIGATION = "Task_CloseLitigation";
  public static final String AGREE_SCHEDULE = "Task_AgreePaymentSchedule";
  public static final String INSTALMENT_WAIT = "Timer_InstalmentDue";
  public static final String CHECK_INSTALMENT = "Task_CheckInstalment";
  public static final String SETTLED_START = "Event_InvoiceSettled";
  public static final String NOTIFY_SETTLED = "Task_NotifyTaskHolders";
  public static final String END_SETTLED = "Event_DebtSettled";

  // dunning actions (DMN output)
  public static final String REMINDER_1 = "REMINDER_1";
  public static final String REMINDER_2 = "REMINDER_2";
  public static final String CALL = "CALL";
  public static final String ESCALATE_ACTION = "ESCALATE";

  // ---- variables: who works next, what the gateways read, the Tasklist columns ----

  /** The invoice's responsible manager: the contact task is theirs. */
  public static final ProcessVariable<String> MANAGER_ID = ProcessVariable.of("managerId", String.class);
  /** Route after the dunning policy (transient): {@link #REMINDER_1}, {@link #REMINDER_2}, {@link #CALL}, {@link #ESCALATE_ACTION}. */
  public static final ProcessVariable<String> DUNNING_ACTION = ProcessVariable.of("dunningAction", String.class);
  /** Route after the contact (transient): a {@link ContactStage.ContactOutcome} name. */
  public static final ProcessVariable<String> CONTACT_OUTCOME = ProcessVariable.of("contactOutcome", String.class);
  public static final ProcessVariable<Boolean> PROMISE_KEPT = ProcessVariable.of("promiseKept", Boolean.class);
  public static final ProcessVariable<Boolean> INSTALMENT_PAID = ProcessVariable.of("instalmentPaid", Boolean.class);
  /** Why the invoice is escalated (transient, set on the flow that leads to the escalation). */
  public static final ProcessVariable<String> ESCALATION_REASON = ProcessVariable.of("escalationReason", String.class);
  /** Route after the head of sales (transient): a {@link HeadOfSalesStage.Decision} name. */
  public static final ProcessVariable<String> DEBT_DECISION = ProcessVariable.of("debtDecision", String.class);
  /** Route after finance (transient): {@link #APPROVE} or {@link #REFUSE}. */
  public static final ProcessVariable<String> WRITE_OFF_DECISION = ProcessVariable.of("writeOffDecision", String.class);
  /** Route after legal (transient): a {@link LegalStage.LegalDecision} name. */
  public static final ProcessVariable<String> LEGAL_DECISION = ProcessVariable.of("legalDecision", String.class);
  /** Who held a task when a payment settled the invoice (user ids and group ids), to tell them. */
  public static final ProcessVariable<String> TASK_HOLDERS = ProcessVariable.of("taskHolders", String.class);
  /** Tasklist columns (besides {@link app.tandem.common.process.CaseVariables}). */
  public static final ProcessVariable<Integer> DAYS_OVERDUE_COLUMN = ProcessVariable.of("daysOverdue", Integer.class);
  public static final ProcessVariable<String> STATUS_COLUMN = ProcessVariable.of("status", String.class);

  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";

  /** The flows into the escalation and the reason each stands for. */
  public static final Map<String, String> ESCALATION_REASONS = Map.of(
      "Flow_EscalateByPolicy", "DUNNING_POLICY",
      "Flow_Disputed", "DISPUTED",
      "Flow_NoContactOutcome", "NO_CONTACT_OUTCOME",
      "Flow_PromiseBroken", "BROKEN_PROMISE",
      "Flow_InstalmentMissed", "MISSED_INSTALMENT");

  // ---- form fields ----

  public static final FormField<ContactOutcome> CONTACT_OUTCOME_FIELD = FormField.choice("contactOutcome",
      "Outcome of the contact", ContactOutcome.class);
  public static final FormField<LocalDate> PROMISED_DATE = FormField.date("promisedDate", "Promised date");
  public static final FormField<BigDecimal> PROMISED_AMOUNT = FormField.amount("promisedAmount", "Promised amount")
      .storedIn("payment_promise", "amount");
  public static final FormField<String> DISPUTE_REASON = FormField.multilineText("disputeReason",
      "Why the customer disputes the invoice").storedIn("receivable", "dispute_reason");
  public static final FormField<String> COMMENT = FormField.multilineText("comment", "Comment")
      .storedIn("case_event", "comment");
  public static final FormField<Decision> DEBT_DECISION_FIELD = FormField.choice("debtDecision", "Decision",
      Decision.class);
  public static final FormField<LocalDate> NEW_DEADLINE = FormField.date("newDeadline", "New deadline");
  public static final FormField<Boolean> CREDIT_HOLD = FormField.flag("creditHold", "Credit hold");
  public static final FormField<String> WRITE_OFF_DECISION_FIELD = FormField.choice("writeOffDecision", "Write-off",
      List.of(APPROVE, REFUSE));
  public static final FormField<LocalDate> INSTALMENT_DATE = FormField.date("dueDate", "Instalment date");
  public static final FormField<BigDecimal> INSTALMENT_AMOUNT = FormField.amount("amount", "Instalment amount")
      .storedIn("instalment", "amount");
  public static final FormField<List<FormRow>> INSTALMENTS = FormField.rows("instalments", "Instalments",
      INSTALMENT_DATE, INSTALMENT_AMOUNT);
  public static final FormField<LocalDate> CLAIM_SENT_ON = FormField.date("claimSentOn", "Date sent");
  public static final FormField<FileUpload> CLAIM_FILE = FormField.file("claimFile", "The claim as sent");
  public static final FormField<LegalDecision> LEGAL_DECISION_FIELD = FormField.choice("legalDecision", "Decision",
      LegalDecision.class);
  public static final FormField<String> LAWSUIT_CASE_NUMBER = FormField.text("lawsuitCaseNumber", "Court case number")
      .storedIn("receivable", "lawsuit_case_number");
  public static final FormField<String> COURT = FormField.text("court", "Court").storedIn("receivable", "court");

  // ---- forms: what each task may change ----

  public static final UserTaskForm CONTACT_FORM = UserTaskForm.of(KEY, CONTACT, CONTACT_OUTCOME_FIELD, PROMISED_DATE,
      PROMISED_AMOUNT, DISPUTE_REASON, COMMENT);
  public static final UserTaskForm DECIDE_FORM = UserTaskForm.of(KEY, DECIDE, DEBT_DECISION_FIELD, NEW_DEADLINE,
      CREDIT_HOLD, COMMENT);
  public static final UserTaskForm AGREE_SCHEDULE_FORM = UserTaskForm.of(KEY, AGREE_SCHEDULE, INSTALMENTS);
  public static final UserTaskForm APPROVE_WRITE_OFF_FORM = UserTaskForm.of(KEY, APPROVE_WRITE_OFF,
      WRITE_OFF_DECISION_FIELD, COMMENT);
  public static final UserTaskForm SEND_CLAIM_FORM = UserTaskForm.of(KEY, SEND_CLAIM, CLAIM_SENT_ON, CLAIM_FILE,
      COMMENT);
  public static final UserTaskForm FILE_LAWSUIT_FORM = UserTaskForm.of(KEY, FILE_LAWSUIT, LEGAL_DECISION_FIELD,
      LAWSUIT_CASE_NUMBER, COURT, COMMENT);
  public static final UserTaskForm CLOSE_LITIGATION_FORM = UserTaskForm.of(KEY, CLOSE_LITIGATION,
      LEGAL_DECISION_FIELD, COMMENT);

  private OverdueDebtEscalationProcess() {
  }
}
