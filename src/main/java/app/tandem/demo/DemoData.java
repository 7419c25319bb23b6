package app.tandem.demo;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.engine.ServerSide;
import app.tandem.common.form.FileUpload;
import app.tandem.common.form.TaskForms;
import app.tandem.debt.DunningStage;
import app.tandem.debt.HardCasesReviewProcess;
import app.tandem.debt.OverdueDebtEscalationProcess;
import app.tandem.debt.OverdueDebtEscalationStarter;
import app.tandem.debt.ReceivableData;
import app.tandem.debt.ReceivableService;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import app.tandem.delivery.DeliverySchedule;
import app.tandem.delivery.OrderData;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentRequestFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A believable trading company for the demo profile, so that every demo user finds work on first login:
 * counterparties with valid requisites, payment requests at every status, overdue invoices at every stage
 * of the escalation, orders of both teams (one on credit hold, one waiting for a power of attorney), the
 * day's deliveries from yesterday's approved list and tomorrow's list to approve.
 *
 * <p>Every case is brought to where it stands the way staff would do it — the same starts, form
 * submissions and services, in the name of the person who would act — so the data is what the
 * processes make of it, history included. Runs once, on an empty database, before the job executor
 * starts ({@code tandem.demo.enabled} and {@code tandem.demo.data}; {@code prod} seeds nothing).
 */
@Component
@ConditionalOnProperty(prefix = "tandem.demo", name = {"enabled", "data"}, havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  static final String SBERBANK_BIK = "044525225";
  static final String SBERBANK_CORRESPONDENT = "30101810400000000225";
  static final String TBANK_BIK = "044525974";
  static final String TBANK_CORRESPONDENT = "30101810145250000974";
  static final String ALFA_BIK = "044525593";
  static final String ALFA_CORRESPONDENT = "30101810200000000593";

  /** Suppliers (payment requests) and customers (invoices, orders), with valid requisites. */
  record Company(String inn, String name, String kpp, String email, BankRequisites requisites) {
  }

  static final Company ROMASHKA = new Company("7704123450", "ООО «Ромашка»", "770401001", "buh@romashka.example",
      new BankRequisites(SBERBANK_BIK, "40702810103800000117", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company MEBEL_STYLE = new Company("7715987606", "ООО «Мебель-Стиль»", "771501001",
      "finance@mebel-style.example",
      new BankRequisites(TBANK_BIK, "40702810403800000117", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company LOGIST = new Company("5027112230", "ООО «ЛогистПро»", "502701001", "pay@logistpro.example",
      new BankRequisites(ALFA_BIK, "40702810703800000117", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));
  static final Company PRINT = new Company("7801564322", "ООО «Принт-Сервис»", "780101001", "office@print.example",
      new BankRequisites(SBERBANK_BIK, "40702810403800000134", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company KAZAN_TRADE = new Company("1660023454", "ООО «Казань-Трейд»", "166001001",
      "buh@kazan-trade.example",
      new BankRequisites(TBANK_BIK, "40702810703800000134", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company SIBSTROY = new Company("5406987612", "АО «СибСтрой»", "540601001", "oplata@sibstroy.example",
      new BankRequisites(ALFA_BIK, "40702810003800000134", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));
  static final Company VOLGA = new Company("6312456706", "ООО «Волга-Опт»", "631201001", "zakaz@volga-opt.example",
      new BankRequisites(SBERBANK_BIK, "40702810703800000151", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company OFFICE_PLUS = new Company("7728345613", "ООО «Офис Плюс»", "772801001",
      "accounts@officeplus.example",
      new BankRequisites(TBANK_BIK, "40702810003800000151", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company STROYMARKET = new Company("7709112236", "ООО «СтройМаркет»", "770901001",
      "buh@stroymarket.example",
      new BankRequisites(ALFA_BIK, "40702810303800000151", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));
  static final Company TATPROM = new Company("1655043215", "АО «ТатПром»", "165501001", "fin@tatprom.example",
      new BankRequisites(SBERBANK_BIK, "40702810903800000168", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company TECHNOSFERA = new Company("7730129874", "ООО «Техносфера»", "773001001",
      "pay@technosfera.example",
      new BankRequisites(TBANK_BIK, "40702810203800000168", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company PODMOSKOVIE = new Company("5009123454", "ООО «Подмосковье-Снаб»", "500901001",
      "snab@podmoskovie.example",
      new BankRequisites(ALFA_BIK, "40702810503800000168", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));

  static final List<Company> COMPANIES = List.of(ROMASHKA, MEBEL_STYLE, LOGIST, PRINT, KAZAN_TRADE, SIBSTROY, VOLGA,
      OFFICE_PLUS, STROYMARKET, TATPROM, TECHNOSFERA, PODMOSKOVIE);

  private final ProcessEngine engine;
  private final TaskForms forms;
  private final CounterpartyDirectory directory;
  private final PaymentApprovalStarter payments;
  private final ReceivableService receivables;
  private final DunningStage dunning;
  private final OverdueDebtEscalationStarter escalations;
  private final DeliveryPrioritisationStarter orders;
  private final DeliveryPlanning planning;
  private final WorkingDayCalendar calendar;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final java.time.Clock clock;
  private final app.tandem.common.time.BusinessTimeZone zone;
  private LocalDate today;

  DemoData(ProcessEngine engine, TaskForms forms, CounterpartyDirectory directory, PaymentApprovalStarter payments,
      ReceivableService receivables, DunningStage dunning, OverdueDebtEscalationStarter escalations,
      DeliveryPrioritisationStarter orders, DeliveryPlanning planning, WorkingDayCalendar calendar, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, java.time.Clock clock, app.tandem.common.time.BusinessTimeZone zone) {
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.zone = zone;
    this.engine = engine;
    this.forms = forms;
    this.directory = directory;
    this.payments = payments;
    this.receivables = receivables;
    this.dunning = dunning;
    this.escalations = escalations;
    this.orders = orders;
    this.planning = planning;
    this.calendar = calendar;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer cases = jdbc.queryForObject("select (select count(*) from payment_request) + (select count(*) from receivable)"
        + " + (select count(*) from delivery_order) + (select count(*) from counterparty)", Integer.class);
    if (cases != null && cases > 0) {
      LOG.info("Demo data: the database already holds cases; nothing seeded");
      return;
    }
    today = calendar.today();
    LOG.info("Demo data: seeding a trading company for {}", today);
    // all or nothing: a failure leaves an empty database, seeded again on the next start
    transaction.executeWithoutResult(status -> {
      counterparties();
      paymentRequests();
      overdueInvoices();
      deliveries();
    });
    LOG.info("Demo data: seeded; every demo user has work in Tasklist");
  }

  // ---- the directory ----

  private void counterparties() {
    for (Company company : COMPANIES) {
      directory.save(new CounterpartyData(company.inn(), company.name(), company.kpp(), company.email(),
          company.requisites()), true);
    }
  }

  // ---- payment approval: one request at every status ----

  private void paymentRequests() {
    // Draft: anna has raised it and still has to complete it (the directory filled in the requisites)
    startPayment("anna", ROMASHKA, "Office chairs for the Kazan branch", PaymentCategory.GOODS, "86400.00",
        today.plusDays(7));

    // Sent for approval: svetlana approves
    var toApprove = startPayment("boris", MEBEL_STYLE, "Showroom furniture for the key-accounts office",
        PaymentCategory.GOODS, "248000.00", today.plusDays(5));
    complete(toApprove, "boris", MEBEL_STYLE, "МС-1187", today.minusDays(2), "Оплата по счёту № МС-1187, НДС включён");

    // Large: approved by the head of sales, now fedor (finance) approves
    var large = startPayment("anna", LOGIST, "Warehouse logistics, December", PaymentCategory.LOGISTICS,
        "1450000.00", today.plusDays(10));
    complete(large, "anna", LOGIST, "ЛП-2026/311", today.minusDays(3), "Оплата по счёту № ЛП-2026/311 за логистические услуги");
    decide(large, "svetlana", Map.of("approvalDecision", "APPROVE", "comment", "Within the logistics budget"));

    // Approved for payment, due today: olga pays it
    var toPay = startPayment("boris", PRINT, "Printed catalogues for the trade fair", PaymentCategory.MARKETING,
        "57300.00", today);
    complete(toPay, "boris", PRINT, "1442", today.minusDays(4), "Оплата по счёту № 1442 за печать каталогов, НДС включён");
    decide(toPay, "svetlana", Map.of("approvalDecision", "APPROVE"));

    // Paid
    var paid = startPayment("anna", OFFICE_PLUS, "Paper and toner, Q4", PaymentCategory.GOODS, "18950.50",
        today.plusDays(2));
    complete(paid, "anna", OFFICE_PLUS, "ОП-7781", today.minusDays(6), "Оплата по счёту № ОП-7781, НДС включён");
    decide(paid, "svetlana", Map.of("approvalDecision", "APPROVE"));
    submit(paid, "olga", Map.of("paymentDecision", "PAY", "paymentOrderNumber", "1204",
        "paymentOrderDate", today.toString(), "paymentOrderFile", pdf("payment-order-1204.pdf",
            "Payment order No. 1204", "Payee INN " + OFFICE_PLUS.inn(), "Amount: 18 950.50 RUB")));

    // Rejected
    var rejected = startPayment("boris", TECHNOSFERA, "Coffee machine for the office", PaymentCategory.OTHER,
        "145000.00", today.plusDays(3));
    complete(rejected, "boris", TECHNOSFERA, "ТС-55", today.minusDays(1), "Оплата по счёту № ТС-55");
    decide(rejected, "svetlana", Map.of("approvalDecision", "REJECT",
        "comment", "Not in this year's budget: ask again in January"));

    // Returned for correction: anna's completion task is back, the invoice still attached
    var returned = startPayment("anna", STROYMARKET, "Shelving for the new warehouse", PaymentCategory.GOODS,
        "312500.00", today.plusDays(8));
    complete(returned, "anna", STROYMARKET, "СМ-0093", today.minusDays(5), "Оплата по счёту № СМ-0093");
    decide(returned, "svetlana", Map.of("approvalDecision", "RETURN",
        "comment", "The invoice date on the scan is different: please correct it"));
  }

  private ProcessInstance startPayment(String manager, Company contractor, String purpose, PaymentCategory category,
      String amount, LocalDate payBy) {
    var fields = new PaymentRequestFields(purpose, category, contractor.inn(), null, null, null, new BigDecimal(amount),
        "RUB", payBy, null, null, null, null, null, null, null);
    return payments.start(fields, manager, null).instance();
  }

  private void complete(ProcessInstance request, String manager, Company contractor, String invoiceNumber,
      LocalDate invoiceDate, String paymentPurpose) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contractorName", contractor.name());
    values.put("kpp", contractor.kpp());
    values.put("invoiceNumber", invoiceNumber);
    values.put("invoiceDate", invoiceDate.toString());
    values.put("bik", contractor.requisites().bik());
    values.put("bankName", contractor.requisites().bankName());
    values.put("settlementAccount", contractor.requisites().settlementAccount());
    values.put("correspondentAccount", contractor.requisites().correspondentAccount());
    values.put("paymentPurpose", paymentPurpose);
    values.put("contractorEmail", contractor.email());
    values.put("invoiceFile", pdf("invoice-" + invoiceNumber.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf",
        "Invoice " + invoiceNumber + " of " + invoiceDate, "Supplier INN " + contractor.inn(),
        "Bank account " + contractor.requisites().settlementAccount()));
    submit(request, manager, values);
  }

  private void decide(ProcessInstance request, String approver, Map<String, Object> values) {
    submit(request, approver, values);
  }

  // ---- overdue-debt escalation: an invoice at every stage ----

  private void overdueInvoices() {
    // not yet due and just overdue: the ageing report's first buckets
    register("RT-2026-1187", KAZAN_TRADE, "anna", "420000.00", today.plusDays(12), 30);
    register("RT-2026-1201", VOLGA, "boris", "96000.00", today.plusDays(20), 30);

    // anna calls: two reminders went unanswered
    var call = escalate(register("RT-2026-1094", ROMASHKA, "anna", "184500.00", today.minusDays(17), 30));
    advance(call, Set.of("Timer_AfterReminder"));

    // boris talked to the customer, who disputes the invoice: svetlana decides
    var disputed = escalate(register("RT-2026-1052", MEBEL_STYLE, "boris", "73800.00", today.minusDays(19), 30));
    advance(disputed, Set.of("Timer_AfterReminder"));
    submit(disputed, "boris", Map.of("contactOutcome", "DISPUTED",
        "disputeReason", "The customer says two of the twelve pallets arrived damaged and wants a credit note"));

    // the customer promised to pay next week: nobody has to act until then
    var promised = escalate(register("RT-2026-1077", PRINT, "anna", "52000.00", today.minusDays(16), 30));
    advance(promised, Set.of("Timer_AfterReminder"));
    submit(promised, "anna", Map.of("contactOutcome", "PROMISED", "promisedDate", calendar.plusWorkingDays(today, 5)
        .toString(), "promisedAmount", "52000.00", "comment", "Spoke to the chief accountant"));

    // long overdue: straight to the head of sales, who hands them on
    var restructure = escalate(register("RT-2026-0871", SIBSTROY, "boris", "1250000.00", today.minusDays(52), 45));
    submit(restructure, "svetlana", Map.of("debtDecision", "RESTRUCTURE",
        "comment", "A good customer with a temporary cash gap: agree a schedule"));

    var writeOff = escalate(register("RT-2026-0802", TECHNOSFERA, "anna", "38400.00", today.minusDays(95), 30));
    submit(writeOff, "svetlana", Map.of("debtDecision", "WRITE_OFF",
        "comment", "The customer is being liquidated; the amount is below the cost of a lawsuit"));

    // legal: a claim to send (the customer is put on credit hold)
    var claim = escalate(register("RT-2026-0815", STROYMARKET, "anna", "560000.00", today.minusDays(61), 30));
    submit(claim, "svetlana", Map.of("debtDecision", "LEGAL", "creditHold", true,
        "comment", "No answer for two months: pre-trial claim"));

    // legal: the claim's answer period is over, lev decides on the lawsuit
    var lawsuit = escalate(register("RT-2026-0744", TATPROM, "boris", "890000.00", today.minusDays(80), 30));
    submit(lawsuit, "svetlana", Map.of("debtDecision", "LEGAL", "comment", "Repeated broken promises"));
    sendClaim(lawsuit);
    advance(lawsuit, Set.of("Timer_ClaimAnswerPeriod"));

    // legal: the lawsuit is filed, lev closes the litigation when the court has decided
    var litigation = escalate(register("RT-2026-0690", PODMOSKOVIE, "anna", "327000.00", today.minusDays(110), 30));
    submit(litigation, "svetlana", Map.of("debtDecision", "LEGAL", "comment", "Customer stopped answering"));
    sendClaim(litigation);
    advance(litigation, Set.of("Timer_ClaimAnswerPeriod"));
    submit(litigation, "lev", Map.of("legalDecision", "FILE", "lawsuitCaseNumber", "А40-218734/2026",
        "court", "Арбитражный суд города Москвы", "comment", "Claim filed with the arbitration court"));

    // settled: the customer paid after the first reminder
    var settled = register("RT-2026-0988", OFFICE_PLUS, "boris", "64200.00", today.minusDays(9), 30);
    advance(escalate(settled), Set.of());
    receivables.recordPayment(settled, new ReceivableService.PaymentData(new BigDecimal("64200.00"), today.minusDays(1),
        "п/п 5512"), "olga");

    // the month's review of hard cases for the head of sales
    var month = YearMonth.from(today).toString();
    ServerSide.run(() -> engine.getRuntimeService().createProcessInstanceByKey(HardCasesReviewProcess.KEY)
        .businessKey(month).startBeforeActivity(HardCasesReviewProcess.REVIEW).execute());
  }

  private String register(String invoice, Company customer, String manager, String amount, LocalDate dueDate,
      int termDays) {
    receivables.register(new ReceivableData(invoice, customer.inn(), customer.name(), manager, new BigDecimal(amount),
        "RUB", dueDate.minusDays(termDays), dueDate, customer.email()), "olga");
    return invoice;
  }

  /** What the morning scan does for an invoice that became overdue; the escalation runs to its first wait. */
  private ProcessInstance escalate(String invoice) {
    dunning.markNewlyOverdue(today);
    escalations.start(invoice);
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OverdueDebtEscalationProcess.KEY).processInstanceBusinessKey(invoice).singleResult();
    advance(instance, Set.of());
    return instance;
  }

  private void sendClaim(ProcessInstance escalation) {
    submit(escalation, "lev", Map.of("claimSentOn", today.minusDays(35).toString(),
        "claimFile", pdf("claim-" + escalation.getBusinessKey() + ".pdf", "Pre-trial claim",
            "Overdue invoice " + escalation.getBusinessKey(), "Answer within 30 days")));
  }

  // ---- delivery: the day's deliveries, tomorrow's list, one order on hold, one waiting for a power of attorney ----

  private void deliveries() {
    var deliveryDay = calendar.onOrAfter(today);
    var nextDay = calendar.plusWorkingDays(deliveryDay, 1);

    // yesterday's list, approved by svetlana: dmitry delivers today
    var first = order("ORD-2026-1450", VOLGA, "KEY_ACCOUNTS", "boris", "640000.00", deliveryDay, "Pallets of tiles, 18 pcs",
        "1650", "Самара, ул. Заводская, 12", "Samara", false, true);
    var second = order("ORD-2026-1451", KAZAN_TRADE, "NEW_CLIENTS", "anna", "118000.00", deliveryDay,
        "Office furniture set", "420", "Казань, ул. Баумана, 7", "Kazan", true, false);
    var third = order("ORD-2026-1452", ROMASHKA, "NEW_CLIENTS", "anna", "86000.00", deliveryDay, "Shelving, 6 sections",
        "380", "Москва, Варшавское ш., 118", "Moscow-South", false, false);
    var todaysList = deliveryList(deliveryDay);
    submit(todaysList, "svetlana", Map.of());
    advance(todaysList, Set.of());
    for (var instance : List.of(first, second, third)) {
      advance(instance, Set.of());
    }
    if (deliveryDay.equals(today)) {
      // one is already handed over (a few minutes ago: nothing is recorded as delivered in the future)
      var handedOver = java.time.ZonedDateTime.now(clock).withZoneSameInstant(zone.zone()).minusMinutes(20)
          .toLocalDateTime().withSecond(0).withNano(0);
      submit(third, "dmitry", Map.of("deliveryOutcome", "DELIVERED", "deliveredAt", handedOver.toString(),
          "signedDocuments", true));
    }

    // ready for tomorrow's list, which svetlana approves today
    order("ORD-2026-1460", SIBSTROY, "KEY_ACCOUNTS", "boris", "1250000.00", nextDay, "Steel profiles, 2 t", "2000",
        "Новосибирск, ул. Станционная, 38", "Novosibirsk", false, true);
    order("ORD-2026-1461", TATPROM, "KEY_ACCOUNTS", "boris", "430000.00", nextDay, "Insulation rolls, 40 pcs", "900",
        "Казань, ул. Тэцевская, 4", "Kazan", false, false);
    order("ORD-2026-1462", MEBEL_STYLE, "NEW_CLIENTS", "anna", "74000.00", nextDay, "Desks, 8 pcs", "310",
        "Москва, ул. Профсоюзная, 56", "Moscow-South", true, false);
    order("ORD-2026-1463", PODMOSKOVIE, "NEW_CLIENTS", "anna", "39000.00", nextDay, "Paint, 60 cans", "540",
        "Подольск, ул. Комсомольская, 1", "Moscow-South", false, false);
    deliveryList(nextDay);

    // a new client's order without the receiver's power of attorney: anna obtains one
    var noPoa = new OrderData("ORD-2026-1470", OFFICE_PLUS.inn(), OFFICE_PLUS.name(), "NEW_CLIENTS",
        new BigDecimal("52000.00"), "RUB", nextDay, "Москва, ул. Новослободская, 23", "Moscow-North",
        "Office chairs, 20 pcs", new BigDecimal("260"), true, false, null, null, null, "anna", OFFICE_PLUS.email());
    advance(orders.receive(noPoa, "anna").instance(), Set.of());

    // an order of the customer on credit hold (the legal case above): svetlana decides
    order("ORD-2026-1471", STROYMARKET, "KEY_ACCOUNTS", "boris", "275000.00", nextDay, "Cement, 5 t", "5000",
        "Москва, Дмитровское ш., 157", "Moscow-North", false, false);
  }

  private ProcessInstance order(String number, Company customer, String team, String manager, String value,
      LocalDate requested, String goods, String weightKg, String address, String zone, boolean firstDelivery,
      boolean latePenalty) {
    var data = new OrderData(number, customer.inn(), customer.name(), team, new BigDecimal(value), "RUB", requested,
        address, zone, goods, new BigDecimal(weightKg), firstDelivery, latePenalty, "Иван Петров",
        "Д-" + number.substring(number.length() - 4), requested.plusMonths(2), manager, customer.email());
    var instance = orders.receive(data, manager).instance();
    advance(instance, Set.of());
    return instance;
  }

  /** The day's list as the 15:00 timer starts it: ranked, waiting for the head of sales. */
  private ProcessInstance deliveryList(LocalDate deliveryDate) {
    planning.prepare(deliveryDate);
    Map<String, Object> variables = new HashMap<>();
    variables.put(DeliveryListProcess.LIST_TITLE.name(), DeliverySchedule.title(deliveryDate));
    return ServerSide.call(() -> engine.getRuntimeService().createProcessInstanceByKey(DeliveryListProcess.KEY)
        .businessKey(DeliveryListProcess.BUSINESS_KEY_PREFIX + deliveryDate).setVariables(variables)
        .startBeforeActivity(DeliveryListProcess.APPROVE).execute());
  }

  // ---- acting as staff ----

  /** Completes the instance's open task as the person would in Tasklist, then runs what follows. */
  private void submit(ProcessInstance instance, String actor, Map<String, ?> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).active().list().stream()
        .findFirst().orElseThrow(() -> new IllegalStateException("Demo data: " + instance.getBusinessKey()
            + " has no open task for " + actor));
    forms.submitAs(actor, task.getId(), values);
    advance(instance, Set.of());
  }

  /**
   * Runs the instance's pending jobs (async steps, notifications) as the job executor would, and the
   * named timers as if their time had come, until it waits for a person or for a timer not named.
   */
  private void advance(ProcessInstance instance, Set<String> timersDue) {
    var management = engine.getManagementService();
    for (int step = 0; step < 50; step++) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0) {
        return;
      }
      var due = management.createJobQuery().processInstanceId(instance.getId()).messages().list().stream().findFirst();
      if (due.isEmpty()) {
        boolean waitsForPerson = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count() > 0;
        due = waitsForPerson ? due : timersDue.stream()
            .flatMap(timer -> management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).timers()
                .list().stream())
            .findFirst();
      }
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get().getId());
    }
    throw new IllegalStateException("Demo data: " + instance.getBusinessKey() + " did not come to rest");
  }

  private static FileUpload pdf(String fileName, String... lines) {
    return new FileUpload(fileName, DemoPdf.of(lines));
  }
}
