import type { CodeNames } from '../reference/code-names.js';
import { HIDDEN } from './audit.policy.js';
import type { NameBook, NameRequest } from './audit.names.js';
import { fieldLabel, fieldWords, KINDS, nounOf, type FieldReader } from './audit.words.js';

type Changes = Record<string, { before: unknown; after: unknown }>;

/** An event as the readable history needs it: its changes already masked for the caller. */
export interface ReadableInput {
  action: string;
  entityType: string;
  entityId: string;
  changes: Changes;
  /** The record's naming fields when the event itself does not hold them: from the event that made it, or the record. */
  context: Record<string, unknown>;
}

/** One changed field in words. */
export interface ChangeText {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  text: string;
}

export interface Readable {
  kindName: string;
  recordName: string | null;
  changes: ChangeText[];
  summary: string;
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NONE = '(none)';
const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Code names start with a capital in their lists; inside a sentence they read in lower case, acronyms kept. */
const inSentence = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** A decimal kept as text (money, rates) with its thousands grouped, never through a float. */
function grouped(decimal: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  return m ? `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}` : decimal;
}

function listOf(value: unknown[], format: string | undefined): string {
  if (!value.length) return NONE;
  if (format === 'risks') {
    return value
      .map((r) => {
        const risk = r as { description?: string; likelihood?: string; impact?: string };
        return `${clip(String(risk.description ?? ''), 80)} (likelihood ${String(risk.likelihood ?? '?').toLowerCase()}, impact ${String(risk.impact ?? '?').toLowerCase()})`;
      })
      .join('; ');
  }
  if (format === 'dimensions') return value.map((d) => `${(d as { name?: string }).name}: ${((d as { values?: string[] }).values ?? []).join(', ')}`).join('; ');
  return value.map((v) => (v && typeof v === 'object' ? Object.values(v).join(' · ') : String(v))).join(', ');
}

/** JSON columns reach the trail as their text: read them as the lists and objects they are. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
  try {
    const json: unknown = JSON.parse(value);
    return Array.isArray(json) && !json.length ? null : json;
  } catch {
    return value;
  }
}

/** Puts values into words: codes become their labels, ids the names of their records, and nothing an id. */
export class Wording {
  constructor(
    private readonly names: NameBook,
    private readonly codes: CodeNames,
  ) {}

  /** A value in words; `quote` puts free text in quotation marks, as a change line shows it. */
  value(kind: string, field: string, raw: unknown, quote = true): string {
    const value = parsed(raw);
    if (value === null || value === undefined || value === '') return NONE;
    // Masked for this reader: say so, and never guess at it.
    if (value === HIDDEN) return 'hidden';
    const w = fieldWords(kind, field);
    if (w.ref) return this.names.get(w.ref, String(value)) ?? '(not available)';
    if (w.values) return w.values[String(value)] ?? String(value);
    if (w.codes && typeof value === 'string') return this.codes.has(w.codes, value) ? inSentence(this.codes.name(w.codes, value)) : value;
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') return w.format === 'place' ? String(value + 1) : NUMBER.format(value);
    if (Array.isArray(value)) return clip(listOf(value, w.format), 240);
    if (typeof value === 'object') return clip(Object.entries(value).map(([k, v]) => `${k}: ${String(v)}`).join(', '), 240);
    const text = String(value);
    if (w.format === 'money') return grouped(text);
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text)) return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
    if (/^\d{4}-\d\d-\d\d$/.test(text)) return text;
    // A link to a record this table does not know yet: an id tells a reader nothing.
    if (UUID.test(text)) return 'a linked record';
    return quote ? `“${clip(text)}”` : clip(text);
  }
}

/** Every record an event refers to, for the one statement that names them all. */
export function requestNames(e: ReadableInput, request: NameRequest): void {
  const kind = KINDS[e.entityType];
  if (kind?.self) request.add(kind.self, e.entityId);
  for (const [field, c] of Object.entries(e.changes)) {
    const ref = fieldWords(e.entityType, field).ref;
    if (ref) (request.add(ref, c?.before), request.add(ref, c?.after));
  }
  for (const field of kind?.name?.fields ?? []) {
    const ref = fieldWords(e.entityType, field).ref;
    if (ref) request.add(ref, e.context[field]);
  }
}

/** The value a record has now (after the change), or had (before a delete), else what its context says. */
function current(e: ReadableInput, field: string): unknown {
  const c = e.changes[field];
  return c ? (c.after ?? c.before) : e.context[field];
}

function recordName(e: ReadableInput, names: NameBook, wording: Wording): string | null {
  const kind = KINDS[e.entityType];
  if (kind?.self) {
    const own = names.get(kind.self, e.entityId);
    if (own) return own;
  }
  if (!kind?.name) return null;
  const read: FieldReader = (field) => {
    const v = current(e, field);
    return v === null || v === undefined || v === '' ? null : wording.value(e.entityType, field, v, false);
  };
  return kind.name.of(read);
}

function changeTexts(e: ReadableInput, wording: Wording): ChangeText[] {
  const out: ChangeText[] = [];
  for (const [field, c] of Object.entries(e.changes)) {
    const w = fieldWords(e.entityType, field);
    // Where a new record goes among its siblings is no news; only a move says something.
    if (!c || typeof c !== 'object' || w.hidden || (w.format === 'place' && e.action !== 'update')) continue;
    const label = fieldLabel(e.entityType, field);
    const before = e.action === 'create' ? null : wording.value(e.entityType, field, c.before);
    const after = e.action === 'delete' ? null : wording.value(e.entityType, field, c.after);
    // A new record's empty fields, and a deleted record's, say nothing.
    if ((before ?? NONE) === NONE && (after ?? NONE) === NONE) continue;
    const text = e.action === 'update' ? `${label} ${before} → ${after}` : e.action === 'create' ? `${label} ${after}` : `${label} was ${before}`;
    out.push({ field, label, before, after, text });
  }
  return out;
}

/** An event in words: what kind of record, which one, each change, and one line that says it all. */
export function readable(e: ReadableInput, names: NameBook, wording: Wording): Readable {
  const kindName = nounOf(e.entityType);
  const name = recordName(e, names, wording);
  const changes = changeTexts(e, wording);
  const listed = changes.map((c) => c.text).join('; ');
  let summary: string;
  if (e.action === 'update' || (KINDS[e.entityType]?.figures && listed)) summary = `${name ?? kindName}: ${listed || 'changed'}`;
  else summary = `${e.action === 'create' ? 'Added' : 'Deleted'} ${kindName}${name ? `: ${name}` : ''}`;
  return { kindName, recordName: name, changes, summary: clip(summary, 400) };
}
