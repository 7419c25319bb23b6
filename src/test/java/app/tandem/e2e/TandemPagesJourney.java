package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.form.FileUpload;
import app.tandem.common.form.TaskForms;
import app.tandem.debt.ReceivableData;
import app.tandem.debt.ReceivableService;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentRequestFields;
import app.tandem.support.TandemSpringTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tandem's pages in the real browser, with the Tasklist login: olga finds a counterparty in the directory
 * and corrects its requisites (a wrong KPP is refused at the field); svetlana reads the payment registry by
 * week and month and downloads it, finds a case and opens its invoice, looks at the ageing and delivery
 * charts; the administrator runs the morning scan now and is told when the month's review is still open.
 */
@TandemSpringTest
@org.springframework.test.context.TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class TandemPagesJourney {

  @org.junit.jupiter.api.extension.RegisterExtension
  static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
      com.icegreen.greenmail.util.ServerSetupTest.SMTP);

  private static final DateTimeFormatter OFFICE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @LocalServerPort
  int port;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  PaymentApprovalStarter payments;
  @Autowired
  TaskForms forms;
  @Autowired
  TaskService tasks;
  @Autowired
  ReceivableService receivables;
  @Autowired
  DeliveryPrioritisationStarter orders;

  @Test
  void staffFindTheDirectoryTheRegistryCasesAndReportsAndAnAdministratorRunsATimerNow() throws Exception {
    String inn = RequisitesFixtures.inn("772512345");
    directory.save(new CounterpartyData(inn, "ООО «Страница»", "772501001", "buh@stranitsa.example",
        new BankRequisites("044525225", "40702810103800000117", "30101810400000000225", "ПАО Сбербанк")), true);
    String number = submittedRequest(inn);
    var overdue = new ReceivableData("INV-PAGES-1", inn, "ООО «Страница»", "anna", new BigDecimal("64000.00"), "RUB",
        LocalDate.now().minusDays(50), LocalDate.now().minusDays(20), null);
    receivables.register(overdue, "olga");
    orders.receive(app.tandem.delivery.DeliveryFixtures.order(LocalDate.now().plusDays(2)), "boris");

    try (var browser = new Browser(port)) {
      // olga: from Tasklist's header to the directory, and an editor that names the wrong field
      browser.logIn("tasklist", "olga", "olga");
      browser.click(By.cssSelector(".tandem-pages-link"));
      browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/tandem/")
          && driver.findElement(By.id("greeting")).getText().equals("Hello, Olga"));
      browser.screenshot("pages-1-home");
      browser.click(By.xpath("//a[contains(@class, 'tile')][contains(., 'Counterparties')]"));
      // the page lists the directory once it is ready; a search typed before that would race with it
      browser.waitUntil(driver -> driver.findElement(By.id("results")).getText().contains("counterpart"));
      browser.type(By.id("q"), "страни");
      browser.click(By.cssSelector("#search button[type=submit]"));
      browser.click(By.xpath("//div[@id='results']//tr[contains(., '" + inn + "')]"));
      browser.waitUntil(driver -> driver.findElement(By.id("counterparty")).getText().contains("40702810103800000117"));
      browser.type(By.cssSelector("#editor input[name=kpp]"), "7725");
      browser.click(By.cssSelector("#editor button[type=submit]"));
      browser.waitUntil(driver -> driver.findElement(By.cssSelector("#editor [data-error-for=kpp]")).getText()
          .contains("KPP"));
      browser.screenshot("pages-2-counterparty-refused");
      browser.type(By.cssSelector("#editor input[name=kpp]"), "772502001");
      browser.type(By.cssSelector("#editor input[name=email]"), "pay@stranitsa.example");
      browser.click(By.cssSelector("#editor button[type=submit]"));
      browser.waitUntil(driver -> driver.findElement(By.id("detail")).getText().contains("Saved."));
      assertThat(directory.find(inn).orElseThrow().getKpp()).isEqualTo("772502001");
      assertThat(directory.find(inn).orElseThrow().getEmail()).isEqualTo("pay@stranitsa.example");
      browser.logOut();

      // svetlana: the registry by week and month, the case with its invoice, the reports
      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.waitAllVisible(By.cssSelector(".task-filter h4.name a"));
      browser.open("/tandem/payments.html?period=week&date=" + LocalDate.now().plusDays(5));
      browser.waitUntil(driver -> driver.findElement(By.id("list")).getText().contains(number));
      browser.click(By.cssSelector("#period button[data-period=month]"));
      browser.waitUntil(driver -> driver.getCurrentUrl().contains("period=month")
          && driver.findElement(By.id("list")).getText().contains(number));
      assertThat(browser.waitVisible(By.id("list")).getText()).contains(number, "ООО «Страница»", "48 300,00 ₽");
      assertThat(browser.fetch(browser.waitVisible(By.id("csv")).getAttribute("href"))).isEqualTo("200 text/csv");
      browser.screenshot("pages-3-registry");

      browser.click(By.xpath("//div[@id='list']//a[contains(., '" + number + "')]"));
      browser.waitUntil(driver -> driver.findElement(By.id("case")).getText().contains("invoice-77.pdf"));
      var invoice = browser.waitVisible(By.xpath("//div[@id='case']//a[contains(., 'invoice-77.pdf')]"));
      assertThat(browser.fetch(invoice.getAttribute("href"))).isEqualTo("200 application/pdf");
      assertThat(browser.waitVisible(By.id("case")).getText()).contains("Sent for approval", "Anna Smirnova");
      browser.screenshot("pages-4-case");

      browser.open("/tandem/ageing.html");
      browser.waitUntil(driver -> !driver.findElements(By.cssSelector("#chart svg rect")).isEmpty());
      assertThat(browser.waitVisible(By.id("customers")).getText()).contains("ООО «Страница»", "64 000,00 ₽");
      browser.screenshot("pages-5-ageing");
      browser.open("/tandem/deliveries.html");
      browser.waitUntil(driver -> !driver.findElements(By.cssSelector("#rate svg")).isEmpty());
      assertThat(browser.waitVisible(By.id("classes")).getText()).contains("Key accounts");
      browser.screenshot("pages-6-delivery-kpi");
      assertThat(browser.findAll(By.xpath("//header//a[contains(., 'Administration')]"))).as("not for her").isEmpty();
      browser.logOut();

      // the administrator runs the morning scan now; the month's review cannot be opened twice
      browser.logIn("tasklist", "admin", "admin");
      browser.waitAllVisible(By.cssSelector(".task-filter h4.name a"));
      browser.open("/tandem/admin.html");
      browser.click(By.cssSelector("button[data-run='overdue-debt-scan']"));
      browser.waitUntil(driver -> driver.findElement(By.id("status")).getText().contains("Overdue-debt scan started"));
      browser.waitUntil(driver -> driver.findElement(By.id("timers")).getText().contains("admin: Ran to the end"));
      browser.click(By.cssSelector("button[data-run='hard-cases-review']"));
      browser.waitUntil(driver -> driver.findElement(By.id("status")).getText().contains("Hard cases review started"));
      browser.click(By.cssSelector("button[data-run='hard-cases-review']"));
      browser.waitUntil(driver -> driver.findElement(By.id("status")).getText().contains("is still open: complete it first"));
      browser.screenshot("pages-7-admin");
    }
  }

  /** A request anna raised and completed with its invoice, waiting for the head of sales. */
  private String submittedRequest(String inn) throws Exception {
    var fields = new PaymentRequestFields("Shelving for the pages journey", PaymentCategory.GOODS, inn, null, null, null,
        new BigDecimal("48300.00"), "RUB", LocalDate.now().plusDays(5), null, null, null, null, null, null, null);
    var started = payments.start(fields, "anna", null);
    var task = tasks.createTaskQuery().processInstanceId(started.instance().getId()).singleResult();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("invoiceNumber", "77");
    values.put("invoiceDate", LocalDate.now().minusDays(1).format(OFFICE_DATE));
    values.put("paymentPurpose", "Payment for invoice No. 77");
    values.put("invoiceFile", new FileUpload("invoice-77.pdf", Files.readAllBytes(Browser.pdf("invoice-77.pdf"))));
    forms.submitAs("anna", task.getId(), values);
    String number = started.created().request().getNumber();
    Browser.await(() -> tasks.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(app.tandem.payment.PaymentApprovalProcess.APPROVE).count() == 1, "the approval task");
    return number;
  }
}
