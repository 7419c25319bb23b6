package app.tandem.common.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine's last line against a client: commands that change a case's course or data reach the
 * engine only through Tandem's service overrides ({@link TandemTaskService},
 * {@link TandemFormService}, {@link TandemRuntimeService}), which check them first and run them
 * {@link ServerSide}. The same command from a business role by any other path — a variable written
 * directly, a BPMN error thrown at a task, a message correlated, an instance modified — is refused
 * with 403, whatever authorizations someone may grant later. Administrators and Tandem's own code
 * (jobs, services) are not affected. Sits after the command context interceptor, where the caller is known.
 */
class ClientCommandGuard extends CommandInterceptor {

  private static final List<Class<?>> THROUGH_THE_GATEWAY_ONLY = List.of(
      AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
      CompleteTaskCmd.class, SubmitTaskFormCmd.class, ResolveTaskCmd.class,
      SubmitStartFormCmd.class, StartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class,
      ClaimTaskCmd.class, AssignTaskCmd.class, DelegateTaskCmd.class, SetTaskOwnerCmd.class,
      AbstractAddIdentityLinkCmd.class, DeleteIdentityLinkCmd.class,
      HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
      AbstractCorrelateMessageCmd.class, SignalEventReceivedCmd.class,
      AbstractProcessInstanceModificationCommand.class, CreateAttachmentCmd.class, SaveTaskCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (!ServerSide.active() && isRestricted(command)) {
      var authentication = Context.getCommandContext() == null ? null
          : Context.getCommandContext().getAuthentication();
      if (EngineCallers.isBusinessClient(authentication)) {
        throw new AuthorizationException("'" + authentication.getUserId() + "' may not do this through the "
            + "engine's API: a case changes through its forms and Tandem's API");
      }
    }
    return next.execute(command);
  }

  private static boolean isRestricted(Command<?> command) {
    for (Class<?> type : THROUGH_THE_GATEWAY_ONLY) {
      if (type.isInstance(command)) {
        return true;
      }
    }
    return false;
  }
}
