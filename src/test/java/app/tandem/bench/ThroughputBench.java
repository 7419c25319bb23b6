package app.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.engine.ServerSide;
import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormField;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.StartForm;
import app.tandem.common.form.StartFormHandler;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.HardCasesReviewProcess;
import app.tandem.debt.OverdueDebtScanProcess;
import app.tandem.debt.ReceivablesAgeingReportProcess;
import app.tandem.delivery.DeliveryFixtures;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliverySchedule;
import app.tandem.identity.ProcessRoles;
import app.tandem.identity.TandemGroup;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.support.HttpCaller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Tandem's three processes, each side by side with a bare engine process of the same shape, all driven over REST by
 * the same non-admin users with the same authorization checks, by 4 clients, in alternating rounds, in one JVM on one
 * database. Every instance of every round is checked to its end. Writes {@code target/bench/report-<database>.md} and
 * {@code target/bench/report.md}. Not a test of speed: it asserts only that the counts match; the figures are read
 * from the report.
 *
 * <ul>
 *   <li><b>payment</b>: anna raises a request and completes it with its invoice, svetlana approves, olga pays with
 *   the payment order — bare: start → three user tasks (anna, heads of sales, accounting) → end.
 *   <li><b>debt</b>: olga registers an invoice 50 days overdue; the daily scan (run now by the administrator, once
 *   per round) opens its escalation; svetlana sends it to legal, lev sends the claim, olga posts the payment that
 *   settles it — bare: olga starts → three user tasks (heads of sales, legal, accounting) → end.
 *   <li><b>delivery</b>: anna (new clients) and boris (key accounts) place orders with a valid power of attorney;
 *   the daily list (run now, once per round) is approved by svetlana, then dmitry delivers every order — bare:
 *   they start an order that waits for a message; svetlana starts and completes a list whose asynchronous step correlates it to every order; dmitry
 *   completes a user task per order. The office clock moves on two working days per delivery round (one list per
 *   day), and the timers that start processes are suspended for the run.
 * </ul>
 *
 * <p>{@code -Dbench.mode=short} (CI): one round of 20 instances of each; {@code full}: 7 rounds of 100.
 * {@code -Dbench.paths=payment,debt} runs only those paths.
 *
 * <p>Size: Long by design: each path's Tandem side and its bare twin stand side by side, so a reader compares them line by line.
 */
abstract class ThroughputBench {

  static final String BARE = "bench-bare";
  static final String BARE_DEBT = "bench-bare-debt";
  static final String BARE_DELIVERY = "bench-bare-delivery";
  static final String BARE_LIST = "bench-bare-list";
  static final String BARE_SCHEDULED = "BenchScheduled";
  static final int CLIENTS = 4;
  static final boolean FULL = "full".equals(System.getProperty("bench.mode", "short"));
  static final int ROUNDS = FULL ? 7 : 1;
  static final int PER_ROUND = FULL ? 100 : 20;
  static final List<String> PATHS = List.of(System.getProperty("bench.paths", "payment,debt,delivery").split(","));
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  static final FormField<String> BARE_PURPOSE = FormField.text("purpose", "Purpose");
  static final FormField<BigDecimal> BARE_AMOUNT = FormField.amount("amount", "Amount");
  static final FormField<String> BARE_CURRENCY = FormField.text("currency", "Currency");
  static final FormField<String> BARE_DECISION = FormField.text("decision", "Decision");
  static final FormField<String> BARE_ORDER = FormField.text("paymentOrderNumber", "Payment order number");
  static final FormField<String> BARE_INVOICE = FormField.text("invoiceNumber", "Invoice number");
  static final FormField<String> BARE_CLAIM = FormField.text("claimNumber", "Claim number");
  static final FormField<String> BARE_REFERENCE = FormField.text("reference", "Payment reference");
  static final FormField<String> BARE_ORDER_NUMBER = FormField.text("orderNumber", "Order number");
  static final FormField<String> BARE_OUTCOME = FormField.text("deliveryOutcome", "Outcome");
  static final AtomicInteger BARE_NUMBERS = new AtomicInteger();

  @TestConfiguration
  static class Counting {

    @Bean
    static SqlCounter sqlCounter() {
      return new SqlCounter();
    }

    /**
     * The bare processes pass Tandem's engine gateway like every process: their forms and roles declared, nothing
     * more — one bean each, registered from this table.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor bareProcesses() {
      return registry -> {
        var beans = (BeanFactory) registry;
        Supplier<ProcessEngine> engine = () -> beans.getBean(ProcessEngine.class);
        register(registry, "bareStart", StartFormHandler.class,
            () -> bareStartForm(engine, BARE, BARE_PURPOSE, BARE_AMOUNT, BARE_CURRENCY));
        register(registry, "bareDebtStart", StartFormHandler.class,
            () -> bareStartForm(engine, BARE_DEBT, BARE_INVOICE, BARE_AMOUNT, BARE_CURRENCY));
        register(registry, "bareDeliveryStart", StartFormHandler.class,
            () -> bareStartForm(engine, BARE_DELIVERY, BARE_ORDER_NUMBER));
        register(registry, "bareListStart", StartFormHandler.class, () -> bareStartForm(engine, BARE_LIST));
        register(registry, "bareComplete", TaskFormHandler.class, () -> bareTask(BARE, "complete", BARE_PURPOSE));
        register(registry, "bareApprove", TaskFormHandler.class, () -> bareTask(BARE, "approve", BARE_DECISION));
        register(registry, "barePay", TaskFormHandler.class, () -> bareTask(BARE, "pay", BARE_ORDER));
        register(registry, "bareDebtDecide", TaskFormHandler.class, () -> bareTask(BARE_DEBT, "decide", BARE_DECISION));
        register(registry, "bareDebtClaim", TaskFormHandler.class, () -> bareTask(BARE_DEBT, "claim", BARE_CLAIM));
        register(registry, "bareDebtPayment", TaskFormHandler.class,
            () -> bareTask(BARE_DEBT, "payment", BARE_REFERENCE));
        register(registry, "bareListApprove", TaskFormHandler.class,
            () -> bareTask(BARE_LIST, "approve", BARE_DECISION));
        register(registry, "bareDeliver", TaskFormHandler.class, () -> bareTask(BARE_DELIVERY, "deliver", BARE_OUTCOME));
        // the bare list's asynchronous step, as Tandem's list publishes its orders: one correlation for all
        register(registry, "benchPublish", JavaDelegate.class, () -> execution -> engine.get().getRuntimeService()
            .createMessageCorrelation(BARE_SCHEDULED).correlateAll());
        register(registry, "bareProcessRoles", ProcessRoles.class, () -> new ProcessRoles(BARE,
            Set.of(TandemGroup.SALES_MANAGERS), Set.of(TandemGroup.SALES_HEADS, TandemGroup.ACCOUNTING)));
        register(registry, "bareDebtProcessRoles", ProcessRoles.class, () -> new ProcessRoles(BARE_DEBT,
            Set.of(TandemGroup.ACCOUNTING), Set.of(TandemGroup.SALES_HEADS, TandemGroup.LEGAL)));
        register(registry, "bareDeliveryProcessRoles", ProcessRoles.class, () -> new ProcessRoles(BARE_DELIVERY,
            Set.of(TandemGroup.SALES_MANAGERS), Set.of(TandemGroup.DELIVERY)));
        register(registry, "bareListProcessRoles", ProcessRoles.class,
            () -> new ProcessRoles(BARE_LIST, Set.of(TandemGroup.SALES_HEADS), Set.of()));
      };
    }

    private static <T> void register(BeanDefinitionRegistry registry, String name, Class<T> type, Supplier<T> bean) {
      registry.registerBeanDefinition(name, BeanDefinitionBuilder.genericBeanDefinition(type, bean).getBeanDefinition());
    }

    private static StartFormHandler bareStartForm(Supplier<ProcessEngine> engine, String key,
        FormField<?>... fields) {
      return new StartFormHandler() {
        @Override
        public StartForm form() {
          return StartForm.of(key, fields);
        }

        @Override
        public ProcessInstanceWithVariables start(String actor, FormInput input) {
          return ServerSide.call(() -> {
            var start = engine.get().getRuntimeService().createProcessInstanceByKey(key)
                .businessKey("BARE-" + BARE_NUMBERS.incrementAndGet()).setVariable("initiator", actor);
            for (FormField<?> field : fields) {
              start.setVariable(field.name(), input.get(field));
            }
            return start.executeWithVariablesInReturn();
          });
        }
      };
    }

    private static TaskFormHandler bareTask(String key, String task, FormField<?> field) {
      return new TaskFormHandler() {
        @Override
        public UserTaskForm form() {
          return UserTaskForm.of(key, task, field);
        }

        @Override
        public FormView view(CaseTask caseTask) {
          return FormView.create();
        }

        @Override
        public Outcome submit(CaseTask caseTask, FormInput input) {
          return Outcome.none();
        }
      };
    }
  }

  @LocalServerPort
  int port;
  /** One API client per demo user, as each of CRM, 1C and the staff's browsers would keep its own. */
  final Map<String, HttpCaller> callers = new java.util.concurrent.ConcurrentHashMap<>();
  @Autowired
  ProcessEngine engine;
  @Autowired
  DataSource dataSource;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  DeliverySchedule deliverySchedule;

  /** A short name for the report: h2, postgres. */
  abstract String database();

  /** One numbered instance of a round: its number and what identifies it (instance id or case number). */
  record Instance(int n, String id) {
  }

  /**
   * How a path drives one side: each instance begins (by the clients), then once per round something happens to
   * all of them (by one caller), then each instance is finished (by the clients); {@code ended} counts how many of
   * the given ids reached their final state.
   */
  interface Side {
    /** Before the round (not timed). */
    default void prepare() {
    }

    String begin(int n, Calls calls) throws IOException;

    default void once(List<Instance> instances, Calls calls) throws IOException {
    }

    default void finish(Instance instance, Calls calls) throws IOException {
    }

    String ended();
  }

  /** Latencies per kind of call. */
  static final class Calls {
    final Map<String, List<Long>> byKind = new ConcurrentHashMap<>();

    void add(String kind, long nanos) {
      byKind.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }
  }

  record Round(String path, String side, int instances, double seconds, long statements, long jobs, Calls calls) {

    double perSecond() {
      return instances / seconds;
    }
  }

  @AfterEach
  void officeClockBack() {
    ClockUtil.reset();
  }

  @Test
  void tandemAgainstTheBareEngine() throws Exception {
    deployBareProcesses();
    suspendTimerStarts();
    Map<String, Map<String, Side>> paths = new LinkedHashMap<>();
    paths.put("payment", Map.of("bare", barePayment(), "tandem", tandemPayment()));
    paths.put("debt", Map.of("bare", bareDebt(), "tandem", tandemDebt()));
    paths.put("delivery", Map.of("bare", bareDelivery(), "tandem", tandemDelivery()));
    paths.keySet().retainAll(PATHS);
    // warm-up, not reported: the first calls load classes and fill caches
    for (var path : paths.entrySet()) {
      round(path.getKey(), "bare", path.getValue().get("bare"), -1, 8);
      round(path.getKey(), "tandem", path.getValue().get("tandem"), -1, 8);
    }
    List<Round> rounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      for (var path : paths.entrySet()) {
        List<String> order = r % 2 == 0 ? List.of("bare", "tandem") : List.of("tandem", "bare");
        for (String side : order) {
          rounds.add(round(path.getKey(), side, path.getValue().get(side), r, PER_ROUND));
        }
      }
    }
    report(paths.keySet(), rounds);
  }

  private void deployBareProcesses() {
    BpmnModelInstance payment = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(3650).startEvent()
        .userTask("complete").camundaAssignee("${initiator}")
        .userTask("approve").camundaCandidateGroups(TandemGroup.SALES_HEADS.id())
        .userTask("pay").camundaCandidateGroups(TandemGroup.ACCOUNTING.id())
        .endEvent().done();
    BpmnModelInstance debt = Bpmn.createExecutableProcess(BARE_DEBT).camundaHistoryTimeToLive(3650).startEvent()
        .userTask("decide").camundaCandidateGroups(TandemGroup.SALES_HEADS.id())
        .userTask("claim").camundaCandidateGroups(TandemGroup.LEGAL.id())
        .userTask("payment").camundaCandidateGroups(TandemGroup.ACCOUNTING.id())
        .endEvent().done();
    BpmnModelInstance delivery = Bpmn.createExecutableProcess(BARE_DELIVERY).camundaHistoryTimeToLive(3650)
        .startEvent().intermediateCatchEvent("scheduled").message(BARE_SCHEDULED)
        .userTask("deliver").camundaCandidateGroups(TandemGroup.DELIVERY.id())
        .endEvent().done();
    BpmnModelInstance list = Bpmn.createExecutableProcess(BARE_LIST).camundaHistoryTimeToLive(3650).startEvent()
        .userTask("approve").camundaCandidateGroups(TandemGroup.SALES_HEADS.id())
        .serviceTask("publish").camundaAsyncBefore().camundaDelegateExpression("${benchPublish}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().name("bench")
        .addModelInstance(BARE + ".bpmn", payment).addModelInstance(BARE_DEBT + ".bpmn", debt)
        .addModelInstance(BARE_DELIVERY + ".bpmn", delivery).addModelInstance(BARE_LIST + ".bpmn", list).deploy();
  }

  /** The office clock moves on during the run: no daily list, scan or report may start by itself meanwhile. */
  private void suspendTimerStarts() {
    for (String key : List.of(DeliveryListProcess.KEY, OverdueDebtScanProcess.KEY,
        ReceivablesAgeingReportProcess.KEY, HardCasesReviewProcess.KEY)) {
      var management = engine.getManagementService();
      for (var timer : management.createJobDefinitionQuery().processDefinitionKey(key).jobType("timer-start-event")
          .list()) {
        management.updateJobDefinitionSuspensionState().byJobDefinitionId(timer.getId()).includeJobs(true).suspend();
      }
    }
  }

  private final AtomicInteger sequence = new AtomicInteger();

  private Round round(String path, String sideName, Side side, int round, int count) throws Exception {
    var calls = new Calls();
    long statementsBefore = SqlCounter.STATEMENTS.get();
    long jobsBefore = SqlCounter.JOBS.get();
    SqlCounter.BY_SQL.clear();
    side.prepare();
    long started = System.nanoTime();
    List<Instance> instances = clients(count, n -> new Instance(n, side.begin(n, calls)), path + " " + sideName);
    side.once(instances, calls);
    clients(instances.size(), i -> {
      side.finish(instances.get(i), calls);
      return instances.get(i);
    }, path + " " + sideName);
    awaitEnded(path + " " + sideName, side.ended(), instances.stream().map(Instance::id).toList());
    double seconds = (System.nanoTime() - started) / 1e9;
    long statements = SqlCounter.STATEMENTS.get() - statementsBefore;
    long jobs = SqlCounter.JOBS.get() - jobsBefore;
    System.out.printf(Locale.ROOT, "BENCH %s round %d %s %s: %d instances in %.2f s, %.1f statements and %.2f jobs"
        + " each%n", database(), round, path, sideName, count, seconds, (double) statements / count,
        (double) jobs / count);
    if (System.getProperty("bench.sql") != null) {
      SqlCounter.BY_SQL.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
          .forEach(e -> System.out.printf(Locale.ROOT, "BENCH sql %s %s %6.2f  %s%n", path, sideName,
              e.getValue().sum() / (double) count, e.getKey()));
    }
    return new Round(path, sideName, count, seconds, statements, jobs, calls);
  }

  interface Work<T> {
    T run(int index) throws Exception;
  }

  /** Runs {@code work} for 0..count-1 on 4 clients; fails with every problem. */
  private <T> List<T> clients(int count, Work<T> work, String what) throws InterruptedException {
    List<T> results = Collections.synchronizedList(new ArrayList<>());
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    var next = new AtomicInteger();
    for (int c = 0; c < CLIENTS; c++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          int index = i;
          try {
            results.add(work.run(index));
          } catch (Exception | AssertionError e) {
            problems.add(what + " " + index + ": " + e);
          }
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
    assertThat(problems).as(what).isEmpty();
    assertThat(results).hasSize(count);
    return new ArrayList<>(results);
  }

  // ---- payment approval ----

  private Side barePayment() {
    return new Side() {
      @Override
      public String begin(int index, Calls calls) throws IOException {
        int n = sequence.incrementAndGet();
        String instance = startBare(calls, "anna", BARE, Map.of("purpose", Map.of("value", "Pallets " + n),
            "amount", Map.of("value", "15000.00"), "currency", Map.of("value", "RUB")));
        completeBare(calls, "anna", instance, false, Map.of("purpose", Map.of("value", "Pallets " + n)));
        completeBare(calls, "svetlana", instance, true, Map.of("decision", Map.of("value", "APPROVE")));
        completeBare(calls, "olga", instance, true, Map.of("paymentOrderNumber", Map.of("value", "PO-" + n)));
        return instance;
      }

      @Override
      public String ended() {
        return BARE_ENDED;
      }
    };
  }

  private Side tandemPayment() {
    return new Side() {
      /** Raise a request, complete it with its invoice, approve it, pay it with the payment order. */
      @Override
      public String begin(int index, Calls calls) throws IOException {
        int n = sequence.incrementAndGet();
        LocalDate today = calendar.today();
        String inn = RequisitesFixtures.inn("77190" + (2000 + n % 50));
        var fields = new LinkedHashMap<String, Object>();
        fields.put("purpose", "Pallets, lot " + n);
        fields.put("category", "GOODS");
        fields.put("contractorInn", inn);
        fields.put("amount", "15000.00");
        fields.put("currency", "RUB");
        fields.put("payBy", today.plusDays(20).toString());
        String number = call(calls, "start", "anna", "POST", "/api/payment-requests", fields).get("number").asText();
        var complete = new LinkedHashMap<String, Object>();
        Map.ofEntries(Map.entry("purpose", "Pallets, lot " + n), Map.entry("category", "GOODS"),
            Map.entry("contractorInn", inn), Map.entry("contractorName", "ООО «Паллет " + n % 50 + "»"),
            Map.entry("invoiceNumber", "PS-" + n), Map.entry("invoiceDate", today.minusDays(1).toString()),
            Map.entry("amount", "15000.00"), Map.entry("currency", "RUB"),
            Map.entry("payBy", today.plusDays(20).toString()), Map.entry("kpp", "773601001"),
            Map.entry("bik", "044525225"), Map.entry("settlementAccount", "40702810303800000001"),
            Map.entry("correspondentAccount", "30101810400000000225"), Map.entry("bankName", "PAO Sberbank"),
            Map.entry("paymentPurpose", "Payment for invoice PS-" + n + ", VAT included"),
            Map.entry("contractorEmail", "buh@pallet.example"))
            .forEach((name, value) -> complete.put(name, Map.of("value", value)));
        complete.put("invoiceFile", file("invoice-" + n + ".pdf"));
        submitTandem(calls, "anna", number, false, complete);
        submitTandem(calls, "svetlana", number, true, Map.of("approvalDecision", Map.of("value", "APPROVE")));
        submitTandem(calls, "olga", number, true, Map.of("paymentDecision", Map.of("value", "PAY"),
            "paymentOrderNumber", Map.of("value", "PO-" + n),
            "paymentOrderDate", Map.of("value", today.toString()),
            "paymentOrderFile", file("payment-order-" + n + ".pdf")));
        return number;
      }

      @Override
      public String ended() {
        return "select count(*) from payment_request r join act_hi_procinst p on p.business_key_ = r.number"
            + " and p.proc_def_key_ = 'payment-approval'"
            + " where r.status = 'PAID' and p.end_time_ is not null and r.number in (%s)";
      }
    };
  }

  // ---- overdue-debt escalation ----

  private Side bareDebt() {
    return new Side() {
      @Override
      public String begin(int index, Calls calls) throws IOException {
        int n = sequence.incrementAndGet();
        return startBare(calls, "olga", BARE_DEBT, Map.of("invoiceNumber", Map.of("value", "INV-BARE-" + n),
            "amount", Map.of("value", "100000.00"), "currency", Map.of("value", "RUB")));
      }

      @Override
      public void finish(Instance instance, Calls calls) throws IOException {
        completeBare(calls, "svetlana", instance.id(), true, Map.of("decision", Map.of("value", "LEGAL")));
        completeBare(calls, "lev", instance.id(), true, Map.of("claimNumber", Map.of("value", "CL-" + instance.n())));
        completeBare(calls, "olga", instance.id(), true, Map.of("reference", Map.of("value", "PP-" + instance.n())));
      }

      @Override
      public String ended() {
        return BARE_ENDED;
      }
    };
  }

  private Side tandemDebt() {
    return new Side() {
      /** The scan runs on working days only: on a day off (a Saturday in Moscow, say) the office opens next. */
      @Override
      public void prepare() {
        LocalDate today = calendar.today();
        if (!calendar.isWorkingDay(today)) {
          setOfficeClock(calendar.onOrAfter(today), LocalTime.of(9, 0));
        }
      }

      /** Accounting registers an invoice 50 days overdue: the daily scan will open its escalation. */
      @Override
      public String begin(int index, Calls calls) throws IOException {
        int n = sequence.incrementAndGet();
        LocalDate today = calendar.today();
        String invoice = "INV-B-" + n;
        var fields = new LinkedHashMap<String, Object>();
        fields.put("invoiceNumber", invoice);
        fields.put("customerInn", RequisitesFixtures.inn("77280" + (3000 + n % 50)));
        fields.put("customerName", "ООО «Клиент " + n % 50 + "»");
        fields.put("managerId", "anna");
        fields.put("amount", "100000.00");
        fields.put("currency", "RUB");
        fields.put("issueDate", today.minusDays(80).toString());
        fields.put("dueDate", today.minusDays(50).toString());
        call(calls, "start", "olga", "POST", "/api/receivables", fields);
        return invoice;
      }

      /** The day's scan, as its timer starts it: one escalation per invoice that became overdue. */
      @Override
      public void once(List<Instance> instances, Calls calls) throws IOException {
        call(calls, "scan, list", "admin", "POST", "/api/admin/timers/" + OverdueDebtScanProcess.KEY + "/run",
            Map.of());
      }

      /** The head sends it to legal, legal sends the claim, accounting posts the payment that settles it. */
      @Override
      public void finish(Instance instance, Calls calls) throws IOException {
        LocalDate today = calendar.today();
        submitTandem(calls, "svetlana", instance.id(), true, Map.of("debtDecision", Map.of("value", "LEGAL"),
            "comment", Map.of("value", "Two reminders and a call did not help")));
        submitTandem(calls, "lev", instance.id(), true, Map.of("claimSentOn", Map.of("value", today.toString()),
            "claimFile", file("claim-" + instance.n() + ".pdf")));
        call(calls, "payment", "olga", "POST", "/api/receivables/" + instance.id() + "/payments",
            Map.of("amount", "100000.00", "date", today.toString(), "reference", "PP-" + instance.n()));
      }

      @Override
      public String ended() {
        return "select count(*) from receivable r join act_hi_procinst p on p.business_key_ = r.invoice_number"
            + " and p.proc_def_key_ = 'overdue-debt-escalation'"
            + " where r.status = 'SETTLED' and p.end_time_ is not null and r.invoice_number in (%s)";
      }
    };
  }

  // ---- delivery prioritisation ----

  /** The working day whose list the current delivery round makes (the office clock is set to it). */
  private LocalDate listDay;

  /** Moves the office clock on to 09:00 of the next list day but one: every delivery round has a day of its own. */
  private LocalDate nextListDay() {
    LocalDate today = calendar.today();
    listDay = calendar.plusWorkingDays(listDay == null ? today : listDay, listDay == null ? 1 : 2);
    setOfficeClock(listDay, LocalTime.of(9, 0));
    return deliverySchedule.listDeliveryDate();
  }

  /**
   * Moves the office clock, once no asynchronous job is waiting or running: a job's lock runs out by that clock, so a
   * jump of a day while a job runs would hand it to a second thread (the daily list's publication twice at once).
   */
  private void setOfficeClock(LocalDate day, LocalTime time) {
    JdbcTemplate sql;
    try {
      sql = new JdbcTemplate(dataSource.unwrap(DataSource.class)); // uncounted
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (sql.queryForObject("select count(*) from act_ru_job where type_ = 'message'", Integer.class) > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Asynchronous jobs still there after a minute: " + sql.queryForList(
            "select handler_type_, handler_cfg_, lock_owner_, retries_, exception_msg_ from act_ru_job"
            + " where type_ = 'message'"));
      }
      pause();
    }
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(deliverySchedule.zone()).toInstant()));
  }

  /** The two teams' orders merge into one list: anna's new clients and boris's key accounts. */
  private static String manager(int n) {
    return n % 2 == 0 ? "anna" : "boris";
  }

  private Side bareDelivery() {
    return new Side() {
      @Override
      public String begin(int index, Calls calls) throws IOException {
        int n = sequence.incrementAndGet();
        return startBare(calls, manager(n), BARE_DELIVERY,
            Map.of("orderNumber", Map.of("value", "ORD-BARE-" + n)));
      }

      @Override
      public void once(List<Instance> instances, Calls calls) throws IOException {
        String list = startBare(calls, "svetlana", BARE_LIST, Map.of());
        completeBare(calls, "svetlana", list, true, Map.of("decision", Map.of("value", "APPROVE")));
      }

      @Override
      public void finish(Instance instance, Calls calls) throws IOException {
        completeBare(calls, "dmitry", instance.id(), true, Map.of("deliveryOutcome", Map.of("value", "DELIVERED")));
      }

      @Override
      public String ended() {
        return BARE_ENDED;
      }
    };
  }

  private Side tandemDelivery() {
    return new Side() {
      private volatile LocalDate deliveryDay;

      @Override
      public void prepare() {
        deliveryDay = nextListDay();
      }

      /** A manager places an order for the list's delivery day, with a valid power of attorney. */
      @Override
      public String begin(int index, Calls calls) throws IOException {
        int n = sequence.incrementAndGet();
        String order = "ORD-B-" + n;
        var fields = DeliveryFixtures.order(order, RequisitesFixtures.inn("77380" + (4000 + n % 50)),
            "ООО «Покупатель " + n % 50 + "»", n % 2 == 0 ? "NEW_CLIENTS" : "KEY_ACCOUNTS", manager(n), deliveryDay);
        call(calls, "start", manager(n), "POST", "/api/orders", fields);
        return order;
      }

      /** The day's list, run now as its timer would start it, approved by the head with room for every order. */
      @Override
      public void once(List<Instance> instances, Calls calls) throws IOException {
        String list = call(calls, "scan, list", "admin", "POST", "/api/admin/timers/" + DeliveryListProcess.KEY
            + "/run", Map.of()).get("businessKey").asText();
        submitTandem(calls, "svetlana", list, true, Map.of("capacityOrders",
            Map.of("value", instances.size() + 10), "capacityWeightKg", Map.of("value", "0")));
        setOfficeClock(deliveryDay, LocalTime.of(12, 0));
      }

      @Override
      public void finish(Instance instance, Calls calls) throws IOException {
        submitTandem(calls, "dmitry", instance.id(), true, Map.of("deliveryOutcome", Map.of("value", "DELIVERED"),
            "deliveredAt", Map.of("value", deliveryDay + "T10:30"), "signedDocuments", Map.of("value", true)));
      }

      @Override
      public String ended() {
        return "select count(*) from delivery_order o join act_hi_procinst p on p.business_key_ = o.order_number"
            + " and p.proc_def_key_ = 'delivery-prioritisation'"
            + " where o.status = 'DELIVERED' and p.end_time_ is not null and o.order_number in (%s)";
      }
    };
  }

  // ---- calls ----

  private static final String BARE_ENDED = "select count(*) from act_hi_procinst where end_time_ is not null"
      + " and id_ in (%s)";

  private String startBare(Calls calls, String user, String key, Map<String, Object> variables) throws IOException {
    return call(calls, "start", user, "POST", "/engine-rest/process-definition/key/" + key + "/submit-form",
        Map.of("variables", variables)).get("id").asText();
  }

  /** The instance's task for the user — asked again while a job or a message is still on its way — done. */
  private void completeBare(Calls calls, String user, String instance, boolean claim, Map<String, Object> variables)
      throws IOException {
    complete(calls, user, "processInstanceId=" + instance, instance, claim, variables);
  }

  private void submitTandem(Calls calls, String user, String number, boolean claim, Map<String, Object> variables)
      throws IOException {
    complete(calls, user, "processInstanceBusinessKey=" + number, number, claim, variables);
  }

  private void complete(Calls calls, String user, String criterion, String what, boolean claim,
      Map<String, Object> variables) throws IOException {
    JsonNode tasks = JSON.createArrayNode();
    for (int attempt = 0; attempt < 600 && tasks.isEmpty(); attempt++) {
      tasks = call(calls, "task list", user, "GET", "/engine-rest/task?" + criterion, null);
      if (tasks.isEmpty()) {
        pause();
      }
    }
    if (tasks.isEmpty()) {
      throw new AssertionError(what + " has no task for " + user + ": " + state(what));
    }
    String task = tasks.get(0).get("id").asText();
    if (claim) {
      call(calls, "claim", user, "POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", user));
    }
    call(calls, "complete", user, "POST", "/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", variables));
  }

  /** What the engine holds of a case or instance (uncounted), for a failure's message. */
  private String state(String what) {
    var sql = new JdbcTemplate(dataSource);
    String instances = "select id_ from act_ru_execution where business_key_ = ? or id_ = ?";
    return "tasks " + sql.queryForList("select t.task_def_key_, t.assignee_, l.type_, l.group_id_, l.user_id_"
        + " from act_ru_task t left join act_ru_identitylink l on l.task_id_ = t.id_ where t.proc_inst_id_ in ("
        + instances + ")", what, what)
        + ", jobs " + sql.queryForList("select handler_type_, handler_cfg_, retries_, duedate_, lock_exp_time_,"
        + " suspension_state_, exception_msg_ from act_ru_job where process_instance_id_ in (" + instances + ")",
        what, what)
        + ", activities " + sql.queryForList("select act_id_, is_active_ from act_ru_execution where proc_inst_id_ in ("
        + instances + ")", what, what);
  }

  private static Map<String, Object> file(String name) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(PDF),
        "valueInfo", Map.of("filename", name, "mimetype", "application/pdf"));
  }

  private JsonNode call(Calls calls, String kind, String user, String method, String path, Object body)
      throws IOException {
    var caller = callers.computeIfAbsent(user, name -> HttpCaller.as(port, name));
    String json = body == null ? null : JSON.writeValueAsString(body);
    long t0 = System.nanoTime();
    var response = caller.json(method, path, json);
    calls.add(kind, System.nanoTime() - t0);
    if (response.statusCode() >= 300) {
      throw new AssertionError(method + " " + path + " as " + user + ": " + response.statusCode() + " "
          + response.body());
    }
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  /** Waits (uncounted SQL) until the query counts every id; on a timeout fails with the rows it found. */
  private void awaitEnded(String what, String query, List<String> ids) {
    JdbcTemplate sql;
    try {
      sql = new JdbcTemplate(new SingleConnectionDataSource(dataSource.unwrap(DataSource.class).getConnection(), true));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    try {
      String in = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(FULL ? 5 : 1);
      while (sql.queryForObject(query.formatted(in), Integer.class) < ids.size()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("Instances of " + what + " not done in time: "
              + sql.queryForList(query.replace("count(*)", "*").formatted(in)));
        }
        pause();
      }
    } finally {
      ((SingleConnectionDataSource) sql.getDataSource()).destroy();
    }
  }

  // ---- report ----

  private static final List<String> KINDS = List.of("start", "scan, list", "task list", "claim", "complete",
      "payment");

  private void report(Set<String> paths, List<Round> rounds) throws IOException {
    var out = new StringBuilder();
    out.append("## ").append(database()).append(String.format(Locale.ROOT,
        " — %d round(s) of %d instances of each, %d clients%n%n", ROUNDS, PER_ROUND, CLIENTS));
    for (String path : paths) {
      var bare = rounds.stream().filter(round -> round.path().equals(path) && round.side().equals("bare")).toList();
      var tandem = rounds.stream().filter(round -> round.path().equals(path) && round.side().equals("tandem"))
          .toList();
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < bare.size(); r++) {
        ratios.add(tandem.get(r).perSecond() / bare.get(r).perSecond());
      }
      out.append("### ").append(path).append("\n\n");
      out.append("| | bare engine | Tandem | Tandem / bare |\n|---|---|---|---|\n");
      out.append(String.format(Locale.ROOT,
          "| instances/s (median of rounds) | %.1f | %.1f | **%.2f** (%.2f–%.2f) |%n",
          median(bare.stream().map(Round::perSecond).toList()),
          median(tandem.stream().map(Round::perSecond).toList()),
          median(ratios), Collections.min(ratios), Collections.max(ratios)));
      out.append(String.format(Locale.ROOT, "| SQL statements per instance | %.0f | %.0f | %.2f |%n",
          perInstance(bare, Round::statements), perInstance(tandem, Round::statements),
          perInstance(tandem, Round::statements) / perInstance(bare, Round::statements)));
      out.append(String.format(Locale.ROOT, "| jobs per instance | %.2f | %.2f | |%n", perInstance(bare, Round::jobs),
          perInstance(tandem, Round::jobs)));
      Set<String> kinds = new LinkedHashSet<>(KINDS);
      rounds.stream().filter(round -> round.path().equals(path))
          .forEach(round -> kinds.addAll(round.calls().byKind.keySet()));
      for (String kind : kinds) {
        String b = percentiles(bare, kind);
        String t = percentiles(tandem, kind);
        if (!b.equals("–") || !t.equals("–")) {
          out.append(String.format(Locale.ROOT, "| %s p50 / p95 ms | %s | %s | |%n", kind, b, t));
        }
      }
      out.append("\nRounds (instances/s, bare vs Tandem): ");
      for (int r = 0; r < bare.size(); r++) {
        out.append(String.format(Locale.ROOT, "%s%.1f vs %.1f", r == 0 ? "" : ", ", bare.get(r).perSecond(),
            tandem.get(r).perSecond()));
      }
      out.append("\n\n");
    }
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report-" + database() + ".md"), out);
    var all = new StringBuilder("# Tandem benchmark\n\nWritten by `./mvnw -B verify -Pbench` (`-Dbench.mode=full` for"
        + " the figures). One JVM, one database, the job executor on, mails written to the outbox and not sent.\n\n");
    try (Stream<Path> reports = Files.list(dir)) {
      for (Path report : reports.filter(p -> p.getFileName().toString().matches("report-.*\\.md")).sorted()
          .toList()) {
        all.append(Files.readString(report));
      }
    }
    Files.writeString(dir.resolve("report.md"), all);
    System.out.println(out);
  }

  private static double perInstance(List<Round> rounds, java.util.function.ToLongFunction<Round> count) {
    return (double) rounds.stream().mapToLong(count).sum() / rounds.stream().mapToInt(Round::instances).sum();
  }

  private static String percentiles(List<Round> rounds, String kind) {
    List<Long> all = new ArrayList<>();
    rounds.forEach(round -> all.addAll(round.calls().byKind.getOrDefault(kind, List.of())));
    if (all.isEmpty()) {
      return "–";
    }
    Collections.sort(all);
    return String.format(Locale.ROOT, "%.0f / %.0f", all.get(all.size() / 2) / 1e6,
        all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.95) - 1)) / 1e6);
  }

  private static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
