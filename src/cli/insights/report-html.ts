/**
 * The insights report as one self-contained HTML file: inline CSS and SVG, no script, and a
 * Content-Security-Policy that forbids every external request. All text from the data is
 * escaped (queries are whatever visitors typed).
 */
import type { AnswerRating, Count, GroupFigures, InsightsFigures, SynonymSuggestion } from './aggregate.js';

/** Escape text for HTML element content and quoted attributes. */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;
const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (n: number, of: number) => (!of ? '–' : n > 0 && (100 * n) / of < 0.5 ? '<1%' : `${Math.round((100 * n) / of)}%`);

let chartId = 0;

/** Horizontal bars, one per row, labelled; the table next to it carries the same figures. */
function barChart(title: string, rows: { label: string; value: number }[]): string {
  if (!rows.length) return '';
  const max = Math.max(...rows.map((r) => r.value));
  const rowH = 22;
  const labelW = 260;
  const barW = 300;
  const height = rows.length * rowH + 4;
  const id = `chart-${++chartId}`;
  const bars = rows
    .map((r, i) => {
      const y = i * rowH + 2;
      const w = Math.max(1, Math.round((r.value / max) * barW));
      const label = r.label.length > 38 ? `${r.label.slice(0, 37)}…` : r.label;
      return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${e(label)}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" rx="2"></rect><text x="${labelW + w + 6}" y="${y + 15}">${fmt(r.value)}</text>`;
    })
    .join('');
  return `<svg class="bars" role="img" aria-labelledby="${id}" viewBox="0 0 ${labelW + barW + 70} ${height}" width="${labelW + barW + 70}" height="${height}"><title id="${id}">${e(title)}</title>${bars}</svg>`;
}

/** Searches per day as columns, with the first and last day written under the axis. */
function dayChart(days: { day: string; searches: number }[]): string {
  if (!days.length) return '<p class="empty">The data has no days (lines written before the collector stamped them).</p>';
  const max = Math.max(...days.map((d) => d.searches));
  const w = 640;
  const h = 160;
  const step = w / days.length;
  const id = `chart-${++chartId}`;
  const cols = days
    .map((d, i) => {
      const ch = Math.max(1, Math.round((d.searches / max) * (h - 20)));
      return `<rect x="${(i * step + step * 0.1).toFixed(1)}" y="${h - ch}" width="${Math.max(1, step * 0.8).toFixed(1)}" height="${ch}"><title>${e(d.day)}: ${fmt(d.searches)}</title></rect>`;
    })
    .join('');
  const first = days[0].day;
  const last = days[days.length - 1].day;
  return `<svg class="days" role="img" aria-labelledby="${id}" viewBox="0 0 ${w} ${h + 20}" width="${w}" height="${h + 20}"><title id="${id}">Searches per day, ${e(first)} to ${e(last)}, at most ${fmt(max)} a day</title>${cols}<line x1="0" y1="${h}" x2="${w}" y2="${h}"></line><text x="0" y="${h + 15}">${e(first)}</text><text x="${w}" y="${h + 15}" text-anchor="end">${e(last)}</text><text x="0" y="12">${fmt(max)}</text></svg>`;
}

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function section(title: string, lead: string, body: string, empty: string, hasData: boolean): string {
  return `<section><h3>${e(title)}</h3><p class="lead">${e(lead)}</p>${hasData ? body : `<p class="empty">${e(empty)}</p>`}</section>`;
}

function queries(title: string, lead: string, empty: string, list: Count[], total: number): string {
  const body = barChart(title, list.slice(0, 10).map((q) => ({ label: q.query, value: q.count }))) + table(['Query', 'Searches', 'Share of all searches'], list.map((q) => [`<q>${e(q.query)}</q>`, fmt(q.count), pct(q.count, total)]));
  return section(title, lead, body, empty, list.length > 0);
}

const answerName = (a: { id: string; question?: string }) => (a.question ? `${e(a.question)} <code>${e(a.id)}</code>` : `<code>${e(a.id)}</code>`);

function unhelpful(list: AnswerRating[]): string {
  const body =
    barChart('Answers rated unhelpful', list.slice(0, 10).map((a) => ({ label: a.question ?? a.id, value: a.unhelpful }))) +
    table(['Answer', 'Opened', 'Unhelpful', 'Helpful', 'Unhelpful of opened'], list.map((a) => [answerName(a), fmt(a.views), fmt(a.unhelpful), fmt(a.helpful), pct(a.unhelpful, a.views)]));
  return section('Answers read, then rated unhelpful', 'Answers visitors opened and then answered "no" to "Did this answer your question?". Rewrite these first.', body, 'No answer was rated unhelpful.', list.length > 0);
}

function synonyms(list: SynonymSuggestion[], withPack: boolean): string {
  const how = withPack ? "found with the pack's own search on parts of the query, or by similarity to its questions and keywords" : 'by similarity to the queries that did lead visitors to each answer (run the report with --pack for better ones)';
  const body = table(
    ['Query that found nothing', 'Searches', 'Resembles the answer', 'Words to add as keywords or synonyms', 'How sure'],
    list.map((s) => [`<q>${e(s.query)}</q>`, fmt(s.count), answerName(s), s.words.map((w) => `<q>${e(w)}</q>`).join(', '), `${Math.round(s.score * 100)}% (${s.via === 'pack-search' ? 'pack search' : 'similarity'})`]),
  );
  return section('Synonym suggestions', `Queries that found nothing but resemble an answer, ${how}. Check each before adding it.`, body, 'No query that found nothing resembles an answer.', list.length > 0);
}

function group(g: GroupFigures, withPack: boolean): string {
  const channelTotal = g.channels.reduce((n, c) => n + c.count, 0);
  return `<article>
<h2>${e(g.pack)} <span class="locale">${e(g.locale)}</span></h2>
<p class="summary">${fmt(g.beacons)} visits with the widget in use · ${fmt(g.searches)} searches${g.days.length ? ` · ${e(g.days[0].day)} to ${e(g.days[g.days.length - 1].day)}` : ''}${g.approximate ? ' · rare queries were dropped to bound memory, so the lists are approximate' : ''}</p>
${queries('Searches with no result', 'What visitors asked that the content does not answer: candidates for new answers or synonyms.', 'Every search found something.', g.noResult, g.searches)}
${queries('Searches with results but no answer opened', 'The results did not look like the answer: look at the titles these queries show.', 'Every search with results led to an answer being opened.', g.noClick, g.searches)}
${unhelpful(g.unhelpful)}
${queries('Searches that ended in a contact', 'The last search before the visitor used a contact channel: questions the content did not settle.', 'No search was followed by a contact.', g.endedInContact, g.searches)}
${section('Contact channels used, by type', 'Links followed or copied on the Contact tab.', barChart('Contact channels used', g.channels.map((c) => ({ label: c.type, value: c.count }))) + table(['Channel type', 'Uses', 'Share'], g.channels.map((c) => [e(c.type), fmt(c.count), pct(c.count, channelTotal)])), 'No contact channel was used.', g.channels.length > 0)}
${section('Searches over time', 'Searches per UTC day the collector received them.', dayChart(g.days) + (g.days.length ? table(['Day', 'Searches'], g.days.map((d) => [e(d.day), fmt(d.searches)])) : ''), '', true)}
${synonyms(g.synonyms, withPack)}
</article>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.35rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.1rem;margin:1.75rem 0 .25rem}.locale{font-weight:normal;color:#555}
.lead,.summary,.empty{color:#444;margin:.25rem 0 .75rem}.empty{font-style:italic}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
td:nth-child(n+2){font-variant-numeric:tabular-nums}th{background:#f3f3f3}
code{font-size:.85em;color:#555}q{quotes:"“" "”"}
svg{max-width:100%;height:auto;display:block;margin:.5rem 0;font-size:12px}
svg rect{fill:#2f5fb3}svg text{fill:#1a1a1a}svg line{stroke:#888}
@media print{body{max-width:none;padding:0;font-size:11pt}article{break-before:page}article:first-of-type{break-before:auto}section,table,svg{break-inside:avoid}th{background:none}svg rect{fill:#555}}
`;

/** The whole report. `withPack` says whether answers are named from a pack. */
export function reportHtml(figures: InsightsFigures, source: string, withPack: boolean): string {
  chartId = 0;
  const skipped = figures.skipped
    ? `<p class="summary">${fmt(figures.skipped)} of ${fmt(figures.lines)} lines were skipped as not a record, for example: ${figures.skippedExamples.map((s) => `<q>${e(s)}</q>`).join('; ')}</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support insights</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Support insights</h1>
<p class="summary">From <code>${e(source)}</code>: ${fmt(figures.lines - figures.skipped)} visits, one section per product and language. Built by <code>support-widget insights report</code> from beacons that carry no identifiers.</p>
${skipped}
</header>
${figures.groups.length ? figures.groups.map((g) => group(g, withPack)).join('\n') : '<p class="empty">The file holds no beacons yet.</p>'}
</body>
</html>
`;
}
