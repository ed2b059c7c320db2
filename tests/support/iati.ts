/** IATI documents in tests: validation against the official 2.03 schema (vendored in tests/fixtures/iati) and a small tree to query. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { validateXML } from 'xmllint-wasm';

const dir = fileURLToPath(new URL('../fixtures/iati/', import.meta.url));
const [schema, ...preload] = ['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd'].map((fileName) => ({ fileName, contents: fs.readFileSync(dir + fileName, 'utf8') }));

/** The schema errors of a document (empty when it is valid). */
export async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'activities.xml', contents: xml }], schema: [schema], preload, initialMemoryPages: 512, maxMemoryPages: 16384 });
  return result.errors.map((e) => e.rawMessage);
}

export interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
  comments: string[];
}

/** Parses a document into elements; throws on XML that is not well-formed. */
export function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, children: [], text: '', comments: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const el: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '', comments: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void (stack[stack.length - 1].text += t));
  parser.on('comment', (c) => void stack[stack.length - 1].comments.push(c.trim()));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children[0];
}

/** The children of `el` named `name`. */
export const kids = (el: Element, name: string) => el.children.filter((c) => c.name === name);
export const kid = (el: Element, name: string) => kids(el, name)[0];

/** Every element below `el` (itself included), depth first. */
export function walk(el: Element): Element[] {
  return [el, ...el.children.flatMap(walk)];
}

/** The narrative text of an element that holds one (`title`, `description`, …). */
export const narrativeOf = (el: Element | undefined) => (el ? kid(el, 'narrative')?.text.trim() ?? '' : '');

/** The `iati-activity` whose identifier is `identifier`. */
export const activityOf = (doc: Element, identifier: string) => kids(doc, 'iati-activity').find((a) => kid(a, 'iati-identifier').text.trim() === identifier)!;

/** The active codes of an official IATI code list vendored in tests/fixtures/iati/codelists (withdrawn codes left out). */
export function activeCodes(list: string): Set<string> {
  const parser = new SaxesParser();
  const codes = new Set<string>();
  let active = false;
  let inCode = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'codelist-item') active = (tag.attributes.status ?? 'active') === 'active';
    if (tag.name === 'code') inCode = true;
  });
  parser.on('closetag', (tag) => void (tag.name === 'code' && (inCode = false)));
  parser.on('text', (t) => void (inCode && active && codes.add(t.trim())));
  parser.write(fs.readFileSync(`${dir}codelists/${list}.xml`, 'utf8')).close();
  return codes;
}
