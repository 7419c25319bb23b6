/*
 * Tandem's Tasklist configuration (replaces the webjar's scripts/config.js; Camunda's defaults kept
 * where Tandem has nothing to add).
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Tandem'
  },
  // dates as the office reads them: 15.12.2026 14:30
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, DD.MM.YYYY HH:mm',
    short: 'DD.MM.YYYY'
  },
  // the form runtime every Tandem form uses (tandem/forms.js), and the link to Tandem's pages
  customScripts: ['tandem/forms'],
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
