import { Decimal } from 'decimal.js';
import { IATI_IDENTIFIER } from '../../activity/activity.rules.js';
import { withinAYear, today } from '../../finance/money.js';
import { TRANSACTION_TYPES } from '../../finance/transaction.service.js';
import { all, narrative, one, type XmlElement } from './xml.js';
import { isActiveCode, isActiveSector, SECTOR_LISTS } from '../codes.js';
import type {
  ImportedActivity, ImportedBudget, ImportedDocument, ImportedFigure, ImportedIndicator, ImportedParticipant, ImportedPeriod,
  ImportedResult, ImportedTransaction, Issue, OrgRef,
} from './records.js';

/**
 * Turns one `<iati-activity>` into what Accord keeps of it. Errors are what makes the file wrong (a missing
 * required element, a code that no IATI list has); warnings are what IATI 2.03 or Accord cannot hold, which is
 * left out or adjusted, and said.
 */
export function readActivity(el: XmlElement, issues: Issue[]): ImportedActivity | null {
  let identifier: string | null = null;
  const report = (severity: Issue['severity'], at: XmlElement, message: string) =>
    issues.push({ severity, activity: identifier, line: at.line, column: at.column, message });
  const error = (at: XmlElement, message: string) => report('error', at, message);
  const warn = (at: XmlElement, message: string) => report('warning', at, message);

  const idEl = one(el, 'iati-identifier');
  identifier = idEl?.text.trim() || null;
  if (!idEl || !identifier) {
    error(idEl ?? el, 'The activity has no <iati-identifier>.');
    return null;
  }
  if (identifier.length > 150) error(idEl, 'The IATI identifier is longer than 150 characters.');
  else if (!IATI_IDENTIFIER.test(identifier)) warn(idEl, `The identifier "${identifier}" holds characters IATI identifiers should not (spaces, "/" …); it is kept as published.`);

  const code = (at: XmlElement, list: string, value: string | undefined, what: string): string | null => {
    const v = value?.trim();
    if (!v) return null;
    if (!isActiveCode(list, v)) {
      error(at, `"${v}" is not ${what} (IATI ${list} code list).`);
      return null;
    }
    return v;
  };
  const date = (at: XmlElement | undefined, attr = 'iso-date'): string | null => {
    const raw = at?.attrs[attr]?.trim();
    if (!at || !raw) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
    const parsed = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : null;
    if (!m || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` || +m[1] < 1900 || +m[1] > 2100) {
      warn(at, `"${raw}" is not a date between 1900 and 2100; it is left out.`);
      return null;
    }
    return `${m[1]}-${m[2]}-${m[3]}`;
  };
  const number = (at: XmlElement, raw: string | undefined, what: string): Decimal | null => {
    const v = raw?.trim();
    if (!v) return null;
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v) || v.replace(/\D/g, '').length > 18) {
      warn(at, `${what} "${v.slice(0, 40)}" is not a number; it is left out.`);
      return null;
    }
    return new Decimal(v);
  };
  const orgOf = (at: XmlElement | undefined): OrgRef | null => {
    if (!at) return null;
    const ref = at.attrs.ref?.trim() || null;
    const name = narrative(at).slice(0, 255);
    if (!ref && !name) return null;
    return { ref, name: name || ref!, type: code(at, 'OrganisationType', at.attrs.type, 'an organisation type') };
  };

  const reportingEl = one(el, 'reporting-org');
  const reportingOrg = orgOf(reportingEl);
  if (!reportingOrg) error(reportingEl ?? el, 'The activity has no <reporting-org> with a ref or a name.');
  const titleEl = one(el, 'title');
  const title = narrative(titleEl);
  if (!title) error(titleEl ?? el, 'The activity has no <title>.');
  const descriptions = all(el, 'description');
  const description = narrative(descriptions.find((d) => (d.attrs.type ?? '1') === '1') ?? descriptions[0]);
  const statusEl = one(el, 'activity-status');
  const status = statusEl ? code(statusEl, 'ActivityStatus', statusEl.attrs.code, 'an activity status') : null;
  if (!statusEl || !statusEl.attrs.code?.trim()) error(statusEl ?? el, 'The activity has no <activity-status>.');

  const dates: Record<string, string | null> = {};
  for (const d of all(el, 'activity-date')) {
    const type = d.attrs.type?.trim();
    if (!type || !['1', '2', '3', '4'].includes(type)) {
      // IATI 1.x wrote start-planned etc.; 2.x codes are 1–4.
      const legacy: Record<string, string> = { 'start-planned': '1', 'start-actual': '2', 'end-planned': '3', 'end-actual': '4' };
      if (type && legacy[type]) dates[legacy[type]] ??= date(d);
      else error(d, `"${type ?? ''}" is not an activity date type (IATI ActivityDateType code list).`);
      continue;
    }
    dates[type] ??= date(d);
  }
  const plannedStart = dates['1'] ?? dates['2'] ?? null;
  const plannedEnd = dates['3'] ?? dates['4'] ?? null;
  if (!plannedStart) error(el, 'The activity has no start date (activity-date type 1 or 2).');
  if (!plannedEnd) error(el, 'The activity has no end date (activity-date type 3 or 4).');
  if (plannedStart && plannedEnd && plannedEnd < plannedStart) error(el, `The activity ends (${plannedEnd}) before it starts (${plannedStart}).`);

  const participants: ImportedParticipant[] = [];
  for (const p of all(el, 'participating-org')) {
    const role = code(p, 'OrganisationRole', p.attrs.role, 'an organisation role');
    if (!p.attrs.role?.trim()) error(p, 'A <participating-org> has no role.');
    const org = orgOf(p);
    if (!org) warn(p, 'A <participating-org> has neither a ref nor a name; it is left out.');
    else if (role && !participants.some((x) => x.role === role && x.ref === org.ref && x.name === org.name)) participants.push({ ...org, role });
  }

  const countries = shares(
    all(el, 'recipient-country').flatMap((c) => {
      const v = c.attrs.code?.trim().toUpperCase() ?? '';
      if (isActiveCode('Country', v)) return [{ at: c, code: v, raw: c.attrs.percentage }];
      if (v === 'XK') warn(c, 'Kosovo (XK) is an IATI country that Accord\'s country list does not hold; it is left out.');
      else error(c, `"${v}" is not a country code (ISO 3166-1).`);
      return [];
    }),
    'Recipient country',
    el,
    warn,
  ).map((c) => ({ code: c.code, percentage: c.percentage }));

  const sectorsByVocabulary = new Map<string, { at: XmlElement; code: string; raw: string | undefined }[]>();
  for (const s of all(el, 'sector')) {
    // IATI 1.x wrote DAC and DAC-3 for vocabularies 1 and 2.
    const given = s.attrs.vocabulary?.trim() || '1';
    const vocabulary = ({ DAC: '1', 'DAC-3': '2' } as Record<string, string>)[given] ?? given;
    // SDG targets are published as 16.A as often as 16.a; Accord's list writes them in lower case.
    const v = vocabulary === '8' ? (s.attrs.code?.trim().toLowerCase() ?? '') : (s.attrs.code?.trim() ?? '');
    if (!SECTOR_LISTS[vocabulary]) {
      warn(s, `Sector "${v}" is in vocabulary ${given}; Accord keeps DAC sectors and SDG goals and targets (vocabularies 1, 2, 7 and 8) only, so it is left out.`);
      continue;
    }
    if (!isActiveSector(vocabulary, v)) {
      if (vocabulary === '8') warn(s, `SDG target "${v}" is not among the targets Accord holds; it is left out.`);
      else error(s, `"${v}" is not a code of sector vocabulary ${vocabulary} (IATI ${SECTOR_LISTS[vocabulary]} code list).`);
      continue;
    }
    const list = sectorsByVocabulary.get(vocabulary) ?? [];
    if (list.some((x) => x.code === v)) warn(s, `Sector ${v} is listed twice; the first is kept.`);
    else list.push({ at: s, code: v, raw: s.attrs.percentage });
    sectorsByVocabulary.set(vocabulary, list);
  }
  const sectors = [...sectorsByVocabulary].flatMap(([vocabulary, list]) =>
    shares(list, `Sector (vocabulary ${vocabulary})`, el, warn).map((s) => ({ vocabulary, code: s.code, percentage: s.percentage })),
  );

  const defaultCurrency = el.attrs['default-currency']?.trim() || null;
  const money = (at: XmlElement, what: string): { amount: Decimal; currency: string; valueDate: string | null } | null => {
    const valueEl = one(at, 'value');
    if (!valueEl) {
      error(at, `The ${what} has no <value>.`);
      return null;
    }
    const currencyRaw = valueEl.attrs.currency?.trim() || defaultCurrency;
    const currency = currencyRaw ? code(valueEl, 'Currency', currencyRaw.toUpperCase(), 'a currency') : null;
    if (!currencyRaw) error(valueEl, `The ${what} has no currency and the activity no default-currency.`);
    const amount = number(valueEl, valueEl.text, `The ${what}'s value`);
    if (!valueEl.text.trim()) warn(valueEl, `The ${what} has an empty value; it is left out.`);
    if (!amount || !currency) return null;
    if (amount.abs().greaterThanOrEqualTo('1e18')) {
      warn(valueEl, `The ${what}'s value is too large for Accord; it is left out.`);
      return null;
    }
    return { amount, currency, valueDate: date(valueEl, 'value-date') };
  };

  const budgets: ImportedBudget[] = [];
  for (const b of all(el, 'budget')) {
    const type = code(b, 'BudgetType', b.attrs.type?.trim() || '1', 'a budget type') ?? '1';
    const status = code(b, 'BudgetStatus', b.attrs.status?.trim() || '1', 'a budget status') ?? '1';
    const start = date(one(b, 'period-start'));
    const end = date(one(b, 'period-end'));
    const m = money(b, 'budget');
    if (!start || !end) {
      warn(b, 'A budget without a period start and end is left out.');
      continue;
    }
    if (!m) continue;
    if (m.amount.isNegative()) warn(b, `A budget of ${m.amount.toFixed()} ${m.currency} is negative; Accord holds no negative budgets, so it is left out.`);
    else if (end < start) warn(b, `A budget ends (${end}) before it starts (${start}); it is left out.`);
    else if (!withinAYear(start, end)) warn(b, `A budget from ${start} to ${end} is longer than a year, which IATI and Accord do not allow; it is left out.`);
    else budgets.push({ type, status, periodStart: start, periodEnd: end, amount: m.amount.toFixed(2), currency: m.currency, valueDate: m.valueDate ?? start });
  }

  const transactions: ImportedTransaction[] = [];
  for (const t of all(el, 'transaction')) {
    const typeEl = one(t, 'transaction-type');
    const type = typeEl ? code(typeEl, 'TransactionType', typeEl.attrs.code, 'a transaction type') : null;
    if (!typeEl?.attrs.code?.trim()) error(typeEl ?? t, 'A transaction has no <transaction-type>.');
    const dateEl = one(t, 'transaction-date');
    const on = date(dateEl);
    const m = money(t, 'transaction');
    if (!type || !m) continue;
    if (!TRANSACTION_TYPES.includes(type)) warn(typeEl!, `Transactions of type ${type} are not among those Accord keeps (11, 1, 2, 3, 4); it is left out.`);
    else if (!on) warn(dateEl ?? t, 'A transaction without a transaction date is left out.');
    else if (on > today()) warn(dateEl!, `A transaction dated ${on}, in the future, is left out.`);
    else {
      // A negative amount is a reversal in Accord: of the latest earlier transaction of the same type and
      // currency that it does not exceed (Accord's own export writes reversals so).
      let reverses: number | null = null;
      if (m.amount.isNegative()) {
        const candidates = transactions.map((x, k) => ({ x, k })).filter(({ x }) => x.reverses === null && x.type === type && x.currency === m.currency && x.transactionDate <= on && !new Decimal(x.amount).lessThan(m.amount.abs()));
        reverses = candidates.sort((p, q) => (p.x.transactionDate < q.x.transactionDate ? 1 : -1))[0]?.k ?? null;
        if (reverses === null) {
          warn(t, `A transaction of ${m.amount.toFixed()} ${m.currency} is negative, and no earlier transaction of the activity it could reverse was found; Accord records negative amounts only as reversals, so it is left out.`);
          continue;
        }
      }
      const providerEl = one(t, 'provider-org');
      const receiverEl = one(t, 'receiver-org');
      transactions.push({
        type,
        transactionDate: on,
        valueDate: m.valueDate ?? on,
        amount: m.amount.toFixed(2),
        currency: m.currency,
        provider: orgOf(providerEl),
        receiver: orgOf(receiverEl),
        providerActivity: providerEl?.attrs['provider-activity-id']?.trim().slice(0, 150) || null,
        receiverActivity: receiverEl?.attrs['receiver-activity-id']?.trim().slice(0, 150) || null,
        description: narrative(one(t, 'description')),
        reverses,
      });
    }
  }

  const documents: ImportedDocument[] = [];
  for (const d of all(el, 'document-link')) {
    const url = d.attrs.url?.trim() ?? '';
    const categoryEl = one(d, 'category');
    const category = categoryEl ? code(categoryEl, 'DocumentCategory', categoryEl.attrs.code, 'a document category') : null;
    if (!/^https?:\/\/\S/i.test(url)) warn(d, `A document link "${url.slice(0, 80)}" is not an http or https address; it is left out.`);
    else if (!categoryEl) warn(d, 'A document link without a category is left out.');
    else if (category) {
      const language = one(d, 'language')?.attrs.code?.trim().toLowerCase();
      documents.push({ title: narrative(one(d, 'title')) || url, url, category, language: language && /^[a-z]{2}$/.test(language) ? language : null, documentDate: date(one(d, 'document-date')) });
    }
  }

  let parentRef: string | null = null;
  const childRefs: string[] = [];
  for (const r of all(el, 'related-activity')) {
    const ref = r.attrs.ref?.trim();
    if (!ref) continue;
    if (r.attrs.type === '1') parentRef ??= ref;
    if (r.attrs.type === '2') childRefs.push(ref);
  }

  for (const c of all(el, 'capital-spend')) {
    if (!c.attrs.percentage?.trim()) warn(c, '<capital-spend> has no percentage, which IATI requires; it is left out (Accord does not keep capital spend).');
  }

  const results = all(el, 'result').map((r) => readResult(r, code, date, number, warn, error));

  if (!title || !status || !reportingOrg || !plannedStart || !plannedEnd) return null;
  return {
    identifier,
    line: el.line,
    hierarchy: Number(el.attrs.hierarchy ?? '1') || 1,
    reportingOrg,
    title,
    description,
    status,
    plannedStart,
    actualStart: dates['2'] ?? null,
    plannedEnd,
    actualEnd: dates['4'] ?? null,
    participants,
    countries,
    sectors,
    budgets,
    transactions,
    documents,
    parentRef,
    childRefs,
    results,
  };
}

type Code = (at: XmlElement, list: string, value: string | undefined, what: string) => string | null;
type DateOf = (at: XmlElement | undefined, attr?: string) => string | null;
type NumberOf = (at: XmlElement, raw: string | undefined, what: string) => Decimal | null;
type Report = (at: XmlElement, message: string) => void;

function readResult(r: XmlElement, code: Code, date: DateOf, number: NumberOf, warn: Report, error: Report): ImportedResult {
  const type = code(r, 'ResultType', r.attrs.type, 'a result type') ?? '9';
  if (!r.attrs.type?.trim()) error(r, 'A result has no type.');
  const title = narrative(one(r, 'title')) || '(untitled result)';
  const indicators = all(r, 'indicator').map((i): ImportedIndicator => {
    const measure = code(i, 'IndicatorMeasure', i.attrs.measure, 'an indicator measure') ?? '1';
    if (!i.attrs.measure?.trim()) error(i, 'An indicator has no measure.');
    const qualitative = measure === '5';
    const baselines = all(i, 'baseline');
    if (baselines.length > 1) warn(baselines[1], 'An indicator has several baselines; Accord keeps the first.');
    const b = baselines[0];
    const baselineValue = b && !qualitative ? number(b, b.attrs.value, 'A baseline') : null;
    const baselineDate = b ? (date(b) ?? (/^\d{4}$/.test(b.attrs.year?.trim() ?? '') ? `${b.attrs.year.trim()}-01-01` : null)) : null;
    const baselineNote = b ? narrative(one(b, 'comment')) || (qualitative ? (b.attrs.value ?? '') : '') : '';
    const figure = (f: XmlElement | undefined, what: string): ImportedFigure | null => {
      if (!f) return null;
      const raw = f.attrs.value?.trim();
      const comment = narrative(one(f, 'comment'));
      const dimensions = all(f, 'dimension').flatMap((d) => {
        const name = d.attrs.name?.trim();
        const category = d.attrs.value?.trim();
        return name && category ? [{ name, category, value: null as number | null }] : [];
      });
      if (qualitative) return { value: null, text: raw || comment || null, comment: raw ? comment : '', dimensions };
      const value = number(f, raw, what);
      if (!raw && comment) warn(f, `The ${what.toLowerCase()} is given only as a comment ("${comment.slice(0, 40)}"); it is kept as the period's comment, without a figure.`);
      return { value: value && value.isFinite() ? value.toNumber() : null, text: null, comment, dimensions };
    };
    const periods = all(i, 'period').flatMap((p): (ImportedPeriod & { at: XmlElement })[] => {
      const start = date(one(p, 'period-start'));
      const end = date(one(p, 'period-end'));
      if (!start || !end || end < start) {
        warn(p, 'An indicator period without a valid start and end is left out.');
        return [];
      }
      const targets = all(p, 'target');
      const actuals = all(p, 'actual');
      // 2.03 allows several targets and actuals per period, one per disaggregation: the first without dimensions is the total.
      const total = (list: XmlElement[]) => list.find((x) => !all(x, 'dimension').length) ?? list[0];
      const target = figure(total(targets), 'Target');
      const actual = figure(total(actuals), 'Actual');
      for (const [list, fig] of [[targets, target], [actuals, actual]] as const) {
        for (const x of list) {
          if (x === total(list) || !fig) continue;
          const v = qualitative ? null : number(x, x.attrs.value, 'A disaggregated value');
          for (const d of all(x, 'dimension')) if (d.attrs.name && d.attrs.value) fig.dimensions.push({ name: d.attrs.name.trim(), category: d.attrs.value.trim(), value: v?.toNumber() ?? null });
        }
        if (fig) fig.dimensions = fig.dimensions.filter((d) => d.value !== null);
      }
      return [{ start, end, target, actual, at: p }];
    });
    // A period given twice (same start) holds one target and one actual in Accord: the parts are merged, and
    // where both give one, the first is kept.
    const byStart = new Map<string, ImportedPeriod>();
    for (const { at, ...p } of periods) {
      const first = byStart.get(p.start);
      if (!first) {
        byStart.set(p.start, p);
        continue;
      }
      const overlap = (first.target?.value ?? first.target?.text) != null && (p.target?.value ?? p.target?.text) != null || (first.actual?.value ?? first.actual?.text) != null && (p.actual?.value ?? p.actual?.text) != null;
      if (overlap) warn(at, `The period starting ${p.start} is given twice for this indicator; the first one's figures are kept.`);
      if ((first.target?.value ?? first.target?.text) == null && p.target) first.target = { ...p.target, comment: [first.target?.comment, p.target.comment].filter(Boolean).join('\n') };
      if ((first.actual?.value ?? first.actual?.text) == null && p.actual) first.actual = { ...p.actual, comment: [first.actual?.comment, p.actual.comment].filter(Boolean).join('\n') };
    }
    return {
      title: narrative(one(i, 'title')) || '(untitled indicator)',
      definition: narrative(one(i, 'description')),
      measure,
      ascending: i.attrs.ascending?.trim() !== '0' && i.attrs.ascending?.trim() !== 'false',
      baselineValue: baselineValue?.toNumber() ?? null,
      baselineDate,
      baselineNote,
      periods: [...byStart.values()],
    };
  });
  return { type, title, description: narrative(one(r, 'description')), indicators };
}

/**
 * Percentages that must add up to 100: a single item without one gets 100, items without any share equally,
 * and shares that add up to something else are scaled to 100 — each of the last two with a warning.
 */
function shares<T extends { at: XmlElement; raw: string | undefined }>(items: T[], what: string, el: XmlElement, warn: Report): (T & { percentage: number })[] {
  if (!items.length) return [];
  const given = items.map((i) => (i.raw && /^\d+(\.\d+)?$/.test(i.raw.trim()) ? Number(i.raw.trim()) : null));
  if (items.length === 1) {
    if (given[0] !== null && given[0] !== 100) warn(items[0].at, `${what} ${given[0]}% is the only one; Accord keeps it as 100%.`);
    return [{ ...items[0], percentage: 100 }];
  }
  const known = given.filter((g): g is number => g !== null);
  const total = known.reduce((a, b) => a + b, 0);
  let weights: number[];
  if (known.length === items.length && Math.round(total * 100) === 10000) weights = given as number[];
  else if (known.length === items.length && total > 0) {
    warn(el, `${what} percentages add up to ${Math.round(total * 100) / 100}; they are scaled to add up to 100.`);
    weights = (given as number[]).map((g) => (g * 100) / total);
  } else {
    warn(el, `${what} percentages are missing; the ${items.length} entries share 100 equally.`);
    weights = items.map(() => 100 / items.length);
  }
  // In hundredths, so that the parts add up to exactly 100; the last takes what rounding left.
  const hundredths = weights.map((w) => Math.max(1, Math.round(w * 100)));
  hundredths[hundredths.length - 1] = 10000 - hundredths.slice(0, -1).reduce((a, b) => a + b, 0);
  if (hundredths.at(-1)! < 1) return [{ ...items[0], percentage: 100 }];
  return items.map((i, k) => ({ ...i, percentage: hundredths[k] / 100 }));
}
