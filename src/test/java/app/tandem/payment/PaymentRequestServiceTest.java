package app.tandem.payment;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.history.CaseEvent;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.support.TandemSpringTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each test raises its own requests for its own contractor, so order does not matter. */
@TandemSpringTest
class PaymentRequestServiceTest {

  static final BankRequisites SBERBANK =
      new BankRequisites("044525225", "40702810303800000001", "30101810400000000225", "PAO Sberbank");
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired
  PaymentRequestService service;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  Documents documents;
  @Autowired
  WorkingDayCalendar calendar;

  PaymentRequestFields minimum(String contractorInn, String amount) {
    return new PaymentRequestFields("Office chairs for the Kazan branch", PaymentCategory.GOODS, contractorInn, null,
        null, null, new BigDecimal(amount), "RUB", calendar.today().plusDays(10), null, null, null, null, null, null,
        null);
  }

  PaymentRequestFields complete(String contractorInn, String invoiceNumber, String amount) {
    return new PaymentRequestFields("Office chairs for the Kazan branch", PaymentCategory.GOODS, contractorInn,
        "Romashka LLC", invoiceNumber, calendar.today().minusDays(2), new BigDecimal(amount), "RUB",
        calendar.today().plusDays(10), "773601001", SBERBANK.bik(), SBERBANK.settlementAccount(),
        SBERBANK.correspondentAccount(), SBERBANK.bankName(), "Payment for invoice " + invoiceNumber + ", VAT included",
        "accounting@romashka.example");
  }

  PaymentRequest readyForApproval(String contractorInn, String invoiceNumber, String amount) {
    var request = service.create(complete(contractorInn, invoiceNumber, amount), "anna", null).request();
    documents.attach(PaymentRequestService.documentPlacement(request, PaymentRequestService.INVOICE), "invoiceFile",
        new Documents.Upload("invoice.pdf", PDF), PaymentRequestService.ACCEPTED_FILES, "anna");
    return request;
  }

  @Test
  void aNewRequestIsADraftWithAYearlyNumberAndItsHistory() {
    var created = service.create(minimum(inn("780100001"), "15000"), "anna", null);

    var request = created.request();
    assertThat(created.created()).isTrue();
    assertThat(request.getNumber()).matches("PR-" + calendar.today().getYear() + "-\\d{5}");
    assertThat(request.getStatus()).isEqualTo(PaymentStatus.DRAFT);
    assertThat(request.getInitiator()).isEqualTo("anna");
    assertThat(service.historyOf(request.getNumber())).extracting(CaseEvent::getActor, CaseEvent::getEvent,
        CaseEvent::getStatus).containsExactly(tuple("anna", "CREATED", "DRAFT"));
  }

  @Test
  void numbersFollowEachOther() {
    var first = service.create(minimum(inn("780100002"), "100"), "anna", null).request().getNumber();
    var second = service.create(minimum(inn("780100002"), "200"), "boris", null).request().getNumber();

    assertThat(Integer.parseInt(second.substring(8))).isEqualTo(Integer.parseInt(first.substring(8)) + 1);
  }

  @Test
  void aKnownContractorsNameAndLastApprovedRequisitesAreFilledIn() {
    String contractor = inn("780100003");
    directory.save(new CounterpartyData(contractor, "Romashka LLC", "773601001", "accounting@romashka.example",
        SBERBANK), true);

    var fields = service.create(minimum(contractor, "15000"), "anna", null).request().fields();

    assertThat(fields.contractorName()).isEqualTo("Romashka LLC");
    assertThat(fields.kpp()).isEqualTo("773601001");
    assertThat(fields.contractorEmail()).isEqualTo("accounting@romashka.example");
    assertThat(new BankRequisites(fields.bik(), fields.settlementAccount(), fields.correspondentAccount(),
        fields.bankName())).isEqualTo(SBERBANK);
  }

  @Test
  void anUnknownContractorLeavesTheFieldsToComplete() {
    var fields = service.create(minimum(inn("780100004"), "15000"), "anna", null).request().fields();

    assertThat(fields.contractorName()).isNull();
    assertThat(fields.bik()).isNull();
    assertThat(fields.settlementAccount()).isNull();
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
  void theSameCallTwiceCreatesOneRequest() {
    var fields = minimum(inn("780100006"), "15000");

    var first = service.create(fields, "anna", "crm-4711");
    var again = service.create(fields, "anna", "crm-4711");

    assertThat(again.created()).isFalse();
    assertThat(again.request().getNumber()).isEqualTo(first.request().getNumber());
    assertThatThrownBy(() -> service.create(minimum(inn("780100006"), "16000"), "anna", "crm-4711"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("crm-4711");
    assertThat(service.create(fields, "boris", "crm-4711").created()).as("keys are per caller").isTrue();
  }

  @Test
  void aCompleteRequestWithItsInvoicePassesTheCheck() {
    var request = readyForApproval(inn("780100007"), "INV-1", "15000");

    var result = service.check(request.getNumber());

    assertThat(result.problems()).isEmpty();
    assertThat(result.possibleDuplicateOf()).isNull();
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
  void aPossibleDuplicateIsFlaggedButARejectedOneIsNot() {
    String contractor = inn("780100010");
    var first = readyForApproval(contractor, "INV-7", "15000");
    var second = readyForApproval(contractor, "inv-7", "15000.00");
    var otherAmount = readyForApproval(contractor, "INV-7", "15000.01");

    assertThat(service.check(second.getNumber()).possibleDuplicateOf()).isEqualTo(first.getNumber());
    assertThat(service.get(second.getNumber()).getPossibleDuplicateOf()).isEqualTo(first.getNumber());
    assertThat(service.check(otherAmount.getNumber()).possibleDuplicateOf()).isNull();

    service.submit(first.getNumber(), "anna");
    service.reject(first.getNumber(), "svetlana", "Wrong contractor");
    assertThat(service.check(second.getNumber()).possibleDuplicateOf()).isNull();
  }

  @Test
  void approvalPathToPaidKeepsWhoWhenAndWhy() {
    var request = readyForApproval(inn("780100011"), "INV-8", "2500000");
    String number = request.getNumber();

    service.submit(number, "anna");
    assertThat(service.planApprovals(number, java.util.List.of("sales-heads", "finance"))).isEqualTo("sales-heads");
    assertThat(service.approve(number, "svetlana", "Agreed with the branch")).as("finance approves next")
        .contains("finance");
    assertThat(service.approve(number, "fedor", null)).as("every approval is given").isEmpty();
    service.approvedForPayment(number);
    documents.attach(PaymentRequestService.documentPlacement(request, PaymentRequestService.PAYMENT_ORDER),
        "paymentOrderFile", new Documents.Upload("order-512.pdf", PDF), PaymentRequestService.ACCEPTED_FILES, "olga");
    service.pay(number, "olga", "512", calendar.today());

    var paid = service.get(number);
    assertThat(paid.getStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(paid.getPaymentOrderNumber()).isEqualTo("512");
    assertThat(service.historyOf(number)).extracting(CaseEvent::getActor, CaseEvent::getEvent, CaseEvent::getStatus)
        .containsExactly(
            tuple("anna", "CREATED", "DRAFT"),
            tuple("anna", "SUBMITTED", "SENT_FOR_APPROVAL"),
            tuple("svetlana", "APPROVED_BY_SALES_HEADS", null),
            tuple("fedor", "APPROVED_BY_FINANCE", null),
            tuple("system", "APPROVED_FOR_PAYMENT", "APPROVED_FOR_PAYMENT"),
            tuple("olga", "PAID", "PAID"));
    assertThat(directory.find(request.fields().contractorInn()).orElseThrow().defaultAccount().orElseThrow()
        .getLastApprovedAt()).as("approved requisites become the contractor's default").isNotNull();
  }

  @Test
  void theInitiatorCanNeverDecideOnTheirOwnRequest() {
    var request = readyForApproval(inn("780100012"), "INV-9", "15000");
    service.submit(request.getNumber(), "anna");
    service.planApprovals(request.getNumber(), java.util.List.of("sales-heads"));

    assertThatThrownBy(() -> service.approve(request.getNumber(), "anna", null))
        .hasMessageContaining("another person must decide");
    assertThatThrownBy(() -> service.reject(request.getNumber(), "anna", "no"))
        .hasMessageContaining("another person must decide");
    assertThat(service.get(request.getNumber()).getStatus()).isEqualTo(PaymentStatus.SENT_FOR_APPROVAL);
  }

  @Test
  void rejectingAndReturningNeedAComment() {
    var request = readyForApproval(inn("780100013"), "INV-10", "15000");
    service.submit(request.getNumber(), "anna");

    assertThatThrownBy(() -> service.reject(request.getNumber(), "svetlana", " "))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
            .containsExactly(new FieldProblem("comment", "Say why the request is rejected")));
    assertThatThrownBy(() -> service.returnForRevision(request.getNumber(), "svetlana", null))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
            .containsExactly(new FieldProblem("comment", "Say what must be revised")));

    service.returnForRevision(request.getNumber(), "svetlana", "Attach the signed invoice");
    assertThat(service.get(request.getNumber()).getStatus()).isEqualTo(PaymentStatus.DRAFT);
    assertThat(service.historyOf(request.getNumber()).get(2).getComment()).isEqualTo("Attach the signed invoice");
  }

  @Test
  void payingNeedsTheOrderNumberDateAndFile() {
    var request = readyForApproval(inn("780100014"), "INV-11", "15000");
    service.submit(request.getNumber(), "anna");
    service.planApprovals(request.getNumber(), java.util.List.of("sales-heads"));
    service.approve(request.getNumber(), "svetlana", null);
    service.approvedForPayment(request.getNumber());

    assertThatThrownBy(() -> service.pay(request.getNumber(), "olga", " ", calendar.today().plusDays(1)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
            .extracting(FieldProblem::field).containsExactly("paymentOrderNumber", "paymentOrderDate", "paymentOrderFile"));
    assertThat(service.get(request.getNumber()).getStatus()).isEqualTo(PaymentStatus.APPROVED_FOR_PAYMENT);
  }

  @Test
  void statusesOnlyMoveForward() {
    var request = readyForApproval(inn("780100015"), "INV-12", "15000");

    assertThatThrownBy(() -> service.approve(request.getNumber(), "svetlana", null))
        .isInstanceOf(ConflictException.class).hasMessage("Payment request " + request.getNumber()
            + " is Draft, not Sent for approval");
    assertThatThrownBy(() -> service.pay(request.getNumber(), "olga", "1", LocalDate.now()))
        .isInstanceOf(ConflictException.class);
  }
}
