package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.document.Documents;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.payment.PaymentRequestService;
import app.tandem.payment.PaymentStatus;
import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Payment approval through the real Tasklist, every form and field kind of it: anna raises a request on
 * the start form (a wrong INN and an impossible date are refused on their fields, in words), completes it
 * with the invoice, svetlana opens the invoice from the task and returns the request, anna completes it
 * again without attaching the invoice anew, svetlana approves, olga pays with the payment order and the
 * contractor is told. The job executor runs, as in production, to send the notifications.
 */
@TandemSpringTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class PaymentApprovalJourney {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String CONTRACTOR_EMAIL = "accounting@romashka.example";
  static final DateTimeFormatter OFFICE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @LocalServerPort
  int port;
  @Autowired
  PaymentRequestService requests;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  RepositoryService repository;
  @Autowired
  Documents documents;

  @Test
  @Covers({"payment-approval", "payment-approval/Task_CompletePaymentRequest",
      "payment-approval/Task_ApprovePaymentRequest", "payment-approval/Task_PayPaymentRequest"})
  void annaRaisesSvetlanaReturnsAnnaCorrectsSvetlanaApprovesOlgaPaysAndTheContractorIsTold() throws Exception {
    var since = new Date();
    Path invoice = Browser.pdf("invoice-15.pdf");
    Path paymentOrder = Browser.pdf("payment-order-512.pdf");
    String contractorInn = RequisitesFixtures.inn("771500001");
    String wrongInn = contractorInn.substring(0, 9) + ((contractorInn.charAt(9) - '0' + 1) % 10);
    LocalDate payBy = LocalDate.now().plusDays(3); // within "To pay this week"

    try (var browser = new Browser(port)) {
      // anna raises the request on the start form
      browser.logIn("tasklist", "anna", "anna");
      browser.waitAllVisible(By.cssSelector(".task-filter h4.name a"));
      browser.startForm("Payment approval");
      browser.fill("contractorInn", wrongInn);
      browser.fill("purpose", "Office chairs for the Kazan branch");
      browser.choose("category", "Goods");
      browser.fill("amount", "15000,5");
      assertThat(browser.input("amount").getAttribute("value")).as("the amount as the office writes it")
          .isEqualTo("15\u00a0000,50");
      browser.fill("payBy", "31.02." + payBy.getYear());
      assertThat(browser.errorAt("payBy")).as("an impossible date is refused, never reinterpreted")
          .isEqualTo("Pay by: 31.02." + payBy.getYear() + " is not a date");
      browser.fill("payBy", payBy.minusDays(5).format(OFFICE_DATE));
      assertThat(browser.errorAt("payBy")).isEqualTo("Pay by cannot be in the past");
      browser.fill("payBy", payBy.format(OFFICE_DATE));
      assertThat(browser.errorAt("payBy")).isEmpty();
      browser.start();
      // the server refuses the INN: the message stands at the field, in words
      String innProblem = browser.awaitErrorAt("contractorInn");
      assertThat(innProblem).containsIgnoringCase("INN").doesNotContain("ENGINE", "^", "Exception");
      browser.screenshot("payment-1-start-refused");
      browser.fill("contractorInn", contractorInn);
      browser.screenshot("payment-1-start-form");
      browser.start();
      String number = awaitStatus(contractorInn, PaymentStatus.DRAFT);

      // ... and completes it with the invoice
      browser.openTask("My payment requests", "Complete payment request");
      browser.waitUntil(driver -> browser.formText().contains(number));
      assertThat(browser.input("contractorInn").getAttribute("value")).isEqualTo(contractorInn);
      assertThat(browser.input("payBy").getAttribute("value")).isEqualTo(payBy.format(OFFICE_DATE));
      browser.fill("contractorName", "Romashka LLC");
      browser.fill("kpp", "773601001");
      browser.fill("invoiceNumber", "15");
      browser.fill("invoiceDate", LocalDate.now().minusDays(1).format(OFFICE_DATE));
      browser.fill("bik", "044525225");
      browser.fill("bankName", "PAO Sberbank");
      browser.fill("settlementAccount", "40702810303800000001");
      browser.fill("correspondentAccount", "30101810400000000225");
      browser.fill("paymentPurpose", "Payment for invoice No. 15, VAT included");
      browser.fill("contractorEmail", CONTRACTOR_EMAIL);
      browser.attach("invoiceFile", invoice);
      browser.screenshot("payment-2-complete-form");
      browser.completeTask();
      awaitStatus(contractorInn, PaymentStatus.SENT_FOR_APPROVAL);
      browser.logOut();

      // svetlana opens the invoice from the task and returns the request
      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.openTask("Payment requests to approve", "Approve payment request");
      browser.claim();
      assertThat(browser.formText()).contains("Payment request " + number, "Romashka LLC", "15 000,50 ₽",
          "Invoice: invoice-15.pdf");
      var link = browser.waitVisible(By.xpath("//*[@data-documents]//a[contains(., 'invoice-15.pdf')]"));
      assertThat(browser.fetch(link.getAttribute("href"))).as("the invoice opens with the Tasklist login")
          .isEqualTo("200 application/pdf");
      browser.choose("approvalDecision", "Return for revision");
      browser.completeTask();
      assertThat(browser.awaitErrorAt("comment")).isEqualTo("Comment is required");
      browser.fill("comment", "The invoice date differs from the scan");
      browser.screenshot("payment-3-return");
      browser.completeTask();
      awaitStatus(contractorInn, PaymentStatus.DRAFT);
      browser.logOut();

      // anna: the invoice is still attached; correcting the date is enough
      browser.logIn("tasklist", "anna", "anna");
      browser.openTask("My payment requests", "Complete payment request");
      browser.waitUntil(driver -> browser.formText().contains("The invoice date differs from the scan"));
      assertThat(browser.formText()).contains("Attached: invoice-15.pdf");
      browser.fill("invoiceDate", LocalDate.now().minusDays(2).format(OFFICE_DATE));
      browser.screenshot("payment-4-corrected");
      browser.completeTask();
      awaitStatus(contractorInn, PaymentStatus.SENT_FOR_APPROVAL);
      browser.logOut();
      assertThat(documents.of(PaymentRequestService.CASE_TYPE, number)).extracting("fileName")
          .containsExactly("invoice-15.pdf");

      // svetlana approves
      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.openTask("Payment requests to approve", "Approve payment request");
      browser.claim();
      browser.choose("approvalDecision", "Approve");
      browser.screenshot("payment-5-approve");
      browser.completeTask();
      awaitStatus(contractorInn, PaymentStatus.APPROVED_FOR_PAYMENT);
      browser.logOut();

      // olga pays it with the payment order
      browser.logIn("tasklist", "olga", "olga");
      browser.openTask("To pay this week", "Pay payment request");
      browser.waitUntil(driver -> driver.findElement(By.cssSelector(".tasks-list")).getText().contains(number)
          && driver.findElement(By.cssSelector(".tasks-list")).getText().contains("Romashka LLC"));
      browser.screenshot("payment-6-queue");
      browser.claim();
      browser.choose("paymentDecision", "Paid: record the payment order");
      browser.fill("paymentOrderNumber", "512");
      browser.fill("paymentOrderDate", LocalDate.now().format(OFFICE_DATE));
      browser.attach("paymentOrderFile", paymentOrder);
      browser.screenshot("payment-7-pay-form");
      browser.completeTask();
      awaitStatus(contractorInn, PaymentStatus.PAID);
      browser.screenshot("payment-8-paid");
    }

    assertThat(smtp.waitForIncomingEmail(30_000, 2)).as("manager and contractor notified").isTrue();
    var toContractor = Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
      try {
        return mail.getAllRecipients()[0].toString().equals(CONTRACTOR_EMAIL);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(toContractor).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).isEqualTo("Payment of invoice 15: 15\u00a0000,50\u00a0₽");
      assertThat(mail.getContent().toString()).contains("Payment order:  No. 512");
    });
    Journeys.assertCovered(getClass(), "annaRaisesSvetlanaReturnsAnnaCorrectsSvetlanaApprovesOlgaPaysAndTheContractorIsTold",
        since, history, repository);
  }

  /** Waits (on the condition, not a clock) until the contractor's request reaches the status. */
  private String awaitStatus(String contractorInn, PaymentStatus status) {
    var number = new java.util.concurrent.atomic.AtomicReference<String>();
    Browser.await(() -> {
      runtime.createProcessInstanceQuery().processDefinitionKey("payment-approval").list().stream()
          .map(instance -> requests.get(instance.getBusinessKey()))
          .filter(request -> request.fields().contractorInn().equals(contractorInn) && request.getStatus() == status)
          .findFirst().ifPresent(request -> number.set(request.getNumber()));
      return number.get() != null;
    }, "the payment request of " + contractorInn + " to reach " + status);
    return number.get();
  }
}
