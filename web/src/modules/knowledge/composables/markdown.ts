import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

/**
 * Markdown as safe HTML. Raw HTML in the source is not passed through (markdown-it shows it as text), and the
 * HTML markdown-it makes is sanitised by DOMPurify all the same, so that no script, event handler or
 * `javascript:` address can reach the page whatever the text holds.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

// The page's own title is the only h1: a top-level heading in the text becomes an h2, the level of its sections.
const sectionLevel = (tag: string) => `h${Math.max(2, Number(tag.slice(1)))}`;
md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  tokens[idx].tag = sectionLevel(tokens[idx].tag);
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
  tokens[idx].tag = sectionLevel(tokens[idx].tag);
  return self.renderToken(tokens, idx, options);
};

const ALLOWED_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const ALLOWED_ATTR = ['href', 'title', 'start'];

let hooked = false;
function purifier() {
  if (!hooked) {
    // Links in a text lead out of Accord: they open in a new tab and pass on nothing of it.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

export function renderMarkdown(source: string): string {
  return purifier().sanitize(md.render(source ?? ''), { ALLOWED_TAGS, ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'], ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/(?!\/))/i });
}
