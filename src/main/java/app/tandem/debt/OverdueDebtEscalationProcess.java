package app.tandem.debt;

import app.tandem.common.process.ProcessVariable;
import java.util.Date;

/**
 * The process {@code overdue-debt-escalation} (bpmn/overdue-debt-escalation.bpmn), one instance per
 * overdue invoice with the invoice number as business key: its key, the ids code and tests refer
 * to, and its variables. The invoice itself lives in {@link Receivable}.
 */
public final class OverdueDebtEscalationProcess {

  public static final String KEY = "overdue-debt-escalation";
  public static final String DUNNING_DECISION_KEY = "dunning-policy";
  /** Correlated by business key when a payment clears the balance: ends the escalation at any stage. */
  public static final String MESSAGE_SETTLED = "InvoiceSettled";

  // elements
  public static final String START = "Event_InvoiceOverdue";
  public static final String OPEN = "Task_OpenEscalation";
  public static final String ASSESS = "Task_AssessDebt";
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

  // identity
  public static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);
  public static final ProcessVariable<String> MANAGER_ID = ProcessVariable.of("managerId", String.class);

  // dunning policy: inputs, outputs
  public static final ProcessVariable<Integer> DAYS_OVERDUE = ProcessVariable.of("daysOverdue", Integer.class);
  /** The balance for the policy's thresholds; the exact balance is a BigDecimal in the invoice's table. */
  public static final ProcessVariable<Double> BALANCE = ProcessVariable.of("balance", Double.class);
  public static final ProcessVariable<String> CURRENCY = ProcessVariable.of("currency", String.class);
  public static final ProcessVariable<Integer> REMINDERS_SENT = ProcessVariable.of("remindersSent", Integer.class);
  public static final ProcessVariable<Integer> BROKEN_PROMISES = ProcessVariable.of("brokenPromises", Integer.class);
  public static final ProcessVariable<Integer> FAILED_CONTACTS = ProcessVariable.of("failedContacts", Integer.class);
  public static final ProcessVariable<String> DUNNING_ACTION = ProcessVariable.of("dunningAction", String.class);
  public static final ProcessVariable<Integer> WAIT_DAYS = ProcessVariable.of("waitDays", Integer.class);
  public static final ProcessVariable<String> DUNNING_REASON = ProcessVariable.of("dunningReason", String.class);

  // deadlines and timers
  public static final ProcessVariable<Date> CONTACT_DUE = ProcessVariable.of("contactDue", Date.class);
  public static final ProcessVariable<Date> DECISION_DUE = ProcessVariable.of("decisionDue", Date.class);
  public static final ProcessVariable<Date> PROMISE_CHECK = ProcessVariable.of("promiseCheck", Date.class);
  public static final ProcessVariable<Date> CLAIM_ANSWER_DUE = ProcessVariable.of("claimAnswerDue", Date.class);
  public static final ProcessVariable<Date> INSTALMENT_CHECK = ProcessVariable.of("instalmentCheck", Date.class);

  // gateways
  public static final ProcessVariable<Boolean> PROMISE_KEPT = ProcessVariable.of("promiseKept", Boolean.class);
  public static final ProcessVariable<Boolean> INSTALMENT_PAID = ProcessVariable.of("instalmentPaid", Boolean.class);
  public static final ProcessVariable<String> ESCALATION_REASON = ProcessVariable.of("escalationReason", String.class);

  // form fields: the manager's contact
  public static final ProcessVariable<String> CONTACT_OUTCOME = ProcessVariable.of("contactOutcome", String.class);
  public static final ProcessVariable<String> PROMISED_DATE = ProcessVariable.of("promisedDate", String.class);
  public static final ProcessVariable<String> PROMISED_AMOUNT = ProcessVariable.of("promisedAmount", String.class);
  public static final ProcessVariable<String> DISPUTE_REASON = ProcessVariable.of("disputeReason", String.class);
  public static final ProcessVariable<String> COMMENT = ProcessVariable.of("comment", String.class);
  // the head of sales
  public static final ProcessVariable<String> DEBT_DECISION = ProcessVariable.of("debtDecision", String.class);
  public static final ProcessVariable<String> NEW_DEADLINE = ProcessVariable.of("newDeadline", String.class);
  public static final ProcessVariable<Boolean> CREDIT_HOLD = ProcessVariable.of("creditHold", Boolean.class);
  // finance
  public static final ProcessVariable<String> WRITE_OFF_DECISION = ProcessVariable.of("writeOffDecision", String.class);
  public static final ProcessVariable<Object> INSTALMENTS = ProcessVariable.of("instalments", Object.class);
  // legal
  public static final ProcessVariable<String> CLAIM_SENT_ON = ProcessVariable.of("claimSentOn", String.class);
  public static final ProcessVariable<Object> CLAIM_FILE = ProcessVariable.of("claimFile", Object.class);
  public static final ProcessVariable<String> LEGAL_DECISION = ProcessVariable.of("legalDecision", String.class);
  public static final ProcessVariable<String> LAWSUIT_CASE_NUMBER = ProcessVariable.of("lawsuitCaseNumber", String.class);
  public static final ProcessVariable<String> COURT = ProcessVariable.of("court", String.class);

  // shown on the forms, written by the engine side only
  public static final ProcessVariable<String> STATUS = ProcessVariable.of("status", String.class);
  public static final ProcessVariable<String> CUSTOMER_INN = ProcessVariable.of("customerInn", String.class);
  public static final ProcessVariable<String> DUE_DATE = ProcessVariable.of("dueDate", String.class);
  public static final ProcessVariable<String> MANAGER_NAME = ProcessVariable.of("managerName", String.class);
  public static final ProcessVariable<String> CUSTOMER_EMAIL = ProcessVariable.of("customerEmail", String.class);
  public static final ProcessVariable<String> CASE_SUMMARY = ProcessVariable.of("caseSummary", String.class);
  public static final ProcessVariable<String> HISTORY = ProcessVariable.of("history", String.class);
  public static final ProcessVariable<Boolean> ON_CREDIT_HOLD = ProcessVariable.of("onCreditHold", Boolean.class);
  /** Who held a task when a payment settled the invoice (user ids and group ids), to tell them. */
  public static final ProcessVariable<String> TASK_HOLDERS = ProcessVariable.of("taskHolders", String.class);

  private OverdueDebtEscalationProcess() {
  }
}
