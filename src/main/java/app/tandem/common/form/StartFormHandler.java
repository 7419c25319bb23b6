package app.tandem.common.form;

import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;

/**
 * The start form of a process: what it shows before anything is entered, and the start itself —
 * the case registered from the fields (in the starter's name) and its process started with the case
 * number as business key.
 */
public interface StartFormHandler {

  StartForm form();

  default FormView view() {
    return FormView.create();
  }

  /** Registers the case and starts its process, or refuses with the problems per field. */
  ProcessInstanceWithVariables start(String actor, FormInput input);
}
