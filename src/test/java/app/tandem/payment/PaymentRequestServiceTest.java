package app.tandem.payment;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.common.error.ConflictException;
import app.tandem.common.history.CaseEvent;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.support.TandemSpringTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Payment requests with Spring and the database as the subject: yearly numbers, auto-fill from the directory and
 * the approved requisites written back to it, idempotency by key, the duplicate query, documents and history. The
 * rules themselves are {@link PaymentRulesTest}'s, without Spring. Each test raises its own requests for its own
 * contractor, so order does not matter.
 */
@TandemSpringTest
class PaymentRequestServiceTest {

  static final BankRequisites SBERBANK = PaymentFixtures.SBERBANK;
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired
  PaymentRequestService service;
  @Autowired
  PaymentApprovals approvals;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  Documents documents;
  @Autowired
  WorkingDayCalendar calendar;

  PaymentRequestFields minimum(String contractorInn, String amount) {
    return PaymentFixtures.minimum(contractorInn, amount, calendar.today());
  }

  PaymentRequestFields complete(String contractorInn, String invoiceNumber, String amount) {
    return PaymentFixtures.complete(contractorInn, invoiceNumber, amount, calendar.today());
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
  void aPossibleDuplicateIsFlaggedButARejectedOneIsNot() {
    String contractor = inn("780100010");
    var first = readyForApproval(contractor, "INV-7", "15000");
    var second = readyForApproval(contractor, "inv-7", "15000.00");
    var otherAmount = readyForApproval(contractor, "INV-7", "15000.01");

    assertThat(service.check(second.getNumber()).possibleDuplicateOf()).isEqualTo(first.getNumber());
    assertThat(service.get(second.getNumber()).getPossibleDuplicateOf()).isEqualTo(first.getNumber());
    assertThat(service.check(otherAmount.getNumber()).possibleDuplicateOf()).isNull();

    approvals.submit(first.getNumber(), "anna");
    approvals.reject(first.getNumber(), "svetlana", "Wrong contractor");
    assertThat(service.check(second.getNumber()).possibleDuplicateOf()).isNull();
  }

  @Test
  void approvalPathToPaidKeepsWhoWhenAndWhy() {
    var request = readyForApproval(inn("780100011"), "INV-8", "2500000");
    String number = request.getNumber();

    approvals.submit(number, "anna");
    assertThat(approvals.planApprovals(number, java.util.List.of("sales-heads", "finance"))).isEqualTo("sales-heads");
    assertThat(approvals.approve(number, "svetlana", "Agreed with the branch")).as("finance approves next")
        .contains("finance");
    assertThat(approvals.approve(number, "fedor", null)).as("every approval is given").isEmpty();
    approvals.approvedForPayment(number);
    documents.attach(PaymentRequestService.documentPlacement(request, PaymentRequestService.PAYMENT_ORDER),
        "paymentOrderFile", new Documents.Upload("order-512.pdf", PDF), PaymentRequestService.ACCEPTED_FILES, "olga");
    approvals.pay(number, "olga", "512", calendar.today());

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

}
