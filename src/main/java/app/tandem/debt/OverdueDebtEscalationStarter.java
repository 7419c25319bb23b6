package app.tandem.debt;

import static app.tandem.debt.OverdueDebtEscalationProcess.MANAGER_ID;
import static app.tandem.debt.OverdueDebtEscalationProcess.TASK_HOLDERS;

import app.tandem.common.engine.AsSystem;
import app.tandem.common.engine.ServerSide;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and ends escalations in the engine: one instance per overdue invoice, business key = the
 * invoice number; a payment that settles the invoice ends its escalation in the same transaction.
 */
@Component
public class OverdueDebtEscalationStarter {

  private static final Logger LOG = LoggerFactory.getLogger(OverdueDebtEscalationStarter.class);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ReceivableService receivables;
  private final AsSystem asSystem;
  private final DebtCaseForms forms;

  OverdueDebtEscalationStarter(RuntimeService runtime, TaskService tasks, ReceivableService receivables, AsSystem asSystem,
      DebtCaseForms forms) {
    this.forms = forms;
    this.runtime = runtime;
    this.tasks = tasks;
    this.receivables = receivables;
    this.asSystem = asSystem;
  }

  /** Starts the escalation of an invoice unless one is running already. */
  public boolean start(String invoiceNumber) {
    if (isRunning(invoiceNumber)) {
      LOG.warn("Invoice {} already has a running escalation; none started", invoiceNumber);
      return false;
    }
    var receivable = receivables.get(invoiceNumber);
    Map<String, Object> variables = forms.filled(invoiceNumber);
    variables.put(MANAGER_ID.name(), receivable.getManagerId());
    ServerSide.run(() -> runtime.createProcessInstanceByKey(OverdueDebtEscalationProcess.KEY)
        .businessKey(invoiceNumber).setVariables(variables).execute());
    return true;
  }

  public boolean isRunning(String invoiceNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(OverdueDebtEscalationProcess.KEY)
        .processInstanceBusinessKey(invoiceNumber).count() > 0;
  }

  /**
   * Ends the invoice's escalation, whatever stage it is at, and hands the event sub-process the
   * people who held a task so they are told. Runs as the system: whoever reported the payment
   * (accounting) need not have rights on the escalation.
   */
  @EventListener
  void settled(ReceivableService.ReceivableSettled event) {
    asSystem.run(() -> {
      var instance = runtime.createProcessInstanceQuery().processDefinitionKey(OverdueDebtEscalationProcess.KEY)
          .processInstanceBusinessKey(event.invoiceNumber()).singleResult();
      if (instance == null) {
        return;
      }
      Set<String> holders = new LinkedHashSet<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
        if (task.getAssignee() != null) {
          holders.add(task.getAssignee());
        } else {
          for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (link.getUserId() != null) {
              holders.add(link.getUserId());
            } else if (link.getGroupId() != null) {
              holders.add("group:" + link.getGroupId());
            }
          }
        }
      }
      runtime.createMessageCorrelation(OverdueDebtEscalationProcess.MESSAGE_SETTLED)
          .processInstanceId(instance.getId())
          .setVariable(TASK_HOLDERS.name(), String.join(",", holders))
          .correlateWithResult();
      LOG.info("Escalation of invoice {} ended: the invoice is settled", event.invoiceNumber());
    });
  }
}
