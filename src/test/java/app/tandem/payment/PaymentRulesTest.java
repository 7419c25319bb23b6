package app.tandem.payment;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.tandem.common.calendar.CalendarProperties;
import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Document;
import app.tandem.common.document.Documents;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.input.RecordLimits;
import app.tandem.common.numbering.CaseNumbers;
import app.tandem.common.time.BusinessTimeZone;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of payment requests without an engine or Spring — what a request needs, the check before approval,
 * who may decide and what each decision needs, statuses that only move forward: {@link PaymentRequestService} and
 * {@link PaymentApprovals} over an in-memory repository and mocked directory, documents and history.
 *
 * <p>Size: Slightly over 250 lines: every rule of a request and its decisions.
 */
class PaymentRulesTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final BankRequisites SBERBANK = PaymentFixtures.SBERBANK;

  final Clock clock = Clock.fixed(Instant.parse("2026-11-25T07:00:00Z"), MOSCOW);
  final WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(List.of(), List.of(), List.of()),
      new BusinessTimeZone(MOSCOW), clock);
  final PaymentRequestRepository repository = mock(PaymentRequestRepository.class);
  final Documents documents = mock(Documents.class);
  final CounterpartyDirectory directory = mock(CounterpartyDirectory.class);
  final CaseNumbers numbers = mock(CaseNumbers.class);
  final RecordLimits limits = mock(RecordLimits.class);
  final CaseHistory history = mock(CaseHistory.class);
  final PaymentRequestService service = new PaymentRequestService(repository, directory, documents, history, numbers,
      calendar, limits, clock);
  final PaymentApprovals approvals = new PaymentApprovals(repository, directory, documents, history, calendar, clock);

  final Map<String, PaymentRequest> stored = new HashMap<>();
  final Map<String, List<Document>> attached = new HashMap<>();
  final AtomicInteger sequence = new AtomicInteger();

  @BeforeEach
  void anInMemoryRepositoryAndDocuments() {
    when(repository.save(any(PaymentRequest.class))).thenAnswer(call -> {
      PaymentRequest request = call.getArgument(0);
      stored.put(request.getNumber(), request);
      return request;
    });
    when(repository.findById(anyString())).thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0))));
    when(documents.of(eq(PaymentRequestService.CASE_TYPE), anyString()))
        .thenAnswer(call -> attached.getOrDefault(call.getArgument(1), List.of()));
    when(numbers.next(eq("PR"), anyInt())).thenAnswer(call -> String.format("PR-%d-%05d", (int) call.getArgument(1),
        sequence.incrementAndGet()));
    when(limits.problems(any(), anyString(), anySet())).thenReturn(List.of());
    when(limits.problems(any(), anyString(), anySet(), anyMap())).thenReturn(List.of());
  }

  PaymentRequestFields minimum(String contractorInn, String amount) {
    return PaymentFixtures.minimum(contractorInn, amount, calendar.today());
  }

  PaymentRequestFields complete(String contractorInn, String invoiceNumber, String amount) {
    return PaymentFixtures.complete(contractorInn, invoiceNumber, amount, calendar.today());
  }

  PaymentRequest readyForApproval(String contractorInn, String invoiceNumber, String amount) {
    var request = service.create(complete(contractorInn, invoiceNumber, amount), "anna", null).request();
    attach(request, PaymentRequestService.INVOICE);
    return request;
  }

  void attach(PaymentRequest request, String kind) {
    var document = mock(Document.class);
    when(document.getKind()).thenReturn(kind);
    attached.computeIfAbsent(request.getNumber(), number -> new ArrayList<>()).add(document);
  }

  @Test
  void aCompleteRequestWithItsInvoicePassesTheCheckAndWithoutItDoesNot() {
    var withInvoice = readyForApproval(inn("780100007"), "INV-1", "15000");
    assertThat(service.check(withInvoice.getNumber()).passed()).isTrue();
    var without = service.create(complete(inn("780100007"), "INV-2", "15000"), "anna", null).request();
    assertThat(service.check(without.getNumber()).problems()).extracting(FieldProblem::field)
        .containsExactly("invoiceFile");
  }

  @Test
  void theWholePathMovesThroughEveryStatus() {
    var request = readyForApproval(inn("780100011"), "INV-8", "2500000");
    String number = request.getNumber();
    approvals.submit(number, "anna");
    assertThat(request.getStatus()).isEqualTo(PaymentStatus.SENT_FOR_APPROVAL);
    assertThat(approvals.planApprovals(number, List.of("sales-heads", "finance"))).isEqualTo("sales-heads");
    assertThat(approvals.approve(number, "svetlana", null)).contains("finance");
    assertThat(approvals.approve(number, "fedor", null)).isEmpty();
    approvals.approvedForPayment(number);
    assertThat(request.getStatus()).isEqualTo(PaymentStatus.APPROVED_FOR_PAYMENT);
    attach(request, PaymentRequestService.PAYMENT_ORDER);
    approvals.pay(number, "olga", " 512 ", calendar.today());
    assertThat(request.getStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(request.getPaymentOrderNumber()).isEqualTo("512");
    assertThatThrownBy(() -> approvals.returnForRevision(number, "olga", "Too late"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be returned for revision");
  }

  @Test
  void badInputIsRefusedFieldByField() {
    var bad = new PaymentRequestFields(" ", null, "7707083894", null, null, null, new BigDecimal("1.234"), "GBP",
        calendar.today().minusDays(1), null, null, null, null, null, null, null);

    assertThatThrownBy(() -> service.create(bad, "anna", null))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields()).containsExactly(
            new FieldProblem("contractorInn", "INN control digit is wrong: check the number"),
            new FieldProblem("purpose", "Say what the payment is for"),
            new FieldProblem("category", "Category is required: GOODS, SERVICES, LOGISTICS, MARKETING or OTHER"),
            new FieldProblem("amount", "Amount can have at most 2 decimal places"),
            new FieldProblem("currency", "Currency must be one of RUB, USD, EUR, CNY"),
            new FieldProblem("payBy", "Pay-by date cannot be in the past")));
  }


  @Test
  void zeroAndNegativeAmountsAreRefused() {
    for (String amount : new String[] {"0", "-5"}) {
      assertThatThrownBy(() -> service.create(minimum(inn("780100005"), amount), "anna", null))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
              .containsExactly(new FieldProblem("amount", "Amount must be greater than 0")));
    }
  }


  @Test
  void theCheckListsEveryProblemWithoutLosingWhatWasTyped() {
    var request = service.create(minimum(inn("780100008"), "15000"), "anna", null).request();
    var typed = new PaymentRequestFields("Office chairs", PaymentCategory.GOODS, request.fields().contractorInn(),
        "Romashka LLC", "INV-2", calendar.today().plusDays(3), new BigDecimal("15000"), "RUB",
        calendar.today().plusDays(10), "7736ab001", "04452522", "40702810303800000009", null, null, null, "bad-email");
    service.update(request.getNumber(), typed);

    var result = service.check(request.getNumber());

    assertThat(result.problems()).extracting(FieldProblem::field).containsExactly("kpp", "bik", "contractorEmail",
        "paymentPurpose", "invoiceDate", "invoiceFile");
    assertThat(service.get(request.getNumber()).fields().settlementAccount()).isEqualTo("40702810303800000009");
  }


  @Test
  void wrongSettlementAccountForTheBikIsReported() {
    var request = readyForApproval(inn("780100009"), "INV-3", "15000");
    var fields = request.fields();
    service.update(request.getNumber(), new PaymentRequestFields(fields.purpose(), fields.category(),
        fields.contractorInn(), fields.contractorName(), fields.invoiceNumber(), fields.invoiceDate(), fields.amount(),
        fields.currency(), fields.payBy(), fields.kpp(), "044525974", fields.settlementAccount(),
        fields.correspondentAccount(), fields.bankName(), fields.paymentPurpose(), fields.contractorEmail()));

    assertThat(service.check(request.getNumber()).problems()).extracting(FieldProblem::field)
        .containsExactly("settlementAccount", "correspondentAccount");
  }


  @Test
  void theInitiatorCanNeverDecideOnTheirOwnRequest() {
    var request = readyForApproval(inn("780100012"), "INV-9", "15000");
    approvals.submit(request.getNumber(), "anna");
    approvals.planApprovals(request.getNumber(), java.util.List.of("sales-heads"));

    assertThatThrownBy(() -> approvals.approve(request.getNumber(), "anna", null))
        .hasMessageContaining("another person must decide");
    assertThatThrownBy(() -> approvals.reject(request.getNumber(), "anna", "no"))
        .hasMessageContaining("another person must decide");
    assertThat(service.get(request.getNumber()).getStatus()).isEqualTo(PaymentStatus.SENT_FOR_APPROVAL);
  }


  @Test
  void rejectingAndReturningNeedAComment() {
    var request = readyForApproval(inn("780100013"), "INV-10", "15000");
    approvals.submit(request.getNumber(), "anna");

    assertThatThrownBy(() -> approvals.reject(request.getNumber(), "svetlana", " "))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
            .containsExactly(new FieldProblem("comment", "Say why the request is rejected")));
    assertThatThrownBy(() -> approvals.returnForRevision(request.getNumber(), "svetlana", null))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
            .containsExactly(new FieldProblem("comment", "Say what must be revised")));

    approvals.returnForRevision(request.getNumber(), "svetlana", "Attach the signed invoice");
    assertThat(service.get(request.getNumber()).getStatus()).isEqualTo(PaymentStatus.DRAFT);
    verify(history).record(PaymentRequestService.CASE_TYPE, request.getNumber(), "svetlana", "RETURNED_FOR_REVISION",
        "DRAFT", "Attach the signed invoice");
  }


  @Test
  void payingNeedsTheOrderNumberDateAndFile() {
    var request = readyForApproval(inn("780100014"), "INV-11", "15000");
    approvals.submit(request.getNumber(), "anna");
    approvals.planApprovals(request.getNumber(), java.util.List.of("sales-heads"));
    approvals.approve(request.getNumber(), "svetlana", null);
    approvals.approvedForPayment(request.getNumber());

    assertThatThrownBy(() -> approvals.pay(request.getNumber(), "olga", " ", calendar.today().plusDays(1)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
            .extracting(FieldProblem::field).containsExactly("paymentOrderNumber", "paymentOrderDate", "paymentOrderFile"));
    assertThat(service.get(request.getNumber()).getStatus()).isEqualTo(PaymentStatus.APPROVED_FOR_PAYMENT);
  }


  @Test
  void statusesOnlyMoveForward() {
    var request = readyForApproval(inn("780100015"), "INV-12", "15000");

    assertThatThrownBy(() -> approvals.approve(request.getNumber(), "svetlana", null))
        .isInstanceOf(ConflictException.class).hasMessage("Payment request " + request.getNumber()
            + " is Draft, not Sent for approval");
    assertThatThrownBy(() -> approvals.pay(request.getNumber(), "olga", "1", LocalDate.now()))
        .isInstanceOf(ConflictException.class);
  }
}
