package app.tandem.common.form;

import java.util.Set;

/**
 * The task a form works on, as the server knows it: the case is the process instance's business
 * key, the actor is the authenticated user — never something a request sends.
 */
public record CaseTask(
    String taskId,
    String taskKey,
    String processKey,
    String processInstanceId,
    String caseNumber,
    String actor,
    String assignee,
    Set<String> candidateGroups,
    Set<String> candidateUsers) {
}
