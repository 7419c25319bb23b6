package app.tandem.support;

import static app.tandem.party.requisites.RequisitesFixtures.inn;

import app.tandem.common.engine.ServerSide;
import app.tandem.common.form.TaskForms;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.DebtFixtures;
import app.tandem.debt.DunningStage;
import app.tandem.debt.HardCasesReviewProcess;
import app.tandem.debt.OverdueDebtEscalationProcess;
import app.tandem.debt.OverdueDebtEscalationStarter;
import app.tandem.debt.ReceivableService;
import app.tandem.delivery.DeliveryFixtures;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPrioritisationProcess;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import app.tandem.delivery.DeliverySchedule;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.payment.PaymentApprovalProcess;
import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentRequestFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Brings a fresh case of any process to any of its user tasks, for tests that go through every declared
 * task form (so that a task added to a model cannot be forgotten: {@link #reach} fails for a task it
 * does not know). The case is registered the way the business does it; the instance is then moved to the
 * task (process instance modification, as an administrator would) with the variables its model needs.
 * Times follow the engine clock, which the tests pin to {@link #TODAY} 10:00 in Moscow.
 *
 * <p>Size: Long because it brings a case of every process to every task.
 */
public final class CaseScenarios {

  /** Wednesday 25 November 2026, a working day. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** A case waiting at a task: who works on it, who may not, and the number of another case of the same process. */
  public record Reached(UserTaskForm form, ProcessInstance instance, Task task, String worker, String outsider,
      String otherCase) {
  }

  private final ProcessEngine engine;
  private final TaskForms forms;
  private final PaymentApprovalStarter payments;
  private final ReceivableService receivables;
  private final DunningStage dunning;
  private final OverdueDebtEscalationStarter escalations;
  private final DeliveryPrioritisationStarter orders;
  private final DeliveryPlanning planning;
  private final CounterpartyDirectory directory;
  private int seed = 500;

  public CaseScenarios(ProcessEngine engine, TaskForms forms, PaymentApprovalStarter payments,
      ReceivableService receivables, DunningStage dunning, OverdueDebtEscalationStarter escalations,
      DeliveryPrioritisationStarter orders, DeliveryPlanning planning, CounterpartyDirectory directory) {
    this.engine = engine;
    this.forms = forms;
    this.payments = payments;
    this.receivables = receivables;
    this.dunning = dunning;
    this.escalations = escalations;
    this.orders = orders;
    this.planning = planning;
    this.directory = directory;
  }

  /** The scenarios over the application's own services. */
  public static CaseScenarios of(org.springframework.context.ApplicationContext beans) {
    return new CaseScenarios(beans.getBean(ProcessEngine.class), beans.getBean(TaskForms.class),
        beans.getBean(PaymentApprovalStarter.class), beans.getBean(ReceivableService.class),
        beans.getBean(DunningStage.class), beans.getBean(OverdueDebtEscalationStarter.class),
        beans.getBean(DeliveryPrioritisationStarter.class), beans.getBean(DeliveryPlanning.class),
        beans.getBean(CounterpartyDirectory.class));
  }

  /** A new case of the form's process waiting at the form's task. */
  public Reached reach(UserTaskForm form) {
    return switch (form.processKey()) {
      case PaymentApprovalProcess.KEY -> payment(form);
      case OverdueDebtEscalationProcess.KEY -> debt(form);
      case DeliveryPrioritisationProcess.KEY -> delivery(form);
      case DeliveryListProcess.KEY -> deliveryList(form);
      case HardCasesReviewProcess.KEY -> review(form);
      default -> throw new AssertionError("No scenario reaches the tasks of " + form.processKey()
          + ": add one to CaseScenarios");
    };
  }

  // ---- payment approval ----

  private Reached payment(UserTaskForm form) {
    String other = paymentRequest("boris").getBusinessKey();
    var instance = paymentRequest("anna");
    return switch (form.taskId()) {
      case PaymentApprovalProcess.COMPLETE -> reached(form, instance, "anna", "boris", other);
      case PaymentApprovalProcess.APPROVE -> reached(form, moveTo(instance, form.taskId(),
          Map.of(PaymentApprovalProcess.APPROVER_GROUP.name(), "sales-heads")), "svetlana", "anna", other);
      case PaymentApprovalProcess.PAY -> reached(form, moveTo(instance, form.taskId(), Map.of()), "olga",
          "svetlana", other);
      default -> unknown(form);
    };
  }

  private ProcessInstance paymentRequest(String manager) {
    var fields = new PaymentRequestFields("Paper for the printers", PaymentCategory.GOODS,
        inn("7804" + String.format("%05d", seed++)), null, null, null, new BigDecimal("12000.00"), "RUB",
        TODAY.plusDays(10), null, null, null, null, null, null, null);
    return payments.start(fields, manager, null).instance();
  }

  // ---- overdue-debt escalation ----

  private Reached debt(UserTaskForm form) {
    String other = invoice("boris");
    var instance = escalation(invoice("anna"));
    Map<String, Object> none = Map.of();
    return switch (form.taskId()) {
      case OverdueDebtEscalationProcess.CONTACT -> reached(form, moveTo(instance, form.taskId(), none), "anna",
          "boris", other);
      case OverdueDebtEscalationProcess.DECIDE -> reached(form, moveTo(instance, form.taskId(), none), "svetlana",
          "anna", other);
      case OverdueDebtEscalationProcess.AGREE_SCHEDULE, OverdueDebtEscalationProcess.APPROVE_WRITE_OFF ->
          reached(form, moveTo(instance, form.taskId(), none), "fedor", "lev", other);
      case OverdueDebtEscalationProcess.SEND_CLAIM, OverdueDebtEscalationProcess.FILE_LAWSUIT,
          OverdueDebtEscalationProcess.CLOSE_LITIGATION ->
          reached(form, moveTo(instance, form.taskId(), none), "lev", "svetlana", other);
      default -> unknown(form);
    };
  }

  private String invoice(String manager) {
    var data = DebtFixtures.invoice(TODAY, 20, "60000.00", "RUB");
    var invoice = new app.tandem.debt.ReceivableData(data.invoiceNumber(), data.customerInn(), data.customerName(),
        manager, data.amount(), data.currency(), data.issueDate(), data.dueDate(), data.customerEmail());
    receivables.register(invoice, "olga");
    return invoice.invoiceNumber();
  }

  private ProcessInstance escalation(String invoice) {
    dunning.markNewlyOverdue(TODAY);
    escalations.start(invoice);
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OverdueDebtEscalationProcess.KEY).processInstanceBusinessKey(invoice).singleResult();
    var start = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    engine.getManagementService().executeJob(start.getId());
    return instance;
  }

  // ---- delivery prioritisation and the daily list ----

  private Reached delivery(UserTaskForm form) {
    var thursday = nextFreeListDate();
    String other = order(DeliveryFixtures.order(thursday)).getBusinessKey();
    return switch (form.taskId()) {
      case DeliveryPrioritisationProcess.OBTAIN_POA -> reached(form, order(DeliveryFixtures.withoutPowerOfAttorney(
          DeliveryFixtures.order(thursday))), "boris", "anna", other);
      case DeliveryPrioritisationProcess.RELEASE -> {
        var data = DeliveryFixtures.order(thursday);
        directory.ensureCustomer(data.customerInn(), data.customerName(), null);
        directory.holdCredit(data.customerInn(), true, "Overdue invoices", "svetlana");
        yield reached(form, order(data), "svetlana", "anna", other);
      }
      case DeliveryPrioritisationProcess.DELIVER -> {
        var instance = order(DeliveryFixtures.order(thursday));
        var list = deliveryListFor(thursday);
        forms.submitAs("svetlana", task(list).getId(), Map.of());
        runJobs(list);
        runJobs(instance);
        yield reached(form, instance, "dmitry", "anna", other);
      }
      default -> unknown(form);
    };
  }

  private Reached deliveryList(UserTaskForm form) {
    var day = nextFreeListDate();
    order(DeliveryFixtures.order(day));
    return reached(form, deliveryListFor(day), "svetlana", "anna", null);
  }

  /** A working day from tomorrow on that has no delivery list yet. */
  private LocalDate nextFreeListDate() {
    var day = TODAY.plusDays(1);
    while (day.getDayOfWeek().getValue() > 5 || planning.find(day).isPresent()) {
      day = day.plusDays(1);
    }
    return day;
  }

  private ProcessInstance order(app.tandem.delivery.OrderData data) {
    return orders.receive(data, data.managerId()).instance();
  }

  /** The day's list for the delivery date, waiting for the head of sales (as the 15:00 timer would start it). */
  private ProcessInstance deliveryListFor(LocalDate deliveryDate) {
    planning.prepare(deliveryDate);
    Map<String, Object> variables = new HashMap<>();
    variables.put(DeliveryListProcess.LIST_TITLE.name(), DeliverySchedule.title(deliveryDate));
    return ServerSide.call(() -> engine.getRuntimeService().createProcessInstanceByKey(DeliveryListProcess.KEY)
        .businessKey(DeliveryListProcess.BUSINESS_KEY_PREFIX + deliveryDate).setVariables(variables)
        .startBeforeActivity(DeliveryListProcess.APPROVE).execute());
  }

  // ---- the month-end review ----

  private Reached review(UserTaskForm form) {
    String month = "2026-" + String.format("%02d", 1 + (seed++ % 11));
    var instance = ServerSide.call(() -> engine.getRuntimeService()
        .createProcessInstanceByKey(HardCasesReviewProcess.KEY).businessKey(month)
        .startBeforeActivity(HardCasesReviewProcess.REVIEW).execute());
    return reached(form, instance, "svetlana", "anna", null);
  }

  // ---- moving and reading ----

  /** Moves the instance from wherever it waits to the task, as an administrator's modification would. */
  private ProcessInstance moveTo(ProcessInstance instance, String taskId, Map<String, Object> variables) {
    var modification = engine.getRuntimeService().createProcessInstanceModification(instance.getId());
    for (String active : engine.getRuntimeService().getActiveActivityIds(instance.getId())) {
      modification = modification.cancelAllForActivity(active);
    }
    modification.startBeforeActivity(taskId).setVariables(variables).execute();
    return instance;
  }

  private void runJobs(ProcessInstance instance) {
    for (var job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
        .list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Reached reached(UserTaskForm form, ProcessInstance instance, String worker, String outsider, String other) {
    var tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(form.taskId()).list();
    if (tasks.size() != 1) {
      throw new AssertionError("The scenario did not bring " + instance.getBusinessKey() + " to " + form.taskId()
          + ": it waits at " + engine.getRuntimeService().getActiveActivityIds(instance.getId()));
    }
    return new Reached(form, instance, tasks.get(0), worker, outsider, other);
  }

  private static Reached unknown(UserTaskForm form) {
    throw new AssertionError("No scenario reaches " + form.processKey() + "/" + form.taskId()
        + ": add one to CaseScenarios");
  }

  /** Every process a scenario knows, for a check that none is missing. */
  public static Set<String> processes() {
    return Set.of(PaymentApprovalProcess.KEY, OverdueDebtEscalationProcess.KEY, DeliveryPrioritisationProcess.KEY,
        DeliveryListProcess.KEY, HardCasesReviewProcess.KEY);
  }

  @SuppressWarnings("unused")
  private static List<String> none() {
    return List.of();
  }
}
