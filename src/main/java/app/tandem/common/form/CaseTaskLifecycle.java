package app.tandem.common.form;

import app.tandem.common.engine.ServerSide;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What happens around every task of every model, without a listener in the model: when a user task
 * is created, and when a service task has done its work, the case's Tasklist columns are refreshed
 * from the tables (only changed values are written); a user task completes only through its form ({@link TaskForms}) — a completion by any
 * other path is refused, so no business value can ever come from completion variables.
 */
@Component
class CaseTaskLifecycle extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskForms> forms;

  CaseTaskLifecycle(ObjectProvider<TaskForms> forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener created = this::created;
    TaskListener completed = this::completed;
    ExecutionListener refresh = execution -> forms.getObject().refreshColumns(execution);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
      }

      @Override
      public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, refresh);
      }

      @Override
      public void parseBusinessRuleTask(Element businessRuleTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, refresh);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void created(DelegateTask task) {
    forms.getObject().refreshColumns(task.getExecution());
  }

  private void completed(DelegateTask task) {
    if (ServerSide.active()) {
      return;
    }
    String processKey = ((TaskEntity) task).getProcessDefinition().getKey();
    if (forms.getObject().handler(processKey, task.getTaskDefinitionKey()).isPresent()) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " of " + processKey
          + " completes only through its form (TaskForms)");
    }
  }
}
