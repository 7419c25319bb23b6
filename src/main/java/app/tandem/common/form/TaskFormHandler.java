package app.tandem.common.form;

/**
 * The form of one user task: what it shows, read from the case's tables when the form is opened, and
 * what it does with what the person entered, through the case's service. One bean per user task; the
 * gateway ({@link TaskForms}) has already checked that the caller may work on the task and that only
 * the declared fields were sent.
 */
public interface TaskFormHandler {

  UserTaskForm form();

  /**
   * Everything the form shows: the case as stored, and the editable fields' current values (keys are
   * the form's field keys and the names its texts and tables refer to).
   */
  FormView view(CaseTask task);

  /**
   * Takes the submission into the case (validating it; a refusal throws
   * {@link app.tandem.common.error.InvalidRequestException} with the problems per field) and says
   * what the process's gateways read next.
   */
  Outcome submit(CaseTask task, FormInput input);
}
