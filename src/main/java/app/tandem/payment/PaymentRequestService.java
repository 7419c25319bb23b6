package app.tandem.payment;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.DocumentType;
import app.tandem.common.document.Documents;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.form.FormInput;
import app.tandem.common.history.CaseEvent;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.input.InputRules;
import app.tandem.common.input.RecordLimits;
import app.tandem.common.money.Money;
import app.tandem.common.numbering.CaseNumbers;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.requisites.RequisitesCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment requests themselves, without the engine: raising one (auto-filled from the counterparty
 * directory, idempotent by key), the draft's edits and the check before approval. The decisions on it
 * are {@link PaymentApprovals}'.
 *
 * <p>Size: Slightly over 250 lines: the minimum, the check and the directory's auto-fill are the request's own rules.
 */
@Service
public class PaymentRequestService {

  static final String TABLE = "payment_request";
  /** The request's fields that may hold line breaks. */
  static final Set<String> MULTILINE = Set.of("purpose", "paymentPurpose");

  public static final String CASE_TYPE = "payment-request";
  public static final String INVOICE = "INVOICE";
  public static final String PAYMENT_ORDER = "PAYMENT_ORDER";
  public static final Set<DocumentType> ACCEPTED_FILES = Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG);

  private static final Logger LOG = LoggerFactory.getLogger(PaymentRequestService.class);

  private final PaymentRequestRepository requests;
  private final CounterpartyDirectory directory;
  private final Documents documents;
  private final CaseHistory history;
  private final CaseNumbers numbers;
  private final WorkingDayCalendar calendar;
  private final RecordLimits limits;
  private final Clock clock;

  PaymentRequestService(PaymentRequestRepository requests, CounterpartyDirectory directory, Documents documents,
      CaseHistory history, CaseNumbers numbers, WorkingDayCalendar calendar, RecordLimits limits, Clock clock) {
    this.limits = limits;
    this.requests = requests;
    this.directory = directory;
    this.documents = documents;
    this.history = history;
    this.numbers = numbers;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** A request as created: {@code created} is false when an earlier call with the same key made it. */
  public record Created(PaymentRequest request, boolean created) {
  }

  /** What keeps a request from approval, and a possible duplicate to show the approver. */
  public record CheckResult(List<FieldProblem> problems, String possibleDuplicateOf) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /**
   * Raises a request in status Draft. Needs at least the contractor's INN, what for (and its
   * category), the amount, currency and pay-by date; the contractor's name and last approved
   * requisites are filled in from the directory. With an idempotency key, the same call again
   * returns the request it made; the same key with other content is a conflict.
   */
  @Transactional
  public Created create(PaymentRequestFields given, String initiator, String idempotencyKey) {
    String keyProblem = InputRules.idempotencyKeyProblem(idempotencyKey);
    if (keyProblem != null) {
      throw InvalidRequestException.of("Idempotency-Key", keyProblem);
    }
    var inputProblems = limits.problems(given, TABLE, MULTILINE);
    PaymentRequestFields fields = given.normalized();
    if (idempotencyKey != null) {
      var earlier = requests.findByInitiatorAndIdempotencyKey(initiator, idempotencyKey);
      if (earlier.isPresent()) {
        if (!sameRequest(earlier.get(), fields)) {
          throw new ConflictException("Idempotency-Key " + idempotencyKey + " was used for "
              + earlier.get().getNumber() + " with other content");
        }
        return new Created(earlier.get(), false);
      }
    }
    var problems = new ArrayList<>(inputProblems);
    minimumProblems(fields).stream().filter(problem -> inputProblems.stream()
        .noneMatch(earlier -> earlier.field().equals(problem.field()))).forEach(problems::add);
    // what another system sends beyond the minimum must be valid too
    problems.addAll(RequisitesCheck.start()
        .kpp("kpp", fields.kpp(), false)
        .bik("bik", fields.bik(), false)
        .settlementAccount("settlementAccount", fields.settlementAccount(), fields.bik(), false)
        .correspondentAccount("correspondentAccount", fields.correspondentAccount(), fields.bik(), false)
        .email("contractorEmail", fields.contractorEmail(), false)
        .problems());
    InvalidRequestException.throwIfAny("The payment request has invalid fields.", problems);
    String sent = fields.fingerprint();
    fields = autoFilled(fields);
    var request = new PaymentRequest(numbers.next("PR", calendar.today().getYear()), initiator, idempotencyKey,
        sent, clock.instant());
    request.fill(fields, clock.instant());
    requests.save(request);
    history.record(CASE_TYPE, request.getNumber(), initiator, "CREATED", PaymentStatus.DRAFT.name(), null);
    LOG.info("Payment request {} raised by {}: {} to {}", request.getNumber(), initiator, request.money(),
        fields.contractorInn());
    return new Created(request, true);
  }

  @Transactional(readOnly = true)
  public PaymentRequest get(String number) {
    return requests.findById(number).orElseThrow(() -> new NotFoundException("No payment request " + number));
  }

  @Transactional(readOnly = true)
  public List<CaseEvent> historyOf(String number) {
    return history.of(CASE_TYPE, number);
  }

  /**
   * Saves what the initiator typed on the request while it is a draft. Only what cannot be stored is
   * refused here (lengths, control characters); everything else is the check's, which lists all
   * problems at once while the draft keeps what was typed.
   */
  @Transactional
  public void update(String number, PaymentRequestFields fields) {
    var request = get(number);
    requireStatus(request, PaymentStatus.DRAFT);
    var problems = limits.problems(fields, TABLE, MULTILINE);
    InvalidRequestException.throwIfAny("The payment request has invalid fields.", problems);
    request.fill(fields.normalized(), clock.instant());
  }

  /** Every problem that keeps the request from approval; flags (and returns) a possible duplicate. */
  @Transactional
  public CheckResult check(String number) {
    var request = get(number);
    var fields = request.fields();
    var problems = new ArrayList<>(minimumProblems(fields));
    var check = RequisitesCheck.start()
        .kpp("kpp", fields.kpp(), false)
        .bik("bik", fields.bik(), true)
        .settlementAccount("settlementAccount", fields.settlementAccount(), fields.bik(), true)
        .correspondentAccount("correspondentAccount", fields.correspondentAccount(), fields.bik(), false)
        .email("contractorEmail", fields.contractorEmail(), false);
    problems.addAll(check.problems());
    required(problems, "contractorName", fields.contractorName(), "Contractor is required");
    required(problems, "invoiceNumber", fields.invoiceNumber(), "Invoice number is required");
    required(problems, "paymentPurpose", fields.paymentPurpose(), "Payment purpose is required");
    if (fields.paymentPurpose() != null && fields.paymentPurpose().length() > 210) {
      problems.add(new FieldProblem("paymentPurpose", "Payment purpose must have at most 210 characters"));
    }
    if (fields.invoiceDate() != null && fields.invoiceDate().isAfter(calendar.today())) {
      problems.add(new FieldProblem("invoiceDate", "Invoice date cannot be in the future"));
    }
    if (documents.of(CASE_TYPE, number).stream().noneMatch(document -> document.getKind().equals(INVOICE))) {
      problems.add(new FieldProblem("invoiceFile", "Attach the invoice (PDF, JPEG or PNG)"));
    }
    String duplicate = null;
    if (fields.invoiceNumber() != null && fields.amount() != null) {
      duplicate = requests.findPossibleDuplicates(number, fields.contractorInn(), fields.invoiceNumber(),
              fields.amount(), Set.of(PaymentStatus.REJECTED)).stream()
          .map(PaymentRequest::getNumber).findFirst().orElse(null);
    }
    request.flagPossibleDuplicateOf(duplicate);
    request.checked(problems.isEmpty() ? null : FormInput.summary(problems));
    if (!problems.isEmpty()) {
      LOG.info("Payment request {} goes back to {} for correction: {}", number, request.getInitiator(),
          problems.stream().map(FieldProblem::field).toList());
    }
    return new CheckResult(List.copyOf(problems), duplicate);
  }

  /** The folder of the request's documents: payments/2026/PR-2026-00042. */
  public static Documents.Placement documentPlacement(PaymentRequest request, String kind) {
    String year = request.getNumber().substring(3, 7);
    return new Documents.Placement(CASE_TYPE, request.getNumber(), "payments/" + year + "/" + request.getNumber(), kind);
  }

  private List<FieldProblem> minimumProblems(PaymentRequestFields fields) {
    var problems = new ArrayList<>(RequisitesCheck.start().inn("contractorInn", fields.contractorInn(), true).problems());
    required(problems, "purpose", fields.purpose(), "Say what the payment is for");
    if (fields.purpose() != null && fields.purpose().length() > 500) {
      problems.add(new FieldProblem("purpose", "What for must have at most 500 characters"));
    }
    if (fields.category() == null) {
      problems.add(new FieldProblem("category", "Category is required: GOODS, SERVICES, LOGISTICS, MARKETING or OTHER"));
    }
    String amountProblem = Money.amountProblem(fields.amount());
    if (amountProblem != null) {
      problems.add(new FieldProblem("amount", amountProblem));
    }
    String currencyProblem = Money.currencyProblem(fields.currency());
    if (currencyProblem != null) {
      problems.add(new FieldProblem("currency", currencyProblem));
    }
    if (fields.payBy() == null) {
      problems.add(new FieldProblem("payBy", "Pay-by date is required"));
    } else if (fields.payBy().isBefore(calendar.today())) {
      problems.add(new FieldProblem("payBy", "Pay-by date cannot be in the past"));
    }
    return problems;
  }

  private PaymentRequestFields autoFilled(PaymentRequestFields fields) {
    var known = directory.find(fields.contractorInn());
    if (known.isEmpty()) {
      return fields;
    }
    var counterparty = known.get();
    var bank = counterparty.defaultAccount().map(account -> account.requisites())
        .orElse(new BankRequisites(null, null, null, null));
    boolean bankGiven = fields.bik() != null || fields.settlementAccount() != null;
    return new PaymentRequestFields(fields.purpose(), fields.category(), fields.contractorInn(),
        firstOf(fields.contractorName(), counterparty.getName()), fields.invoiceNumber(), fields.invoiceDate(),
        fields.amount(), fields.currency(), fields.payBy(), firstOf(fields.kpp(), counterparty.getKpp()),
        bankGiven ? fields.bik() : bank.bik(), bankGiven ? fields.settlementAccount() : bank.settlementAccount(),
        bankGiven ? fields.correspondentAccount() : bank.correspondentAccount(),
        bankGiven ? fields.bankName() : bank.bankName(), fields.paymentPurpose(),
        firstOf(fields.contractorEmail(), counterparty.getEmail()));
  }

  /**
   * Whether a repeat with the same idempotency key asks for the same request: every field that was
   * sent must equal what was stored then (the auto-filled ones compare with what the caller sent, not
   * with what the directory filled in), so that the same key with any other value is a conflict.
   */
  private boolean sameRequest(PaymentRequest earlier, PaymentRequestFields fields) {
    return fields.fingerprint().equals(earlier.getRequestFingerprint());
  }

  static void requireStatus(PaymentRequest request, PaymentStatus expected) {
    if (request.getStatus() != expected) {
      throw new ConflictException("Payment request " + request.getNumber() + " is " + request.getStatus().label()
          + ", not " + expected.label());
    }
  }

  static void required(List<FieldProblem> problems, String field, String value, String message) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, message));
    }
  }

  private static String firstOf(String given, String known) {
    return given != null ? given : known;
  }
}
