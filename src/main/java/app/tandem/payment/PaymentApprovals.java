package app.tandem.payment;

import static app.tandem.payment.PaymentRequestService.CASE_TYPE;
import static app.tandem.payment.PaymentRequestService.PAYMENT_ORDER;
import static app.tandem.payment.PaymentRequestService.requireStatus;
import static app.tandem.payment.PaymentRequestService.required;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.time.Dates;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a payment request after it is raised: sent for approval, approved by each group the
 * rules named (never by its initiator), rejected or returned, and paid — each move only from the status
 * it belongs to (else a conflict), with who, when and why in the request's history.
 */
@Service
public class PaymentApprovals {

  private static final Logger LOG = LoggerFactory.getLogger(PaymentApprovals.class);

  private final PaymentRequestRepository requests;
  private final CounterpartyDirectory directory;
  private final Documents documents;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  PaymentApprovals(PaymentRequestRepository requests, CounterpartyDirectory directory, Documents documents,
      CaseHistory history, WorkingDayCalendar calendar, Clock clock) {
    this.requests = requests;
    this.directory = directory;
    this.documents = documents;
    this.history = history;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * Who approves, in order (DMN payment-approvers decided it); the first of them is asked now.
   *
   * @return the group asked first
   */
  @Transactional
  public String planApprovals(String number, List<String> groups) {
    var request = get(number);
    requireStatus(request, PaymentStatus.SENT_FOR_APPROVAL);
    if (groups == null || groups.isEmpty()) {
      throw new IllegalStateException("The approval rules named nobody to approve payment request " + number);
    }
    request.approvalsBy(groups);
    LOG.info("Payment request {} to be approved by {}", number, groups);
    return groups.get(0);
  }

  /** Draft → Sent for approval. */
  @Transactional
  public void submit(String number, String actor) {
    var request = get(number);
    requireStatus(request, PaymentStatus.DRAFT);
    request.moveTo(PaymentStatus.SENT_FOR_APPROVAL, clock.instant());
    history.record(CASE_TYPE, number, actor, "SUBMITTED", PaymentStatus.SENT_FOR_APPROVAL.name(), null);
  }

  /**
   * The approval of the group whose turn it is; the initiator can never approve their own request.
   *
   * @return the group that approves next, or empty when every approval is given
   */
  @Transactional
  public Optional<String> approve(String number, String actor, String comment) {
    var request = get(number);
    requireStatus(request, PaymentStatus.SENT_FOR_APPROVAL);
    refuseSelfApproval(request, actor);
    String group = request.pendingApprover().orElseThrow(() -> new ConflictException(
        "Payment request " + number + " has no approval pending"));
    history.record(CASE_TYPE, number, actor, "APPROVED_BY_" + group.toUpperCase().replace('-', '_'), null,
        blankToNull(comment));
    return request.approvalGiven();
  }

  /** All approvals given: Sent for approval → Approved for payment; the requisites become the contractor's default. */
  @Transactional
  public void approvedForPayment(String number) {
    var request = get(number);
    requireStatus(request, PaymentStatus.SENT_FOR_APPROVAL);
    request.moveTo(PaymentStatus.APPROVED_FOR_PAYMENT, clock.instant());
    var fields = request.fields();
    directory.save(new CounterpartyData(fields.contractorInn(), fields.contractorName(), fields.kpp(),
        fields.contractorEmail(), new BankRequisites(fields.bik(), fields.settlementAccount(),
            fields.correspondentAccount(), fields.bankName())), true);
    history.record(CASE_TYPE, number, "system", "APPROVED_FOR_PAYMENT", PaymentStatus.APPROVED_FOR_PAYMENT.name(), null);
    LOG.info("Payment request {} approved for payment", number);
  }

  /** Sent for approval → Rejected; the reason is required. */
  @Transactional
  public void reject(String number, String actor, String comment) {
    var request = get(number);
    requireStatus(request, PaymentStatus.SENT_FOR_APPROVAL);
    refuseSelfApproval(request, actor);
    InvalidRequestException.requireText("comment", comment, "Say why the request is rejected");
    request.moveTo(PaymentStatus.REJECTED, clock.instant());
    history.record(CASE_TYPE, number, actor, "REJECTED", PaymentStatus.REJECTED.name(), comment.trim());
    LOG.info("Payment request {} rejected by {}", number, actor);
  }

  /** Back to the initiator (from approval or from accounting) → Draft; what to fix is required. */
  @Transactional
  public void returnForRevision(String number, String actor, String comment) {
    var request = get(number);
    if (request.getStatus() != PaymentStatus.SENT_FOR_APPROVAL && request.getStatus() != PaymentStatus.APPROVED_FOR_PAYMENT) {
      throw new ConflictException("Payment request " + number + " is " + request.getStatus().label()
          + " and cannot be returned for revision");
    }
    if (request.getStatus() == PaymentStatus.SENT_FOR_APPROVAL) {
      refuseSelfApproval(request, actor);
    }
    InvalidRequestException.requireText("comment", comment, "Say what must be revised");
    request.moveTo(PaymentStatus.DRAFT, clock.instant());
    request.approvalsReset();
    history.record(CASE_TYPE, number, actor, "RETURNED_FOR_REVISION", PaymentStatus.DRAFT.name(), comment.trim());
  }

  /** Approved for payment → Paid, with the payment order's number and date (its file is attached separately). */
  @Transactional
  public void pay(String number, String actor, String paymentOrderNumber, LocalDate paymentOrderDate) {
    var request = get(number);
    requireStatus(request, PaymentStatus.APPROVED_FOR_PAYMENT);
    var problems = new ArrayList<FieldProblem>();
    required(problems, "paymentOrderNumber", paymentOrderNumber, "Payment order number is required");
    if (paymentOrderDate == null) {
      problems.add(new FieldProblem("paymentOrderDate", "Payment order date is required"));
    } else if (paymentOrderDate.isAfter(calendar.today())) {
      problems.add(new FieldProblem("paymentOrderDate", "Payment order date cannot be in the future"));
    }
    if (documents.of(CASE_TYPE, number).stream().noneMatch(document -> document.getKind().equals(PAYMENT_ORDER))) {
      problems.add(new FieldProblem("paymentOrderFile", "Attach the payment order (PDF, JPEG or PNG)"));
    }
    InvalidRequestException.throwIfAny("The payment has invalid fields.", problems);
    request.recordPayment(paymentOrderNumber.trim(), paymentOrderDate, clock.instant());
    history.record(CASE_TYPE, number, actor, "PAID", PaymentStatus.PAID.name(),
        "Payment order " + paymentOrderNumber.trim() + " of " + Dates.show(paymentOrderDate));
    LOG.info("Payment request {} paid by {} (payment order {})", number, actor, paymentOrderNumber.trim());
  }

  private PaymentRequest get(String number) {
    return requests.findById(number).orElseThrow(() -> new NotFoundException("No payment request " + number));
  }

  private static void refuseSelfApproval(PaymentRequest request, String actor) {
    if (request.getInitiator().equals(actor)) {
      String message = "You raised payment request " + request.getNumber() + ": another person must decide on it";
      throw new InvalidRequestException(message, List.of(new FieldProblem("approvalDecision", message)));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
