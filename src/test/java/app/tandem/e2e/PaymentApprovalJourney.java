package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.payment.PaymentRequestService;
import app.tandem.payment.PaymentStatus;
import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Payment approval through the real Tasklist: anna raises and completes a request with its invoice,
 * svetlana approves it, olga pays it with the payment order, and the contractor's payment notice
 * arrives. The job executor runs, as in production, to send the notifications.
 */
@TandemSpringTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class PaymentApprovalJourney {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String CONTRACTOR_EMAIL = "accounting@romashka.example";

  @LocalServerPort
  int port;
  @Autowired
  PaymentRequestService requests;
  @Autowired
  RuntimeService runtime;

  @Test
  void annaRaisesSvetlanaApprovesOlgaPaysAndTheContractorIsTold() throws Exception {
    Path invoice = Browser.pdf("invoice-15.pdf");
    Path paymentOrder = Browser.pdf("payment-order-512.pdf");
    String contractorInn = RequisitesFixtures.inn("771500001");
    String payBy = LocalDate.now().plusDays(3).toString(); // within "To pay this week"

    try (var browser = new Browser(port)) {
      // anna raises the request on the start form
      browser.logIn("tasklist", "anna", "anna");
      browser.waitAllVisible(By.cssSelector(".task-filter h4.name a"));
      browser.click(By.xpath("//a[contains(., 'Start process')]"));
      browser.click(By.xpath("//a[contains(normalize-space(.), 'Payment approval')]"));
      browser.formJsField("Field_ContractorInn").sendKeys(contractorInn);
      browser.formJsField("Field_Purpose").sendKeys("Office chairs for the Kazan branch");
      browser.choose("Field_Category", "Goods");
      browser.formJsField("Field_Amount").sendKeys("15000.50");
      var date = browser.formJsField("Field_PayBy-date");
      date.sendKeys(LocalDate.parse(payBy).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
      date.sendKeys(org.openqa.selenium.Keys.TAB);
      browser.screenshot("payment-1-start-form");
      browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));

      // ... and completes it with the invoice
      browser.openTask("My payment requests", "Complete payment request");
      browser.waitVisible(By.id("contractorName"));
      assertThat(browser.waitVisible(By.id("contractorInn")).getAttribute("value")).isEqualTo(contractorInn);
      browser.type(By.id("contractorName"), "Romashka LLC");
      browser.type(By.id("kpp"), "773601001");
      browser.type(By.id("invoiceNumber"), "15");
      browser.setValue(By.id("invoiceDate"), LocalDate.now().minusDays(1).toString());
      browser.type(By.id("bik"), "044525225");
      browser.type(By.id("bankName"), "PAO Sberbank");
      browser.type(By.id("settlementAccount"), "40702810303800000001");
      browser.type(By.id("correspondentAccount"), "30101810400000000225");
      browser.type(By.id("paymentPurpose"), "Payment for invoice No. 15, VAT included");
      browser.type(By.id("contractorEmail"), CONTRACTOR_EMAIL);
      browser.upload(By.id("invoiceFile"), invoice);
      browser.screenshot("payment-2-complete-form");
      browser.completeTask();
      String number = awaitStatus(contractorInn, PaymentStatus.SENT_FOR_APPROVAL);
      browser.logOut();

      // svetlana claims and approves it
      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.openTask("Payment requests to approve", "Approve payment request");
      browser.click(By.xpath("//*[@ng-click='claim()' or contains(@class, 'claim')][contains(., 'Claim')]"));
      browser.waitUntil(driver -> !driver.findElements(By.xpath("//label[normalize-space(.)='Approve']")).isEmpty());
      assertThat(browser.waitVisible(By.cssSelector(".fjs-form")).getText()).contains("Payment request " + number)
          .contains("Romashka LLC").contains("15\u00a0000,50\u00a0₽");
      browser.click(By.xpath("//label[normalize-space(.)='Approve']"));
      browser.screenshot("payment-3-approve-form");
      browser.completeTask();
      awaitStatus(contractorInn, PaymentStatus.APPROVED_FOR_PAYMENT);
      browser.logOut();

      // olga pays it with the payment order
      browser.logIn("tasklist", "olga", "olga");
      browser.openTask("To pay this week", "Pay payment request");
      // the queue's columns show the request and the contractor (Tasklist folds the others)
      browser.waitUntil(driver -> driver.findElement(By.cssSelector(".tasks-list")).getText().contains(number)
          && driver.findElement(By.cssSelector(".tasks-list")).getText().contains("Romashka LLC"));
      browser.screenshot("payment-4-queue");
      browser.click(By.xpath("//*[@ng-click='claim()' or contains(@class, 'claim')][contains(., 'Claim')]"));
      browser.waitUntil(driver -> !driver.findElements(By.id("paymentOrderNumber")).isEmpty());
      browser.screenshot("payment-4-pay-form-opened");
      new org.openqa.selenium.support.ui.Select(browser.waitVisible(By.id("paymentDecision"))).selectByValue("PAY");
      browser.type(By.id("paymentOrderNumber"), "512");
      browser.setValue(By.id("paymentOrderDate"), LocalDate.now().toString());
      browser.upload(By.id("paymentOrderFile"), paymentOrder);
      browser.screenshot("payment-4-pay-form");
      browser.completeTask();
      awaitStatus(contractorInn, PaymentStatus.PAID);
      browser.screenshot("payment-5-paid");
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
