/** The manual's look: one readable column beside its contents; inline because the CSP allows inline styles. */
export const MANUAL_STYLE = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #1d4ed8; --code: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
.layout { display: grid; grid-template-columns: 17rem minmax(0, 1fr); max-width: 78rem; margin: 0 auto; }
nav { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 1.5rem 1rem; border-right: 1px solid var(--line); font-size: .9rem; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav li { margin: .2rem 0; }
nav .toc-3 { padding-left: 1rem; font-size: .85rem; }
nav a { text-decoration: none; }
nav a:hover, nav a:focus { text-decoration: underline; }
.toc-title { font-weight: 600; margin: 0 0 .75rem; }
main { padding: 1.5rem 2.5rem 4rem; max-width: 56rem; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { margin-top: 2.5rem; padding-top: .5rem; border-top: 1px solid var(--line); }
h3 { margin-top: 1.75rem; }
code { font: .875em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code); padding: .1rem .3rem; border-radius: 3px; }
pre { background: var(--code); padding: .9rem 1rem; overflow-x: auto; border-radius: 4px; border: 1px solid var(--line); }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: #f8fafc; }
blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
@media (max-width: 50rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  nav { position: static; max-height: none; border-right: 0; border-bottom: 1px solid var(--line); }
  main { padding: 1rem; }
  table { display: block; overflow-x: auto; }
}
`;
