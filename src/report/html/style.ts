/**
 * The page's stylesheet: readable type on screen and paper, tables that scroll sideways on a
 * phone instead of squeezing, charts that shrink to the column, and a print style that starts
 * each major section on a new page and spends no ink on backgrounds or shadows. Markers never
 * rely on colour alone: knocked-out and unanswered rows also carry words.
 */
export const pageStyle = `:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 3rem; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; line-height: 1.35; margin: 2rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p, ul, ol { margin: 0.5rem 0; max-width: 48rem; }
a { color: var(--accent); }
code { font: 0.9em/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
pre.command { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.5em 0; }
.meta, .note, figcaption, .caption { color: var(--muted); font-size: 0.9rem; }
nav ol { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; list-style: none; max-width: none; font-size: 0.95rem; }
.glance { font-size: 1.05rem; padding-left: 1.25rem; }
.glance li { margin: 0.3rem 0; }
.glance .lead { font-size: 1.25rem; font-weight: 600; list-style: none; margin-left: -1.25rem; }
.glance .adhoc { font-weight: 600; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.75rem 0; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.9rem; line-height: 1.35; }
.caption { margin: 1rem 0 0.25rem; }
th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); vertical-align: bottom; min-width: 4rem; }
tbody th { font-weight: 600; min-width: 9rem; max-width: 22rem; overflow-wrap: anywhere; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
.depth-1 { padding-left: 1.6rem; } .depth-2 { padding-left: 2.8rem; } .depth-3 { padding-left: 4rem; } .depth-4 { padding-left: 5.2rem; }
td.reason { min-width: 10rem; overflow-wrap: anywhere; }
td.text { min-width: 12rem; max-width: 28rem; overflow-wrap: anywhere; }
table.ranking thead button { font: inherit; font-weight: 600; border: 0; padding: 0; background: none; color: inherit; cursor: pointer; text-align: inherit; }
table.ranking thead button::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
tr.ineligible, tr.knockout { border-left: 4px solid #b3261e; }
tr.missing { border-left: 4px dashed #7a5a00; }
.marker { font-weight: 700; }
.knockout .marker, .ineligible .marker { color: #b3261e; }
.missing .marker { color: #7a5a00; }
.small { display: block; color: var(--muted); font-size: 0.85em; }
figure { margin: 1rem 0; }
figure svg { display: block; max-width: 100%; height: auto; }
section.vendor { margin-top: 2rem; }
details { margin: 0.75rem 0; }
summary { cursor: pointer; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  body { padding: 0.75rem 0.75rem 2rem; font-size: 15px; }
  h1 { font-size: 1.4rem; }
  h2 { font-size: 1.2rem; }
  td.text { min-width: 10rem; }
}
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, table.ranking thead button::after { display: none; }
  section#ranking, section#contributions, section#profiles, section#value-map, section#robustness,
  section#tipping-points, section#top-two, section#vendors, section#provenance { break-before: page; }
  section.vendor + section.vendor { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  .scroll { overflow: visible; }
  /* paper cannot scroll sideways: the ranking fits the page (its last columns, eligibility and
     missing answers, were cut off on A4), so none of its cells keeps a screen's minimum width */
  table { font-size: 8.5pt; }
  table.ranking { font-size: 7pt; width: 100%; }
  table.ranking th, table.ranking td { padding: 0.15rem 0.12rem; }
  table.ranking thead button { hyphens: auto; }
  table.ranking thead th, table.ranking td.reason { min-width: 0; }
  table.ranking tbody th { min-width: 6.5em; overflow-wrap: break-word; }
  table.ranking td.reason { overflow-wrap: anywhere; }
  a { color: inherit; text-decoration: none; }
  * { box-shadow: none !important; text-shadow: none !important; background: transparent !important; }
}
`;
