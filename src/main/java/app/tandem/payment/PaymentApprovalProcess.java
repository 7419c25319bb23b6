package app.tandem.payment;

import app.tandem.common.process.ProcessVariable;
import java.util.Date;
import java.util.List;

/**
 * The process {@code payment-approval} (bpmn/payment-approval.bpmn): its key, the ids code and
 * tests refer to, and its variables. The request itself lives in {@link PaymentRequest}; the
 * variables are the form fields of its tasks and the few values that drive the gateways.
 */
public final class PaymentApprovalProcess {

  public static final String KEY = "payment-approval";

  // elements
  public static final String START = "Event_PaymentRequested";
  public static final String REGISTER = "Task_RegisterPaymentRequest";
  public static final String COMPLETE = "Task_CompletePaymentRequest";
  public static final String CHECK = "Task_CheckPaymentRequest";
  public static final String SUBMIT = "Task_SendForApproval";
  public static final String DECIDE_APPROVERS = "Task_DecideApprovers";
  public static final String APPROVE = "Task_ApprovePaymentRequest";
  public static final String REMINDER = "Timer_ApprovalReminder";
  public static final String ESCALATION = "Timer_ApprovalEscalation";
  public static final String APPROVED_FOR_PAYMENT = "Task_ApproveForPayment";
  public static final String PAY = "Task_PayPaymentRequest";
  public static final String NOTIFY_REJECTED = "Task_NotifyManagerOfRejection";
  public static final String NOTIFY_MANAGER_PAID = "Task_NotifyManagerOfPayment";
  public static final String NOTIFY_CONTRACTOR_PAID = "Task_NotifyContractorOfPayment";
  public static final String END_PAID = "Event_PaymentRequestPaid";
  public static final String END_REJECTED = "Event_PaymentRequestRejected";

  // decisions made on the forms
  public static final String APPROVE_DECISION = "APPROVE";
  public static final String REJECT_DECISION = "REJECT";
  public static final String RETURN_DECISION = "RETURN";
  public static final String PAY_DECISION = "PAY";

  // identity and routing
  public static final ProcessVariable<String> REQUEST_NUMBER = ProcessVariable.of("requestNumber", String.class);
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);
  public static final ProcessVariable<Boolean> REQUEST_VALID = ProcessVariable.of("requestValid", Boolean.class);
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<List<String>> APPROVER_GROUPS =
      (ProcessVariable) ProcessVariable.of("approverGroups", List.class);
  public static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.of("approverGroup", String.class);
  public static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", String.class);
  public static final ProcessVariable<String> PAYMENT_DECISION = ProcessVariable.of("paymentDecision", String.class);
  public static final ProcessVariable<String> COMMENT = ProcessVariable.of("comment", String.class);
  public static final ProcessVariable<Date> PAY_BY_DATE = ProcessVariable.of("payByDate", Date.class);

  // the request's fields as the forms show and edit them (names = JSON field names of the API)
  public static final ProcessVariable<String> PURPOSE = ProcessVariable.of("purpose", String.class);
  public static final ProcessVariable<String> CATEGORY = ProcessVariable.of("category", String.class);
  public static final ProcessVariable<String> CONTRACTOR_INN = ProcessVariable.of("contractorInn", String.class);
  public static final ProcessVariable<String> CONTRACTOR_NAME = ProcessVariable.of("contractorName", String.class);
  public static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);
  public static final ProcessVariable<String> INVOICE_DATE = ProcessVariable.of("invoiceDate", String.class);
  /** The amount for the approval rules (DMN input); the request's exact amount is a BigDecimal in its table. */
  public static final ProcessVariable<Double> AMOUNT = ProcessVariable.of("amount", Double.class);
  /** The exact amount as typed and shown on the forms, e.g. {@code 1250000.50}. */
  public static final ProcessVariable<String> AMOUNT_TEXT = ProcessVariable.of("amountText", String.class);
  public static final ProcessVariable<String> CURRENCY = ProcessVariable.of("currency", String.class);
  public static final ProcessVariable<String> PAY_BY = ProcessVariable.of("payBy", String.class);
  public static final ProcessVariable<String> KPP = ProcessVariable.of("kpp", String.class);
  public static final ProcessVariable<String> BIK = ProcessVariable.of("bik", String.class);
  public static final ProcessVariable<String> SETTLEMENT_ACCOUNT = ProcessVariable.of("settlementAccount", String.class);
  public static final ProcessVariable<String> CORRESPONDENT_ACCOUNT =
      ProcessVariable.of("correspondentAccount", String.class);
  public static final ProcessVariable<String> BANK_NAME = ProcessVariable.of("bankName", String.class);
  public static final ProcessVariable<String> PAYMENT_PURPOSE = ProcessVariable.of("paymentPurpose", String.class);
  public static final ProcessVariable<String> CONTRACTOR_EMAIL = ProcessVariable.of("contractorEmail", String.class);
  public static final ProcessVariable<String> PAYMENT_ORDER_NUMBER = ProcessVariable.of("paymentOrderNumber", String.class);
  public static final ProcessVariable<String> PAYMENT_ORDER_DATE = ProcessVariable.of("paymentOrderDate", String.class);

  // shown on the forms, written by the engine side only
  public static final ProcessVariable<String> STATUS = ProcessVariable.of("status", String.class);
  public static final ProcessVariable<String> PROBLEMS = ProcessVariable.of("problems", String.class);
  public static final ProcessVariable<String> DUPLICATE_WARNING = ProcessVariable.of("duplicateWarning", String.class);
  public static final ProcessVariable<String> HISTORY = ProcessVariable.of("history", String.class);
  /** The uploaded files; taken into the request's documents folder and removed from the engine. */
  public static final ProcessVariable<Object> INVOICE_FILE = ProcessVariable.of("invoiceFile", Object.class);
  public static final ProcessVariable<Object> PAYMENT_ORDER_FILE = ProcessVariable.of("paymentOrderFile", Object.class);

  private PaymentApprovalProcess() {
  }
}
