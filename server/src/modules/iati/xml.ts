import type { Response } from 'express';

/** Where the XML goes: a chunk at a time; the promise settles when more may be written. */
export type Sink = (chunk: string) => Promise<void>;

export type Attributes = Record<string, string | number | boolean | null | undefined>;

// XML 1.0 allows no control characters but tab, newline and carriage return, and no U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  // Newlines and tabs would be normalised to spaces by a parser: written as references they survive.
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** A number as xsd:decimal: plain digits, never exponent notation (1e21, 1e-7), nothing for NaN or infinities. */
export function decimal(n: number | null | undefined): string | null {
  if (n == null || !Number.isFinite(n)) return null;
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(100).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * A small streaming XML writer: elements are written as they come into a buffer that goes to the sink at each
 * `flush`, so a document of any size is never held in memory whole. Attributes that are null or undefined are
 * left out: an optional attribute without a value is absent rather than empty.
 */
export class XmlWriter {
  private buffer: string[] = [];
  private readonly open: string[] = [];

  constructor(private readonly sink: Sink) {}

  private attributes(attrs: Attributes = {}): string {
    let out = '';
    for (const [name, value] of Object.entries(attrs)) if (value != null) out += ` ${name}="${escapeAttribute(String(value))}"`;
    return out;
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }

  raw(text: string): this {
    this.buffer.push(text);
    return this;
  }

  start(name: string, attrs?: Attributes): this {
    this.buffer.push(`${this.indent()}<${name}${this.attributes(attrs)}>\n`);
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    this.buffer.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An element with no content. */
  empty(name: string, attrs?: Attributes): this {
    this.buffer.push(`${this.indent()}<${name}${this.attributes(attrs)}/>\n`);
    return this;
  }

  /** An element holding text. */
  text(name: string, text: string, attrs?: Attributes): this {
    this.buffer.push(`${this.indent()}<${name}${this.attributes(attrs)}>${escapeText(text)}</${name}>\n`);
    return this;
  }

  /** A comment; `--` may not appear inside one. */
  comment(text: string): this {
    this.buffer.push(`${this.indent()}<!-- ${escapeText(text).replace(/--/g, '- -')} -->\n`);
    return this;
  }

  /** Hands what is buffered to the sink and waits until it may take more. */
  async flush(): Promise<void> {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    await this.sink(chunk);
  }
}

/** A sink into an HTTP response that respects backpressure; it fails when the client has gone away. */
export function responseSink(res: Response): Sink {
  return (chunk) => {
    if (res.destroyed || res.writableEnded) return Promise.reject(new ClientGone());
    if (res.write(chunk)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', gone);
        resolve();
      };
      const gone = () => {
        res.off('drain', done);
        res.off('close', gone);
        reject(new ClientGone());
      };
      res.on('drain', done);
      res.on('close', gone);
    });
  };
}

/** The client closed the connection before the document was written: nothing more to do. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection');
  }
}

/** A sink that collects the document as one string, for the GraphQL field (one activity tree at most). */
export function stringSink(): { sink: Sink; text: () => string } {
  const parts: string[] = [];
  return { sink: async (chunk) => void parts.push(chunk), text: () => parts.join('') };
}
