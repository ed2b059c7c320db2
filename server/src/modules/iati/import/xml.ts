import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';

/**
 * Streams an `iati-activities` document and hands over one `<iati-activity>` at a time as a small element tree,
 * so that memory follows the largest activity, never the file. A DOCTYPE (and with it every entity declaration,
 * internal or external) is refused outright: the parser never expands an entity it was not born with, so neither
 * XXE nor billion-laughs can reach it.
 */

/** One element of an activity: its attributes without foreign namespaces, its own text, and where it starts. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
  line: number;
  column: number;
}

export type XmlErrorCode = 'MALFORMED_XML' | 'DOCTYPE_REFUSED' | 'NOT_IATI_ACTIVITIES' | 'TOO_DEEP' | 'ACTIVITY_TOO_LARGE';

/** A problem that stops the reading of the file, with where it was found. */
export class XmlRefused extends Error {
  constructor(readonly code: XmlErrorCode, message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

export interface DocumentInfo {
  version: string | null;
}

const MAX_DEPTH = 64;
/** More elements than any real activity holds; bounds the memory one activity may take. */
const MAX_ELEMENTS_PER_ACTIVITY = 500_000;
/** A narrative longer than this is cut; Accord's text fields are not meant to carry books. */
const MAX_TEXT = 100_000;

/**
 * A copy of `text` that does not point into the chunk it was read from. The parser's strings are slices of the
 * chunk (64 KB), and a slice keeps its whole chunk alive: an identifier or a title kept past its activity (the
 * preview's summaries, the commit's result) would otherwise hold a chunk each, and memory would grow with the file.
 */
const detach = (text: string): string => (text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8'));

/** Attributes in a namespace (d-portal's `dstore:*`, `xmlns:*`) are not IATI's; only `xml:lang` is kept. */
function ownAttributes(attributes: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!name.includes(':') || name === 'xml:lang') out[detach(name)] = detach(value);
  }
  return out;
}

export interface ReadOptions {
  /** Called after each chunk with the bytes read so far. */
  onProgress?: (bytesRead: number) => void | Promise<void>;
  /** Stops the reading early (a cancelled job). */
  shouldStop?: () => boolean;
}

/**
 * Reads `stream` to the end, calling `onActivity` for each activity in order (awaited before reading on).
 * Throws XmlRefused for anything that is not a well-formed `iati-activities` document.
 */
export async function readActivities(
  stream: Readable,
  onDocument: (info: DocumentInfo) => void,
  onActivity: (activity: XmlElement) => Promise<void> | void,
  options: ReadOptions = {},
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  const ready: XmlElement[] = [];
  let depth = 0;
  let rootSeen = false;
  let elements = 0;
  /** Depth at which a foreign-namespace element was opened; its subtree is skipped. */
  let skipFrom = 0;
  let failure: XmlRefused | null = null;
  const refuse = (code: XmlErrorCode, message: string) => {
    failure ??= new XmlRefused(code, message, parser.line, parser.column);
    throw failure;
  };

  parser.on('error', (err) => {
    const message = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    refuse('MALFORMED_XML', `The file is not well-formed XML: ${message}`);
  });
  parser.on('doctype', () => refuse('DOCTYPE_REFUSED', 'The file declares a DOCTYPE; IATI files have none, and entity declarations are refused.'));
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > MAX_DEPTH) refuse('TOO_DEEP', `Elements are nested more than ${MAX_DEPTH} deep.`);
    if (depth === 1) {
      rootSeen = true;
      if (tag.name !== 'iati-activities') refuse('NOT_IATI_ACTIVITIES', `The file's root element is <${tag.name}>, not <iati-activities>.`);
      onDocument({ version: (tag.attributes as Record<string, string>).version ?? null });
      return;
    }
    if (skipFrom) return;
    if (tag.name.includes(':')) {
      skipFrom = depth;
      return;
    }
    const element: XmlElement = { name: detach(tag.name), attrs: ownAttributes(tag.attributes as Record<string, string>), text: '', children: [], line: parser.line, column: parser.column };
    if (depth === 2) {
      elements = 0;
      if (tag.name !== 'iati-activity') return void (skipFrom = depth);
    } else if (!stack.length) return;
    if (++elements > MAX_ELEMENTS_PER_ACTIVITY) refuse('ACTIVITY_TOO_LARGE', `An activity holds more than ${MAX_ELEMENTS_PER_ACTIVITY} elements.`);
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  const onText = (text: string) => {
    const top = stack.at(-1);
    if (top && !skipFrom && top.text.length < MAX_TEXT) top.text += text.slice(0, MAX_TEXT - top.text.length);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (skipFrom) {
      if (depth === skipFrom) skipFrom = 0;
      depth--;
      return;
    }
    if (depth >= 2 && stack.length) {
      const done = stack.pop()!;
      done.text = detach(done.text);
      if (depth === 2) ready.push(done);
    }
    depth--;
  });

  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  let first = true;
  const feed = (text: string) => {
    if (first) {
      first = false;
      text = text.replace(/^\uFEFF/, '');
    }
    try {
      parser.write(text);
    } catch (err) {
      throw failure ?? err;
    }
  };
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    feed(decoder.write(buffer));
    while (ready.length) await onActivity(ready.shift()!);
    await options.onProgress?.(bytes);
    if (options.shouldStop?.()) return;
  }
  feed(decoder.end());
  try {
    parser.close();
  } catch (err) {
    throw failure ?? err;
  }
  while (ready.length) await onActivity(ready.shift()!);
  if (!rootSeen) throw new XmlRefused('NOT_IATI_ACTIVITIES', 'The file holds no <iati-activities> element.', 1, 1);
}

/** The children of `el` with this name. */
export const all = (el: XmlElement | undefined, name: string): XmlElement[] => el?.children.filter((c) => c.name === name) ?? [];
/** The first child of `el` with this name. */
export const one = (el: XmlElement | undefined, name: string): XmlElement | undefined => el?.children.find((c) => c.name === name);

/** The English narrative of an element, else its first, else its own text (IATI 1.x style); trimmed. */
export function narrative(el: XmlElement | undefined): string {
  if (!el) return '';
  const narratives = all(el, 'narrative');
  if (!narratives.length) return el.text.trim();
  const english = narratives.find((n) => (n.attrs['xml:lang'] ?? '').toLowerCase() === 'en') ?? narratives.find((n) => !n.attrs['xml:lang']);
  return (english ?? narratives[0]).text.trim();
}
