package app.tandem.payment;

import app.tandem.common.form.FormField;
import app.tandem.common.form.StartForm;
import app.tandem.common.form.UserTaskForm;
import app.tandem.common.money.Money;
import app.tandem.common.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The process {@code payment-approval} (bpmn/payment-approval.bpmn): its key, the ids code and
 * tests refer to, its few variables and its forms. The request itself lives in {@link PaymentRequest};
 * the engine keeps the business key (the request number), who works next, what the gateways read,
 * and the Tasklist columns.
 */
public final class PaymentApprovalProcess {

  public static final String KEY = "payment-approval";
  public static final String APPROVERS_DECISION = "payment-approvers";
  private static final String TABLE = "payment_request";

  // elements
  public static final String START = "Event_PaymentRequested";
  public static final String COMPLETE = "Task_CompletePaymentRequest";
  public static final String CHECK = "Task_CheckPaymentRequest";
  public static final String SUBMIT = "Task_SendForApproval";
  public static final String DECIDE_APPROVERS = "Task_DecideApprovers";
  public static final String APPROVE = "Task_ApprovePaymentRequest";
  public static final String REMINDER = "Timer_ApprovalReminder";
  public static final String ESCALATION = "Timer_ApprovalEscalation";
  public static final String REMIND_APPROVER = "Task_RemindApprover";
  public static final String ESCALATE_APPROVAL = "Task_EscalateApproval";
  public static final String APPROVED_FOR_PAYMENT = "Task_ApproveForPayment";
  public static final String PAY = "Task_PayPaymentRequest";
  public static final String PAY_PRIORITY = "Timer_PaymentPriority";
  public static final String NOTIFY_REJECTED = "Task_NotifyManagerOfRejection";
  public static final String NOTIFY_MANAGER_PAID = "Task_NotifyManagerOfPayment";
  public static final String NOTIFY_CONTRACTOR_PAID = "Task_NotifyContractorOfPayment";
  public static final String END_PAID = "Event_PaymentRequestPaid";
  public static final String END_REJECTED = "Event_PaymentRequestRejected";

  // ---- variables: who works next, and what the gateways read ----

  /** The manager who raised the request: its completion task is theirs. */
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);
  /** The group whose approval is awaited now (DMN payment-approvers gives the order). */
  public static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.of("approverGroup", String.class);
  /** Route after the check: complete and valid? (transient) */
  public static final ProcessVariable<Boolean> REQUEST_VALID = ProcessVariable.of("requestValid", Boolean.class);
  /** Route after an approval step (transient): one of the {@code APPROVAL_*} outcomes. */
  public static final ProcessVariable<String> APPROVAL_OUTCOME = ProcessVariable.of("approvalOutcome", String.class);
  /** Route after accounting (transient): {@link #PAID} or {@link #RETURNED}. */
  public static final ProcessVariable<String> PAYMENT_OUTCOME = ProcessVariable.of("paymentOutcome", String.class);
  /** Tasklist column: the pay-by date as people read it. */
  public static final ProcessVariable<String> PAY_BY_COLUMN = ProcessVariable.of("payBy", String.class);
  /** Tasklist column: the request's status as people read it. */
  public static final ProcessVariable<String> STATUS_COLUMN = ProcessVariable.of("status", String.class);

  public static final String APPROVED = "APPROVED";
  public static final String NEXT_APPROVAL = "NEXT_APPROVAL";
  public static final String REJECTED = "REJECTED";
  public static final String RETURNED = "RETURNED";
  public static final String PAID = "PAID";

  // ---- form fields (keys of the forms; the JSON field names of the API) ----

  public static final FormField<String> CONTRACTOR_INN = FormField.text("contractorInn", "Contractor INN")
      .storedIn(TABLE, "contractor_inn");
  public static final FormField<String> PURPOSE = FormField.multilineText("purpose", "What for")
      .storedIn(TABLE, "purpose");
  public static final FormField<PaymentCategory> CATEGORY = FormField.choice("category", "Category",
      PaymentCategory.class);
  public static final FormField<BigDecimal> AMOUNT = FormField.amount("amount", "Amount").storedIn(TABLE, "amount");
  public static final FormField<String> CURRENCY = FormField.choice("currency", "Currency",
      List.copyOf(new java.util.TreeSet<>(Money.CURRENCIES)));
  public static final FormField<LocalDate> PAY_BY = FormField.date("payBy", "Pay-by date");
  public static final FormField<String> CONTRACTOR_NAME = FormField.text("contractorName", "Contractor")
      .storedIn(TABLE, "contractor_name");
  public static final FormField<String> KPP = FormField.text("kpp", "KPP").storedIn(TABLE, "kpp");
  public static final FormField<String> INVOICE_NUMBER = FormField.text("invoiceNumber", "Invoice number")
      .storedIn(TABLE, "invoice_number");
  public static final FormField<LocalDate> INVOICE_DATE = FormField.date("invoiceDate", "Invoice date");
  public static final FormField<String> BIK = FormField.text("bik", "BIK").storedIn(TABLE, "bik");
  public static final FormField<String> SETTLEMENT_ACCOUNT = FormField.text("settlementAccount", "Settlement account")
      .storedIn(TABLE, "settlement_account");
  public static final FormField<String> CORRESPONDENT_ACCOUNT = FormField.text("correspondentAccount",
      "Correspondent account").storedIn(TABLE, "correspondent_account");
  public static final FormField<String> BANK_NAME = FormField.text("bankName", "Bank").storedIn(TABLE, "bank_name");
  public static final FormField<String> PAYMENT_PURPOSE = FormField.multilineText("paymentPurpose", "Payment purpose")
      .storedIn(TABLE, "payment_purpose");
  public static final FormField<String> CONTRACTOR_EMAIL = FormField.text("contractorEmail", "E-mail for the payment notice")
      .storedIn(TABLE, "contractor_email");
  public static final FormField<app.tandem.common.form.FileUpload> INVOICE_FILE = FormField.file("invoiceFile",
      "Invoice file");
  /** The approver's decision: {@link #APPROVE_DECISION}, {@link #REJECT_DECISION} or {@link #RETURN_DECISION}. */
  public static final FormField<String> APPROVAL_DECISION = FormField.choice("approvalDecision", "Decision",
      List.of("APPROVE", "REJECT", "RETURN"));
  public static final FormField<String> COMMENT = FormField.multilineText("comment", "Comment")
      .storedIn("case_event", "comment");
  /** Accounting's decision: {@link #PAY_DECISION} or {@link #RETURN_DECISION}. */
  public static final FormField<String> PAYMENT_DECISION = FormField.choice("paymentDecision", "Decision",
      List.of("PAY", "RETURN"));
  public static final FormField<String> PAYMENT_ORDER_NUMBER = FormField.text("paymentOrderNumber",
      "Payment order number").storedIn(TABLE, "payment_order_number");
  public static final FormField<LocalDate> PAYMENT_ORDER_DATE = FormField.date("paymentOrderDate", "Payment order date");
  public static final FormField<app.tandem.common.form.FileUpload> PAYMENT_ORDER_FILE = FormField.file(
      "paymentOrderFile", "Payment order file");

  public static final String APPROVE_DECISION = "APPROVE";
  public static final String REJECT_DECISION = "REJECT";
  public static final String RETURN_DECISION = "RETURN";
  public static final String PAY_DECISION = "PAY";

  // ---- forms: what each may change ----

  public static final StartForm START_FORM = StartForm.of(KEY, CONTRACTOR_INN, PURPOSE, CATEGORY, AMOUNT, CURRENCY,
      PAY_BY);
  public static final UserTaskForm COMPLETE_FORM = UserTaskForm.of(KEY, COMPLETE, PURPOSE, CATEGORY, AMOUNT, CURRENCY,
      PAY_BY, PAYMENT_PURPOSE, CONTRACTOR_NAME, CONTRACTOR_INN, KPP, INVOICE_NUMBER, INVOICE_DATE, INVOICE_FILE,
      CONTRACTOR_EMAIL, BIK, BANK_NAME, SETTLEMENT_ACCOUNT, CORRESPONDENT_ACCOUNT);
  public static final UserTaskForm APPROVE_FORM = UserTaskForm.of(KEY, APPROVE, APPROVAL_DECISION, COMMENT);
  public static final UserTaskForm PAY_FORM = UserTaskForm.of(KEY, PAY, PAYMENT_DECISION, PAYMENT_ORDER_NUMBER,
      PAYMENT_ORDER_DATE, PAYMENT_ORDER_FILE, COMMENT);

  private PaymentApprovalProcess() {
  }
}
