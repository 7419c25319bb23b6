// Tandem's pages: what they share — who is signed in (Tasklist's login), calling the API with the page
// token, the header, dates and amounts as the office writes them, tables and bar charts.

const ZONE = 'Europe/Moscow';
const NBSP = '\u00a0';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }
}

let current = null;

/** Who is signed in; sends the person to Tasklist's login when nobody is. */
export async function session() {
  if (current) {
    return current;
  }
  const answer = await fetch('/api/session', {headers: {Accept: 'application/json', 'X-Requested-With': 'tandem'},
    credentials: 'same-origin'});
  if (answer.status === 401) {
    document.body.innerHTML = '';
    document.body.append(el('main', {}, [el('h1', {}, 'Tandem'), el('div', {class: 'notice info'}, [
      'Please sign in first: ', el('a', {href: '/camunda/app/tasklist/default/'}, 'open Tasklist'),
      ', log in, then come back with “Tandem pages” in its header.'])]));
    throw new ApiError(401, {detail: 'Not signed in'});
  }
  current = await answer.json();
  return current;
}

export function isIn(user, ...groups) {
  return groups.some(group => user.groups.includes(group));
}

/** Calls Tandem's API with the Tasklist login; a change carries the page token. Errors are ApiErrors. */
export async function api(path, {method = 'GET', body} = {}) {
  const user = await session();
  const headers = {Accept: 'application/json', 'X-Requested-With': 'tandem'};
  if (method !== 'GET') {
    headers['X-Tandem-Csrf'] = user.csrfToken;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const answer = await fetch(path, {method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)});
  const type = answer.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await answer.json() : await answer.text();
  if (!answer.ok) {
    throw new ApiError(answer.status, typeof data === 'object' ? data : {detail: data});
  }
  return data;
}

const PAGES = [
  {href: '/tandem/', label: 'Home', key: 'home'},
  {href: '/tandem/counterparties.html', label: 'Counterparties', key: 'counterparties',
    groups: ['sales-managers', 'sales-heads', 'accounting', 'finance', 'legal', 'camunda-admin']},
  {href: '/tandem/payments.html', label: 'Payment registry', key: 'payments',
    groups: ['sales-managers', 'sales-heads', 'finance', 'accounting', 'camunda-admin']},
  {href: '/tandem/cases.html', label: 'Cases', key: 'cases'},
  {href: '/tandem/ageing.html', label: 'Receivables ageing', key: 'ageing',
    groups: ['sales-managers', 'sales-heads', 'accounting', 'finance', 'legal', 'camunda-admin']},
  {href: '/tandem/deliveries.html', label: 'Delivery KPI', key: 'deliveries',
    groups: ['sales-heads', 'delivery', 'camunda-admin']},
  {href: '/tandem/admin.html', label: 'Administration', key: 'admin', groups: ['camunda-admin']}
];

/** The pages this person may open. */
export function pagesFor(user) {
  return PAGES.filter(page => !page.groups || isIn(user, ...page.groups));
}

/** Draws the header (and the page's title) once the person is known. */
export async function start(key, title) {
  const user = await session();
  document.title = `${title} — Tandem`;
  const nav = el('nav', {}, pagesFor(user).map(page => el('a', {href: page.href, class: page.key === key ? 'active' : ''},
    page.label)));
  const header = el('header', {class: 'tandem'}, el('div', {class: 'bar'}, [
    el('a', {class: 'brand', href: '/tandem/'}, 'Tandem'), nav,
    el('a', {href: '/camunda/app/tasklist/default/'}, '← Tasklist'),
    el('span', {class: 'who'}, user.name)]));
  document.body.prepend(header);
  return user;
}

// ---- text as the office writes it ----

export const pad = n => String(n).padStart(2, '0');

/** 2026-12-15 → 15.12.2026 */
export function date(iso) {
  if (!iso) {
    return '';
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : String(iso);
}

/** An instant in the business time zone: 15.12.2026 14:30 */
export function dateTime(iso) {
  if (!iso) {
    return '';
  }
  const parts = new Intl.DateTimeFormat('en-GB', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false}).formatToParts(new Date(iso));
  const get = type => parts.find(part => part.type === type).value;
  return `${get('day')}.${get('month')}.${get('year')} ${get('hour')}:${get('minute')}`;
}

/** 1250000.5 → 1 250 000,50 (with ₽ for roubles, the code for other currencies) */
export function money(amount, currency) {
  if (amount === null || amount === undefined || amount === '') {
    return '';
  }
  const [whole, fraction = ''] = Math.abs(Number(amount)).toFixed(2).split('.');
  const text = (Number(amount) < 0 ? '-' : '') + whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) + ',' + fraction;
  return currency ? `${text}${NBSP}${currency === 'RUB' ? '₽' : currency}` : text;
}

/** 31.12.2026 → 2026-12-31, or null when it is not a date. */
export function isoOf(text) {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text || '');
  if (!m) {
    return null;
  }
  const d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
  return d.getUTCDate() === +m[1] && d.getUTCMonth() === +m[2] - 1 ? `${m[3]}-${pad(+m[2])}-${pad(+m[1])}` : null;
}

/** Today in the business time zone, ISO. */
export function today() {
  const parts = new Intl.DateTimeFormat('en-GB', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit'})
    .formatToParts(new Date());
  const get = type => parts.find(part => part.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// ---- building the page ----

export function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.substring(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  }
  for (const child of [].concat(children)) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** A table: columns [{label, value: row => text|Node, num?, nowrap?}], a click per row, a footer row. */
export function table(columns, rows, {onClick, empty = 'Nothing found', footer} = {}) {
  const head = el('thead', {}, el('tr', {}, columns.map(column => el('th', {class: column.num ? 'num' : ''}, column.label))));
  const body = el('tbody', {}, rows.length ? rows.map(row => {
    const tr = el('tr', {class: onClick ? 'clickable' : ''}, columns.map(column => el('td',
      {class: [column.num ? 'num' : '', column.nowrap ? 'nowrap' : ''].join(' ').trim()}, column.value(row))));
    if (onClick) {
      tr.addEventListener('click', () => {
        tr.parentElement.querySelectorAll('tr.selected').forEach(other => other.classList.remove('selected'));
        tr.classList.add('selected');
        onClick(row);
      });
    }
    return tr;
  }) : el('tr', {}, el('td', {colspan: columns.length, class: 'muted'}, empty)));
  const parts = [head, body];
  if (footer) {
    parts.push(el('tfoot', {}, el('tr', {}, footer.map((cell, i) => el('td', {class: columns[i] && columns[i].num ? 'num' : ''}, cell)))));
  }
  return el('table', {class: 'data'}, parts);
}

export function notice(kind, text) {
  return el('div', {class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status'}, text);
}

/** What went wrong, in words: the problem's detail and each field's message. */
export function problemText(error) {
  if (!(error instanceof ApiError)) {
    return String(error.message || error);
  }
  const fields = error.errors.map(problem => problem.message).filter(Boolean);
  return fields.length ? `${error.message} ${fields.join('; ')}` : error.message;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/**
 * A bar chart: one group of bars per category, one bar per series ({name, color, values}); the bars'
 * values written above them with {@code format}. {@code max} fixes the scale (e.g. 100 for percentages).
 */
export function barChart({categories, series, format = v => String(v), max, height = 260, title}) {
  const width = Math.max(520, categories.length * (series.length * 38 + 36) + 80);
  const top = 24;
  const bottom = 46;
  const left = 56;
  const plot = height - top - bottom;
  const values = series.flatMap(s => s.values.map(v => Number(v) || 0));
  const scale = max || Math.max(1, ...values) * 1.12;
  const root = svg('svg', {viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title || ''});
  for (let i = 0; i <= 4; i++) {
    const y = top + plot - (plot * i) / 4;
    root.append(svg('line', {x1: left, x2: width - 10, y1: y, y2: y, class: i === 0 ? 'axis' : 'grid-line'}));
    root.append(svg('text', {x: left - 6, y: y + 4, 'text-anchor': 'end', fill: '#6b7280'},
      format((scale * i) / 4, true)));
  }
  const groupWidth = (width - left - 10) / Math.max(1, categories.length);
  const barWidth = Math.min(34, (groupWidth - 16) / Math.max(1, series.length));
  categories.forEach((category, c) => {
    const groupLeft = left + c * groupWidth + (groupWidth - barWidth * series.length) / 2;
    series.forEach((s, k) => {
      const value = Number(s.values[c]) || 0;
      const h = Math.max(value > 0 ? 1 : 0, (plot * value) / scale);
      const x = groupLeft + k * barWidth;
      const bar = svg('rect', {x: x + 2, y: top + plot - h, width: barWidth - 4, height: h, fill: s.color, rx: 2});
      bar.append(svg('title', {}, `${s.name}, ${category}: ${format(value)}`));
      root.append(bar);
      if (value > 0) {
        root.append(svg('text', {x: x + barWidth / 2, y: top + plot - h - 5, 'text-anchor': 'middle'}, format(value, true)));
      }
    });
    root.append(svg('text', {x: left + c * groupWidth + groupWidth / 2, y: height - bottom + 18, 'text-anchor': 'middle'},
      category));
  });
  const wrapper = el('div', {class: 'chart'});
  wrapper.append(root);
  if (series.length > 1 || series[0].name) {
    wrapper.append(el('div', {class: 'legend'}, series.map(s => el('span', {style: `--swatch: ${s.color}`}, s.name))));
  }
  return wrapper;
}

/** A short number for an axis: 1 250 000 → 1,3 M; 12 500 → 12,5 k */
export function short(value) {
  const v = Number(value) || 0;
  if (Math.abs(v) >= 1e6) {
    return (v / 1e6).toFixed(1).replace('.', ',') + NBSP + 'M';
  }
  if (Math.abs(v) >= 1e3) {
    return (v / 1e3).toFixed(v >= 1e5 ? 0 : 1).replace('.', ',') + NBSP + 'k';
  }
  return String(Math.round(v));
}
