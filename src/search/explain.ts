import { MIN_COVERAGE, type SearchTrace } from './engine.js';

/** A search trace as text: the query's reading, then each result's score and what made it. */
export function formatTrace(t: SearchTrace): string {
  const situations = t.slots.filter((s) => s.situation).map((s) => s.name);
  const lines = [`"${t.query}" intent ${t.intent ?? '-'}${situations.length ? `, situations ${situations.join(', ')}` : ''}; asks for ${t.slots.map((s) => s.name).join(' ')}`];
  if (t.nothing === 'no-shared-term') lines.push('  nothing fits: no entry shares a term with the query');
  if (t.nothing === 'one-word-of-a-phrasing') lines.push('  nothing fits: the best match is one word of a longer phrasing, and the answer itself covers too little of the query');
  if (t.nothing === 'low-coverage') lines.push(`  nothing fits: the best entry covers ${Math.round(t.ranked[0].coverage * 100)} % of the query's terms (< ${MIN_COVERAGE * 100} %)`);
  for (const r of t.ranked) {
    lines.push(`  ${r.id} ${r.score.toFixed(2)} = base ${r.base.toFixed(2)} × coverage ${(0.4 + 0.6 * r.coverage).toFixed(2)} × intent ${r.intent} (${r.entryIntent ?? '-'}) × wording ${r.wording.toFixed(2)}`);
    if (r.phrasing) lines.push(`    matched phrasing: "${r.phrasing}"`);
    lines.push(`    ${r.why.map(([what, value]) => `${what} +${value.toFixed(2)}`).join(', ')}`);
  }
  return lines.join('\n');
}
