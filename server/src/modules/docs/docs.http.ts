import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import MarkdownIt from 'markdown-it';
import { manualValues } from './docs.limits.js';
import { MANUAL_STYLE } from './docs.style.js';

/**
 * The manual's source, at the repository root: four folders up from the source file, five from the build
 * (dist/server/src/modules/docs). The container image copies it beside dist.
 */
const SOURCES = ['../../../../docs/integrators.md', '../../../../../docs/integrators.md'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

function manualSource(): string {
  const found = SOURCES.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`The integrators' manual is missing: looked for ${SOURCES.join(', ')}`);
  return fs.readFileSync(found, 'utf8');
}

/** A heading's anchor: lower case, words joined by dashes, as GitHub makes them. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');

interface Heading {
  level: number;
  text: string;
  id: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Renders the manual once: placeholders filled, headings given anchors, a table of contents of the sections. */
export function renderManual(source: string, values: Record<string, string | undefined>): string {
  const filled = source.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  // No raw HTML from the source: the page stays text and links, whatever the Markdown holds.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const tokens = md.parse(filled, {});
  const headings: Heading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const text = tokens[i + 1].content;
    const id = slug(text);
    token.attrSet('id', id);
    headings.push({ level: Number(token.tag.slice(1)), text, id });
  });
  const body = md.renderer.render(tokens, md.options, {});
  const title = headings.find((h) => h.level === 1)?.text ?? 'Accord API';
  const toc = headings
    .filter((h) => h.level === 2 || h.level === 3)
    .map((h) => `<li class="toc-${h.level}"><a href="#${h.id}">${escapeHtml(h.text)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${MANUAL_STYLE}</style>
</head>
<body>
<a class="skip" href="#content">Skip to the manual</a>
<div class="layout">
<nav aria-label="Contents"><p class="toc-title"><a href="/">Accord</a> · Contents</p><ul>
${toc}
</ul></nav>
<main id="content">
${body}
</main>
</div>
</body>
</html>
`;
}

/** GET /docs: the integrators' manual, rendered when the app starts. */
export function integratorsManual(schema: GraphQLSchema): RequestHandler {
  const page = renderManual(manualSource(), manualValues(schema));
  return (_req, res) => {
    res.type('html').set('cache-control', 'no-cache').send(page);
  };
}
