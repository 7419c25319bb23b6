/*
 * Tandem's form runtime for Tasklist (loaded once by scripts/config.js as a custom script).
 *
 * Every task and start form in forms/*.html is an embedded form that describes its fields with data
 * attributes and calls TandemForms.bind(camForm) from its form script. The runtime gives every form
 * the same behaviour, which form-js 1.8 in Tasklist 7.24 cannot: dates typed and shown as
 * 31.12.2026 and 14:30, amounts as 1 250 000,50, repeating rows (instalments, list moves), files that
 * stay attached, conditional parts, and every refusal of the server shown at the field it concerns.
 *
 * Markup (see forms/README.md for the whole list):
 *   <div data-field="payBy" data-kind="date" data-label="Pay by" data-required data-not-past></div>
 *   <div data-show="amountDisplay" data-label="Amount"></div>
 *   <table data-table="history" data-columns="when:When|who:Who|what:What|comment:Comment"></table>
 *   <div data-documents="documents" data-label="Documents"></div>
 *   <div data-when="contactOutcome=PROMISED_TO_PAY">…</div>
 *
 * What the person typed goes to the server as the task's declared fields only (dates ISO, amounts
 * as plain decimals, rows as JSON, files as File variables); what the form merely shows is never sent.
 */

const DIGITS_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{1,2}):(\d{2})$/;
const AMOUNT = /^-?\d{1,3}((\s|\u00a0|\u202f)?\d{3})*([.,]\d{1,2})?$|^-?\d+([.,]\d{1,2})?$/;
const WHOLE = /^-?\d{1,9}$/;
const NBSP = '\u00a0';
const PREVENTED = 'camForm submission prevented';

const pad = n => String(n).padStart(2, '0');

/** A date as people type it (31.12.2026, also 31122026 or ISO) → {iso} or {problem}. */
function readDate(text, label) {
  const value = (text || '').trim();
  if (!value) {
    return {iso: null};
  }
  let day, month, year;
  let match = DIGITS_DATE.exec(value);
  if (match) {
    [day, month, year] = [+match[1], +match[2], +match[3]];
  } else if ((match = /^(\d{2})(\d{2})(\d{4})$/.exec(value))) {
    [day, month, year] = [+match[1], +match[2], +match[3]];
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    [year, month, day] = [+match[1], +match[2], +match[3]];
  } else {
    return {problem: `${label}: write the date as 31.12.2026`};
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return {problem: `${label}: ${pad(day)}.${pad(month)}.${year} is not a date`};
  }
  if (year < 2000 || year > 2100) {
    return {problem: `${label} must be between 2000 and 2100`};
  }
  return {iso: `${year}-${pad(month)}-${pad(day)}`};
}

function readTime(text, label) {
  const value = (text || '').trim();
  if (!value) {
    return {time: null};
  }
  const match = TIME.exec(value) || /^(\d{2})(\d{2})$/.exec(value);
  if (!match || +match[1] > 23 || +match[2] > 59) {
    return {problem: `${label}: write the time as 14:30`};
  }
  return {time: `${pad(+match[1])}:${match[2]}`};
}

/** An amount as people type it (1 250 000,50) → {decimal: "1250000.50"} or {problem}. */
function readAmount(text, label) {
  const value = (text || '').trim();
  if (!value) {
    return {decimal: null};
  }
  if (!AMOUNT.test(value)) {
    return {problem: `${label}: write the amount as 1 250 000,50`};
  }
  return {decimal: value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')};
}

function readWhole(text, label) {
  const value = (text || '').trim().replace(/[\s\u00a0]/g, '');
  if (!value) {
    return {number: null};
  }
  if (!WHOLE.test(value)) {
    return {problem: `${label} must be a whole number`};
  }
  return {number: String(parseInt(value, 10))};
}

/** ISO date (or the date part of an ISO date-time) → 31.12.2026; anything else as it is. */
function showDate(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const match = ISO_DATE.exec(String(value));
  return match && String(value).length === 10 ? `${match[3]}.${match[2]}.${match[1]}` : String(value);
}

/** 1250000.5 → 1 250 000,50 (non-breaking spaces, so that an amount never wraps). */
function showAmount(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const text = String(value).replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    return String(value);
  }
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return (negative ? '-' : '') + grouped + ',' + (fraction + '00').substring(0, 2);
}

const el = (tag, attributes = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      node.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  }
  for (const child of [].concat(children)) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
};

let uid = 0;
const nextId = name => `tandem-${name.replace(/[^A-Za-z0-9_-]/g, '-')}-${++uid}`;

/** "a:A|b:B:date" → [{key: 'a', label: 'A'}, {key: 'b', label: 'B', format: 'date'}] */
function columns(spec) {
  return (spec || '').split('|').filter(Boolean).map(part => {
    const [key, label, format] = part.split(':');
    return {key, label: label || key, format};
  });
}

function formatted(value, format) {
  if (format === 'date') {
    return showDate(value);
  }
  if (format === 'amount') {
    return showAmount(value);
  }
  return value === null || value === undefined ? '' : String(value);
}

/**
 * One editable control: reads and writes its value as the server takes it, checks what was typed
 * and shows a message under itself.
 */
class Control {
  constructor(spec, container, context) {
    this.name = spec.name;
    this.kind = spec.kind;
    this.label = spec.label;
    this.required = spec.required;
    this.requiredWhen = spec.requiredWhen;
    this.notPast = spec.notPast;
    this.spec = spec;
    this.context = context;
    this.id = nextId(spec.name);
    this.container = container;
    this.errorNode = el('div', {class: 'tandem-error', role: 'alert', 'data-error-for': spec.name});
    this.render();
  }

  render() {
    const spec = this.spec;
    let control;
    switch (this.kind) {
      case 'multiline':
        control = this.input = el('textarea', {id: this.id, class: 'form-control', rows: spec.rows || 3,
          maxlength: spec.maxlength, name: this.name});
        break;
      case 'choice':
        control = this.renderChoice();
        break;
      case 'flag':
        this.input = el('input', {id: this.id, type: 'checkbox', name: this.name});
        control = el('div', {class: 'checkbox'}, el('label', {}, [this.input, ' ', spec.flagLabel || this.label]));
        break;
      case 'date':
        control = this.renderDate();
        break;
      case 'datetime':
        control = this.renderDateTime();
        break;
      case 'amount':
        this.input = el('input', {id: this.id, class: 'form-control tandem-amount', inputmode: 'decimal',
          autocomplete: 'off', placeholder: '0,00', name: this.name});
        this.input.addEventListener('blur', () => {
          const read = readAmount(this.input.value, this.label);
          if (read.decimal) {
            this.input.value = showAmount(read.decimal);
          }
        });
        control = spec.suffix ? el('div', {class: 'input-group'}, [this.input,
          el('span', {class: 'input-group-addon tandem-suffix', 'data-suffix-of': spec.suffix})]) : this.input;
        break;
      case 'number':
        control = this.input = el('input', {id: this.id, class: 'form-control tandem-number', inputmode: 'numeric',
          autocomplete: 'off', name: this.name});
        break;
      case 'file':
        control = this.renderFile();
        break;
      default:
        control = this.input = el('input', {id: this.id, class: 'form-control', autocomplete: 'off',
          maxlength: spec.maxlength, placeholder: spec.placeholder, name: this.name});
    }
    if (this.input && spec.placeholder && !this.input.getAttribute('placeholder')) {
      this.input.setAttribute('placeholder', spec.placeholder);
    }
    const parts = [];
    if (!spec.inRow && this.kind !== 'flag') {
      parts.push(el('label', {class: 'control-label', for: this.id},
        [this.label, this.required ? el('span', {class: 'tandem-required', title: 'required'}, ' *')
          : this.requiredWhen ? el('span', {class: 'tandem-required tandem-conditional', title: 'required'}, ' *') : null]));
    }
    parts.push(control);
    if (spec.help) {
      parts.push(el('p', {class: 'help-block'}, spec.help));
    }
    parts.push(this.errorNode);
    this.container.classList.add('form-group', 'tandem-field', `tandem-kind-${this.kind}`);
    this.container.setAttribute('data-rendered', 'true');
    this.container.append(...parts);
    const changed = () => {
      this.clearProblem();
      this.context.changed(this);
    };
    this.container.addEventListener('input', changed);
    this.container.addEventListener('change', changed);
  }

  options() {
    if (!this.spec.optionsFrom) {
      return this.spec.options;
    }
    const listed = this.context.value(this.spec.optionsFrom);
    return (Array.isArray(listed) ? listed : []).map(option => typeof option === 'object' && option !== null
      ? {value: String(option.value), label: String(option.label === undefined ? option.value : option.label)}
      : {value: String(option), label: String(option)});
  }

  /** Options listed by the server (data-options-from) arrive with the form's values. */
  refreshOptions() {
    if (!this.spec.optionsFrom || !this.input || this.input.tagName !== 'SELECT') {
      return;
    }
    const chosen = this.input.value;
    this.input.textContent = '';
    this.input.append(el('option', {value: ''}, this.spec.placeholderOption || '— choose —'));
    this.options().forEach(option => this.input.append(el('option', {value: option.value}, option.label)));
    this.input.value = chosen;
  }

  renderChoice() {
    const options = this.options();
    if (this.spec.widget === 'radio') {
      this.radios = options.map(option => el('input', {type: 'radio', name: this.id, value: option.value}));
      return el('div', {class: 'tandem-radios', id: this.id, role: 'radiogroup'}, options.map((option, i) =>
        el('div', {class: 'radio'}, el('label', {}, [this.radios[i], ' ', option.label]))));
    }
    this.input = el('select', {id: this.id, class: 'form-control', name: this.name},
      [this.spec.placeholderOption === false ? null : el('option', {value: ''}, this.spec.placeholderOption || '— choose —')]
        .concat(options.map(option => el('option', {value: option.value}, option.label))));
    return this.input;
  }

  renderDate() {
    this.input = el('input', {id: this.id, class: 'form-control tandem-date', inputmode: 'numeric', autocomplete: 'off',
      placeholder: 'dd.mm.yyyy', maxlength: 10, name: this.name});
    this.input.addEventListener('input', () => {
      // 15122026 → 15.12.2026 as people type without dots
      const digits = this.input.value.replace(/\D/g, '');
      if (/^\d{8}$/.test(this.input.value)) {
        this.input.value = `${digits.substring(0, 2)}.${digits.substring(2, 4)}.${digits.substring(4)}`;
      }
    });
    this.input.addEventListener('blur', () => {
      const read = readDate(this.input.value, this.label);
      if (read.problem) {
        this.showProblem(read.problem);
      } else if (read.iso) {
        this.input.value = showDate(read.iso);
        this.checkNotPast(read.iso);
      }
    });
    // a calendar for those who prefer to pick: the browser's own, its choice written as 31.12.2026
    const picker = el('input', {type: 'date', class: 'tandem-picker', tabindex: '-1', 'aria-hidden': 'true'});
    picker.addEventListener('change', () => {
      if (picker.value) {
        this.input.value = showDate(picker.value);
        this.clearProblem();
        this.checkNotPast(picker.value);
        this.context.changed(this);
      }
    });
    const button = el('button', {type: 'button', class: 'btn btn-default tandem-calendar', title: 'Pick from a calendar',
      'aria-label': 'Pick from a calendar'}, el('span', {class: 'glyphicon glyphicon-calendar'}));
    button.addEventListener('click', () => {
      const read = readDate(this.input.value, this.label);
      picker.value = read.iso || '';
      if (typeof picker.showPicker === 'function') {
        picker.showPicker();
      } else {
        picker.focus();
      }
    });
    return el('div', {class: 'input-group tandem-date-group'}, [this.input, el('span', {class: 'input-group-btn'}, [button, picker])]);
  }

  renderDateTime() {
    const date = this.renderDate();
    this.dateInput = this.input;
    this.timeInput = el('input', {id: this.id + '-time', class: 'form-control tandem-time', inputmode: 'numeric',
      autocomplete: 'off', placeholder: 'hh:mm', maxlength: 5, name: this.name + '-time', 'aria-label': this.label + ': time'});
    this.timeErrorNode = el('div', {class: 'tandem-error', role: 'alert', 'data-error-for': this.name + '-time'});
    this.timeInput.addEventListener('blur', () => {
      const read = readTime(this.timeInput.value, this.label);
      if (read.problem) {
        this.showTimeProblem(read.problem);
      } else if (read.time) {
        this.timeInput.value = read.time;
      }
    });
    return el('div', {class: 'row tandem-datetime'}, [
      el('div', {class: 'col-xs-7'}, date),
      el('div', {class: 'col-xs-5'}, [this.timeInput, this.timeErrorNode])
    ]);
  }

  renderFile() {
    this.input = el('input', {id: this.id, type: 'file', class: 'form-control', accept: this.spec.accept, name: this.name});
    this.attached = el('div', {class: 'tandem-attached'});
    this.file = null;
    this.input.addEventListener('change', () => {
      this.file = null;
      const chosen = this.input.files && this.input.files[0];
      if (!chosen) {
        return;
      }
      const max = this.spec.maxSize || 10 * 1024 * 1024;
      if (chosen.size > max) {
        this.showProblem(`${this.label}: the file is larger than ${Math.round(max / 1024 / 1024)} MB`);
        this.input.value = '';
        return;
      }
      const reader = new FileReader();
      this.reading = new Promise(resolve => {
        reader.onloadend = () => {
          const bytes = new Uint8Array(reader.result);
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
          }
          this.file = {name: chosen.name, type: chosen.type || 'application/octet-stream', base64: btoa(binary)};
          resolve();
        };
      });
      reader.readAsArrayBuffer(chosen);
    });
    return el('div', {}, [this.attached, this.input]);
  }

  /** Shows the documents already kept for this field: the file need not be attached again. */
  showAttached(documents) {
    if (!this.attached) {
      return;
    }
    this.attached.textContent = '';
    this.hasAttached = documents.length > 0;
    if (this.hasAttached) {
      this.attached.append(el('span', {class: 'tandem-attached-label'}, 'Attached: '));
      documents.forEach((doc, i) => {
        if (i > 0) {
          this.attached.append(', ');
        }
        this.attached.append(el('a', {href: doc.href, target: '_blank', rel: 'noopener'}, doc.fileName));
      });
      this.attached.append(el('span', {class: 'help-inline'}, ' — choose a file only to replace it'));
    }
  }

  set(value) {
    switch (this.kind) {
      case 'flag':
        this.input.checked = value === true || value === 'true';
        break;
      case 'choice':
        if (this.radios) {
          this.radios.forEach(radio => {
            radio.checked = radio.value === value;
          });
        } else {
          this.input.value = value === null || value === undefined ? '' : String(value);
        }
        break;
      case 'date':
        this.input.value = showDate(value);
        break;
      case 'datetime': {
        const text = value ? String(value) : '';
        const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
        this.dateInput.value = match ? showDate(match[1]) : showDate(text);
        this.timeInput.value = match ? match[2] : '';
        break;
      }
      case 'amount':
        this.input.value = showAmount(value);
        break;
      case 'file':
        break;
      default:
        this.input.value = value === null || value === undefined ? '' : String(value);
    }
  }

  /** The raw state, for Tasklist's Save (kept in this browser only). */
  state() {
    if (this.kind === 'flag') {
      return this.input.checked;
    }
    if (this.kind === 'choice' && this.radios) {
      const checked = this.radios.find(radio => radio.checked);
      return checked ? checked.value : null;
    }
    if (this.kind === 'datetime') {
      return [this.dateInput.value, this.timeInput.value];
    }
    if (this.kind === 'file') {
      return null;
    }
    return this.input.value;
  }

  restore(state) {
    if (state === null || state === undefined) {
      return;
    }
    if (this.kind === 'flag') {
      this.input.checked = !!state;
    } else if (this.kind === 'choice' && this.radios) {
      this.radios.forEach(radio => {
        radio.checked = radio.value === state;
      });
    } else if (this.kind === 'datetime') {
      [this.dateInput.value, this.timeInput.value] = state;
    } else if (this.kind !== 'file') {
      this.input.value = state;
    }
  }

  /** What the choice, flag or text currently holds, for conditions (data-when). */
  current() {
    const state = this.state();
    return state === null || state === undefined ? '' : String(state);
  }

  isEmpty() {
    if (this.kind === 'file') {
      return !this.file && !this.input.value;
    }
    if (this.kind === 'flag') {
      return false;
    }
    if (this.kind === 'datetime') {
      return !this.dateInput.value.trim() && !this.timeInput.value.trim();
    }
    const state = this.state();
    return state === null || String(state).trim() === '';
  }

  isRequired() {
    return this.required || (this.requiredWhen && this.context.holds(this.requiredWhen));
  }

  /** The value as the server takes it, or a problem: {value} | {problem}. */
  read() {
    const label = this.label;
    switch (this.kind) {
      case 'flag':
        return {value: this.input.checked, type: 'Boolean'};
      case 'choice': {
        const value = this.state();
        return {value: value || null};
      }
      case 'date': {
        const read = readDate(this.input.value, label);
        if (read.problem) {
          return read;
        }
        const past = read.iso && this.pastProblem(read.iso);
        return past ? {problem: past} : {value: read.iso};
      }
      case 'datetime': {
        const date = readDate(this.dateInput.value, label);
        const time = readTime(this.timeInput.value, label);
        if (date.problem) {
          return date;
        }
        if (time.problem) {
          return {problem: time.problem, onTime: true};
        }
        if (date.iso && !time.time) {
          return {problem: `${label}: enter the time as well`, onTime: true};
        }
        if (!date.iso && time.time) {
          return {problem: `${label}: enter the date as well`};
        }
        return {value: date.iso ? `${date.iso}T${time.time}` : null};
      }
      case 'amount': {
        const read = readAmount(this.input.value, label);
        return read.problem ? read : {value: read.decimal};
      }
      case 'number': {
        const read = readWhole(this.input.value, label);
        return read.problem ? read : {value: read.number};
      }
      case 'file':
        return {file: this.file};
      default: {
        const value = this.input.value.trim();
        return {value: value || null};
      }
    }
  }

  pastProblem(iso) {
    const today = this.context.today();
    if (this.notPast && today && iso < today) {
      return `${this.label} cannot be in the past`;
    }
    return null;
  }

  checkNotPast(iso) {
    const problem = this.pastProblem(iso);
    if (problem) {
      this.showProblem(problem);
    }
  }

  showProblem(message) {
    this.container.classList.add('has-error');
    this.errorNode.textContent = message;
  }

  showTimeProblem(message) {
    this.container.classList.add('has-error');
    (this.timeErrorNode || this.errorNode).textContent = message;
  }

  clearProblem() {
    this.container.classList.remove('has-error');
    this.errorNode.textContent = '';
    if (this.timeErrorNode) {
      this.timeErrorNode.textContent = '';
    }
  }

  focus() {
    const target = this.radios ? this.radios[0] : this.input;
    if (target) {
      target.scrollIntoView({block: 'center'});
      target.focus();
    }
  }

  isVisible() {
    return !this.container.closest('[data-tandem-hidden]');
  }
}

/** Repeating rows of sub-fields: add, remove, a total for amount columns; sent as a JSON array. */
class Rows {
  constructor(spec, container, context) {
    this.name = spec.name;
    this.kind = 'rows';
    this.label = spec.label;
    this.spec = spec;
    this.context = context;
    this.rows = [];
    this.container = container;
    this.errorNode = el('div', {class: 'tandem-error', role: 'alert', 'data-error-for': spec.name});
    this.body = el('tbody');
    const head = el('tr', {}, spec.columns.map(column => el('th', {class: `tandem-col-${column.kind}`},
      [column.label, column.required ? el('span', {class: 'tandem-required'}, ' *') : null])).concat([el('th', {class: 'tandem-col-actions'})]));
    this.footer = el('tfoot');
    this.addButton = el('button', {type: 'button', class: 'btn btn-default btn-sm tandem-add-row'},
      [el('span', {class: 'glyphicon glyphicon-plus'}), ' ', spec.addLabel || 'Add a row']);
    this.addButton.addEventListener('click', () => {
      const row = this.addRow({});
      row.controls[0].focus();
    });
    container.classList.add('form-group', 'tandem-field', 'tandem-kind-rows');
    container.setAttribute('data-rendered', 'true');
    container.append(...[
      el('label', {class: 'control-label'}, [this.label, spec.required ? el('span', {class: 'tandem-required'}, ' *') : null]),
      spec.help ? el('p', {class: 'help-block'}, spec.help) : null,
      el('table', {class: 'table table-condensed tandem-rows', 'data-rows-of': this.name}, [el('thead', {}, head), this.body, this.footer]),
      this.addButton,
      this.errorNode].filter(Boolean));
    container.addEventListener('input', () => this.updateTotals());
  }

  addRow(values) {
    const cells = [];
    const controls = this.spec.columns.map(column => {
      const cell = el('td', {class: `tandem-col-${column.kind}`});
      const holder = el('div');
      cell.append(holder);
      cells.push(cell);
      const control = new Control({...column, inRow: true, label: column.label}, holder, this.context);
      control.set(values[column.name]);
      return control;
    });
    const remove = el('button', {type: 'button', class: 'btn btn-link tandem-remove-row', title: 'Remove this row',
      'aria-label': 'Remove this row'}, el('span', {class: 'glyphicon glyphicon-remove'}));
    const tr = el('tr', {class: 'tandem-row'}, cells.concat([el('td', {class: 'tandem-col-actions'}, remove)]));
    const row = {tr, controls};
    remove.addEventListener('click', () => {
      this.rows = this.rows.filter(other => other !== row);
      tr.remove();
      this.updateTotals();
      this.context.changed(this);
    });
    this.rows.push(row);
    this.body.append(tr);
    this.updateTotals();
    return row;
  }

  updateTotals() {
    this.footer.textContent = '';
    const amountColumns = this.spec.columns.filter(column => column.kind === 'amount');
    if (!amountColumns.length || !this.rows.length) {
      return;
    }
    const cells = this.spec.columns.map((column, i) => {
      if (column.kind !== 'amount') {
        return el('td', {}, i === 0 ? 'Total' : '');
      }
      let cents = 0;
      this.rows.forEach(row => {
        const read = readAmount(row.controls[i].input.value, column.label);
        if (read.decimal) {
          cents += Math.round(parseFloat(read.decimal) * 100);
        }
      });
      return el('td', {class: 'tandem-total'}, showAmount((cents / 100).toFixed(2)));
    });
    this.footer.append(el('tr', {}, cells.concat([el('td')])));
  }

  set(value) {
    this.body.textContent = '';
    this.rows = [];
    const items = Array.isArray(value) ? value : [];
    items.forEach(item => this.addRow(item || {}));
    for (let i = items.length; i < (this.spec.initialRows || 0); i++) {
      this.addRow({});
    }
  }

  state() {
    return this.rows.map(row => row.controls.map(control => control.state()));
  }

  restore(state) {
    if (!Array.isArray(state)) {
      return;
    }
    this.body.textContent = '';
    this.rows = [];
    state.forEach(values => {
      const row = this.addRow({});
      row.controls.forEach((control, i) => control.restore(values[i]));
    });
  }

  current() {
    return String(this.rows.length);
  }

  isEmpty() {
    return this.rows.every(row => row.controls.every(control => control.isEmpty()));
  }

  isRequired() {
    return this.spec.required;
  }

  read() {
    const value = [];
    const problems = [];
    this.rows.forEach((row, index) => {
      if (row.controls.every(control => control.isEmpty())) {
        return;
      }
      const item = {};
      row.controls.forEach((control, i) => {
        const column = this.spec.columns[i];
        const read = control.read();
        if (read.problem) {
          problems.push({control, message: `Row ${index + 1}: ${read.problem}`});
        } else if ((read.value === null || read.value === undefined) && column.required) {
          problems.push({control, message: `Row ${index + 1}: ${column.label} is required`});
        } else {
          item[column.name] = read.value;
        }
      });
      value.push(item);
    });
    return problems.length ? {problems} : {value, type: 'Json'};
  }

  /** Server paths like instalments[1].amount: the row counts the rows sent, empty ones left out. */
  controlAt(index, column) {
    const sent = this.rows.filter(row => !row.controls.every(control => control.isEmpty()));
    const row = sent[index];
    const i = this.spec.columns.findIndex(spec => spec.name === column);
    return row && i >= 0 ? row.controls[i] : null;
  }

  showProblem(message) {
    this.container.classList.add('has-error');
    this.errorNode.textContent = message;
  }

  clearProblem() {
    this.container.classList.remove('has-error');
    this.errorNode.textContent = '';
    this.rows.forEach(row => row.controls.forEach(control => control.clearProblem()));
  }

  focus() {
    this.container.scrollIntoView({block: 'center'});
  }

  isVisible() {
    return !this.container.closest('[data-tandem-hidden]');
  }
}

function specOf(node, name) {
  const data = node.dataset;
  const spec = {
    name,
    kind: data.kind || 'text',
    label: data.label || name,
    required: 'required' in data,
    requiredWhen: data.requiredWhen,
    notPast: 'notPast' in data,
    help: data.help,
    placeholder: data.placeholder,
    placeholderOption: data.placeholderOption === 'false' ? false : data.placeholderOption,
    maxlength: data.maxlength,
    rows: data.rows,
    widget: data.widget,
    accept: data.accept,
    maxSize: data.maxSize ? parseInt(data.maxSize, 10) : null,
    suffix: data.suffix,
    flagLabel: data.flagLabel,
    documentsKind: data.documentsKind,
    documentsFrom: data.documentsFrom || 'documents',
    optionsFrom: data.optionsFrom,
    initialRows: data.initialRows ? parseInt(data.initialRows, 10) : 0,
    addLabel: data.addLabel,
    options: Array.from(node.querySelectorAll(':scope > option')).map(option => ({
      value: option.value, label: option.textContent.trim()
    }))
  };
  node.querySelectorAll(':scope > option').forEach(option => option.remove());
  if (spec.kind === 'rows') {
    spec.columns = Array.from(node.querySelectorAll(':scope > [data-column]')).map(column => {
      const columnSpec = specOf(column, column.dataset.column);
      column.remove();
      return columnSpec;
    });
  }
  return spec;
}

/**
 * Binds a Tasklist embedded form (its camForm) to the runtime: renders the declared fields, loads
 * what the form shows, checks and sends what was typed, shows the server's refusals on the fields.
 */
function bind(camForm) {
  const root = camForm.formElement[0];
  root.classList.add('tandem-form');
  root.setAttribute('novalidate', '');
  const variables = camForm.variableManager;
  const controls = [];
  const shown = new Set();
  let values = {};
  const summary = el('div', {class: 'alert alert-danger tandem-summary', role: 'alert', hidden: true});
  root.prepend(summary);

  const context = {
    today: () => values.businessToday || null,
    value: name => values[name],
    holds: condition => holds(condition),
    changed: () => applyConditions()
  };

  root.querySelectorAll('[data-field]').forEach(node => {
    const spec = specOf(node, node.dataset.field);
    controls.push(spec.kind === 'rows' ? new Rows(spec, node, context) : new Control(spec, node, context));
  });
  root.querySelectorAll('[data-show],[data-table],[data-documents],[data-text],[data-alert],[data-card]').forEach(node => {
    shown.add(node.dataset.show || node.dataset.table || node.dataset.documents || node.dataset.text || node.dataset.alert
      || node.dataset.card);
  });
  root.querySelectorAll('[data-when]').forEach(node => {
    node.dataset.when.split(';').forEach(part => shown.add(part.split(/!?=/)[0].trim()));
  });
  controls.forEach(control => {
    if (control.spec.suffix) {
      shown.add(control.spec.suffix);
    }
    if (control.kind === 'file') {
      shown.add(control.spec.documentsFrom);
    }
    [control.spec].concat(control.spec.columns || []).forEach(spec => spec.optionsFrom && shown.add(spec.optionsFrom));
  });
  shown.add('businessToday');
  const editable = new Set(controls.map(control => control.name));
  const names = new Set([...shown, ...editable]);
  names.forEach(name => {
    if (!variables.variables[name]) {
      variables.fetchVariable(name);
    }
  });

  function valueOf(name) {
    const control = controls.find(candidate => candidate.name === name);
    if (control && control.kind !== 'rows') {
      return control.current();
    }
    const value = values[name];
    return value === null || value === undefined ? '' : String(value);
  }

  /** "a=X,Y" (a is X or Y), "a!=X", "a" (a is set and not false), several joined by ';' (all hold). */
  function holds(condition) {
    return condition.split(';').every(part => {
      const match = /^\s*([^!=]+?)\s*(!?=)\s*(.*)$/.exec(part);
      if (!match) {
        const value = valueOf(part.trim());
        return value !== '' && value !== 'false' && value !== '0';
      }
      const options = match[3].split(',').map(option => option.trim());
      const is = options.includes(valueOf(match[1]));
      return match[2] === '=' ? is : !is;
    });
  }

  function applyConditions() {
    root.querySelectorAll('[data-when]').forEach(node => {
      if (holds(node.dataset.when)) {
        node.removeAttribute('data-tandem-hidden');
        node.hidden = false;
      } else {
        node.setAttribute('data-tandem-hidden', '');
        node.hidden = true;
      }
    });
    controls.forEach(control => {
      if (control.requiredWhen) {
        control.container.classList.toggle('tandem-is-required', control.isRequired());
      }
    });
  }

  function renderShown() {
    root.querySelectorAll('[data-card]').forEach(node => {
      const lines = Array.isArray(values[node.dataset.card]) ? values[node.dataset.card] : [];
      node.textContent = '';
      node.classList.add('tandem-card');
      lines.forEach(line => node.append(el('div', {class: 'tandem-show' + (line.emphasis ? ` tandem-emphasis-${line.emphasis}` : '')},
        [el('span', {class: 'tandem-show-label'}, line.label), el('span', {class: 'tandem-show-value'}, line.value)])));
    });
    root.querySelectorAll('[data-show]').forEach(node => {
      const value = formatted(values[node.dataset.show], node.dataset.format);
      let target = node.querySelector('.tandem-show-value');
      if (!target) {
        if (node.dataset.label) {
          node.classList.add('tandem-show');
          node.append(el('span', {class: 'tandem-show-label'}, node.dataset.label));
        }
        target = el('span', {class: 'tandem-show-value'});
        node.append(target);
      }
      target.textContent = value;
      if ('hideEmpty' in node.dataset) {
        node.hidden = value === '';
      }
    });
    root.querySelectorAll('[data-text]').forEach(node => {
      node.classList.add('tandem-text');
      node.textContent = values[node.dataset.text] || '';
      if ('hideEmpty' in node.dataset) {
        node.hidden = !values[node.dataset.text];
      }
    });
    root.querySelectorAll('[data-alert]').forEach(node => {
      const text = values[node.dataset.alert];
      node.classList.add('alert', node.dataset.level ? `alert-${node.dataset.level}` : 'alert-warning', 'tandem-alert');
      node.textContent = text || '';
      node.hidden = !text;
    });
    root.querySelectorAll('[data-table]').forEach(node => {
      const rows = Array.isArray(values[node.dataset.table]) ? values[node.dataset.table] : [];
      const cols = columns(node.dataset.columns);
      node.textContent = '';
      node.classList.add('table', 'table-condensed', 'table-striped', 'tandem-table');
      if (node.dataset.caption) {
        node.append(el('caption', {}, node.dataset.caption));
      }
      node.append(el('thead', {}, el('tr', {}, cols.map(col => el('th', {class: `tandem-cell-${col.key}`}, col.label)))));
      const body = el('tbody', {}, rows.map(row => el('tr', {}, cols.map(col =>
        el('td', {class: `tandem-cell-${col.key}`, 'data-label': col.label}, formatted(row[col.key], col.format))))));
      if (!rows.length) {
        body.append(el('tr', {}, el('td', {colspan: cols.length, class: 'text-muted'}, node.dataset.empty || 'None')));
      }
      node.append(body);
    });
    root.querySelectorAll('[data-documents]').forEach(node => {
      const docs = Array.isArray(values[node.dataset.documents]) ? values[node.dataset.documents] : [];
      node.textContent = '';
      node.classList.add('tandem-show', 'tandem-documents');
      if (node.dataset.label) {
        node.append(el('span', {class: 'tandem-show-label'}, node.dataset.label));
      }
      const list = el('span', {class: 'tandem-show-value'});
      if (!docs.length) {
        list.append(el('span', {class: 'text-muted'}, 'none'));
      }
      docs.forEach((doc, i) => {
        if (i > 0) {
          list.append(', ');
        }
        list.append(el('a', {href: doc.href, target: '_blank', rel: 'noopener'}, `${doc.kind}: ${doc.fileName}`));
      });
      node.append(list);
    });
    root.querySelectorAll('[data-suffix-of]').forEach(node => {
      node.textContent = values[node.dataset.suffixOf] || '';
    });
  }

  const storageKey = () => `tandemForm:${camForm.taskId || camForm.processDefinitionId}`;

  camForm.on('variables-fetched', () => {
    names.forEach(name => {
      const variable = variables.variables[name];
      values[name] = variable ? variable.value : null;
    });
    renderShown();
    controls.forEach(control => {
      if (control.refreshOptions) {
        control.refreshOptions();
      }
      control.set(values[control.name]);
      if (control.kind === 'file') {
        const docs = values[control.spec.documentsFrom];
        control.showAttached((Array.isArray(docs) ? docs : [])
          .filter(doc => !control.spec.documentsKind || doc.kind === control.spec.documentsKind));
      }
    });
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey()) || 'null');
      if (saved) {
        controls.forEach(control => control.restore(saved[control.name]));
      }
    } catch (ignored) {
      // a damaged saved state is dropped; the server's values stay
    }
    applyConditions();
  });

  // Tasklist's Save: what was typed is kept in this browser (never sent) until the task is completed
  camForm.on('store', () => {
    const state = {};
    controls.forEach(control => {
      state[control.name] = control.state();
    });
    localStorage.setItem(storageKey(), JSON.stringify(state));
    camForm.storePrevented = true;
  });

  function showSummary(messages) {
    summary.textContent = '';
    if (!messages.length) {
      summary.hidden = true;
      return;
    }
    summary.append(el('strong', {}, messages.length === 1 ? 'Please correct this:' : 'Please correct these:'),
      el('ul', {}, messages.map(message => el('li', {}, message))));
    summary.hidden = false;
  }

  function clearProblems() {
    controls.forEach(control => control.clearProblem());
    showSummary([]);
  }

  camForm.on('submit', () => {
    clearProblems();
    const problems = [];
    const send = {};
    controls.forEach(control => {
      if (!control.isVisible()) {
        return;
      }
      if (control.isRequired() && control.isEmpty() && !(control.kind === 'file' && control.hasAttached)) {
        problems.push({control, message: `${control.label} is required`});
        return;
      }
      const read = control.read();
      if (read.problems) {
        read.problems.forEach(problem => problems.push(problem));
      } else if (read.problem) {
        problems.push({control, message: read.problem, onTime: read.onTime});
      } else if (control.kind === 'file') {
        if (read.file) {
          send[control.name] = {type: 'File', value: read.file.base64,
            valueInfo: {filename: read.file.name, mimeType: read.file.type}};
        }
      } else {
        send[control.name] = {type: read.type || 'String', value: read.value};
      }
    });
    const stillReading = controls.find(control => control.kind === 'file' && control.input.value && !control.file);
    if (stillReading) {
      problems.push({control: stillReading, message: `${stillReading.label}: the file is still being read, try again in a moment`});
    }
    if (problems.length) {
      problems.forEach(problem => problem.onTime ? problem.control.showTimeProblem(problem.message)
        : problem.control.showProblem(problem.message));
      showSummary(problems.map(problem => problem.message));
      problems[0].control.focus();
      camForm.submitPrevented = true;
      return;
    }
    // only the task's own fields go to the server; what the form shows stays here
    Object.keys(variables.variables).forEach(name => {
      if (!(name in send)) {
        delete variables.variables[name];
      }
    });
    Object.entries(send).forEach(([name, variable]) => {
      variables.variables[name] = {name, type: variable.type, value: variable.value, valueInfo: variable.valueInfo};
    });
  });

  camForm.on('submit-success', () => {
    localStorage.removeItem(storageKey());
  });

  // the SDK calls handlers with (form, [argument])
  camForm.on('submit-failed', (form, args) => {
    const error = Array.isArray(args) ? args[0] : args;
    if (!error || error.message === PREVENTED) {
      return;
    }
    let body = error.response && error.response.body;
    if ((!body || !body.errors) && error.response && error.response.text) {
      try {
        body = JSON.parse(error.response.text);
      } catch (ignored) {
        body = null;
      }
    }
    const errors = body && Array.isArray(body.errors) ? body.errors : [];
    const messages = [];
    errors.forEach(problem => {
      const message = problem.message || String(problem);
      const path = /^([^[\].]+)(?:\[(\d+)\]\.([^.]+))?$/.exec(problem.field || '');
      let control = path && controls.find(candidate => candidate.name === path[1]);
      if (control && path[2] !== undefined && control.controlAt) {
        control = control.controlAt(parseInt(path[2], 10), path[3]) || control;
      }
      if (control) {
        control.showProblem(message);
      }
      messages.push(message);
    });
    if (!messages.length) {
      messages.push((body && (body.detail || body.message)) || error.message || 'The server refused the form');
    }
    showSummary(messages);
    summary.scrollIntoView({block: 'center'});
  });
}

/** Tandem's own pages, in Tasklist's header. */
const pagesLink = {
  id: 'tandem.pages',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: node => {
    node.append(el('a', {href: '/tandem/', class: 'tandem-pages-link', title: 'Directory, registry, cases and reports'},
      [el('span', {class: 'glyphicon glyphicon-th-list'}), ' Tandem pages']));
  }
};

/**
 * Filters are Tandem's (provisioned at startup): who may not create filters may not change them
 * either, so Tasklist's edit pencil is not offered to them (it would only lead to a 403).
 */
async function hideFilterEditingUnlessAllowed() {
  try {
    const answer = await fetch('/camunda/api/engine/engine/default/authorization/check?permissionName=CREATE'
      + '&resourceName=filter&resourceType=5', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    const check = answer.ok ? await answer.json() : {authorized: false};
    document.documentElement.classList.toggle('tandem-filters-readonly', !check.authorized);
  } catch (ignored) {
    document.documentElement.classList.add('tandem-filters-readonly');
  } finally {
    document.documentElement.setAttribute('data-tandem-filters-checked', 'true');
  }
}

document.documentElement.classList.add('tandem-filters-readonly');
// checked again whenever the filter list is drawn anew (after a login, another user)
let filtersSeen = null;
new MutationObserver(() => {
  const list = document.querySelector('.task-filter');
  if (list && list !== filtersSeen) {
    filtersSeen = list;
    hideFilterEditingUnlessAllowed();
  }
}).observe(document.documentElement, {childList: true, subtree: true});

window.TandemForms = {bind, readDate, readAmount, showDate, showAmount};

export default [pagesLink];
