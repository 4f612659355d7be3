import { FATE, INK, LEVEL_COLOURS, MUTED, rungColours } from '../charts.js';
import type { ResultContext } from '../context.js';
import { obligationOf } from '../causes.js';
import { emptyNote, esc, figure, fmtInt, pct, percentAxis, table } from '../html.js';
import type { Section } from '../page.js';

// A name that already ends in its own code, e.g. "North Korea (DPRK)", is not given the id as well:
// "North Korea (DPRK) (PRK)" reads as a typo.
const actorLabel = (ctx: ResultContext, id: string): string => {
  const name = ctx.scenario.actors[id]?.name;
  if (!name || name === id) return id;
  return /\)\s*$/.test(name) ? name : `${name} (${id})`;
};

/** Highest rung reached per actor: stacked bars in ladder order. */
export async function rungsSection(ctx: ResultContext): Promise<Section> {
  const rungs = ctx.model.rungs.map((r) => r.id);
  const colours = rungColours(rungs.length);
  const runs = ctx.summary.runs;
  const lede = 'Each bar is one actor; its segments are the shares of runs by the highest rung of the escalation ladder the actor reached with anyone (its posture at its peak), calm to hot from left to right. A war already under way at the start counts here; the next section shows how far each pair rose above where it started.';
  if (runs === 0) return { id: 'rungs', title: 'Escalation by actor', lede, html: emptyNote('No runs counted.') };
  const order = new Map(ctx.model.actors.map((a, i) => [a.id, i] as const));
  const values = Object.entries(ctx.summary.highestRung).flatMap(([actor, dist]) => rungs.map((r, k) => ({
    actor: actorLabel(ctx, actor), ao: order.get(actor) ?? 0, rung: ctx.model.rungs[k]!.name || r, rk: k, share: dist[r] ?? 0,
    tip: `${actor}: ${r} ${pct(dist[r] ?? 0, runs)}`,
  }))).filter((v) => v.share > 0);
  const rungNames = ctx.model.rungs.map((r) => r.name || r.id);
  const svg = await ctx.charts.render({
    width: 600, height: { step: 22 },
    data: { values },
    mark: { type: 'bar', height: { band: 0.72 }, stroke: '#fff', strokeWidth: 0.6 },
    encoding: {
      y: { field: 'actor', type: 'nominal', sort: ctx.model.actors.map((a) => actorLabel(ctx, a.id)), title: null, axis: { labelColor: INK, labelPadding: 8 } },
      x: { field: 'share', type: 'quantitative', stack: 'normalize', axis: percentAxis({ tickCount: 5 }), title: 'share of runs' },
      color: { field: 'rung', type: 'nominal', scale: { domain: rungNames, range: colours }, title: 'highest rung reached', legend: { orient: 'bottom', direction: 'horizontal', columns: rungNames.length, symbolType: 'square' } },
      order: { field: 'rk', type: 'quantitative' },
      tooltip: { field: 'tip' },
    },
  }, 'Highest rung reached per actor');
  const warRung = ctx.model.rungs[ctx.model.warRung]?.id;
  const atWar = warRung === undefined ? [] : Object.entries(ctx.summary.highestRung)
    .map(([actor, dist]) => ({ actor, p: rungs.slice(ctx.model.warRung).reduce((s, r) => s + (dist[r] ?? 0), 0) }))
    .filter((x) => x.p > 0).sort((a, b) => b.p - a.p).slice(0, 5);
  const note = atWar.length > 0 ? ` Reached <em>${esc(warRung!)}</em> or above most often: ${atWar.map((x) => `${esc(x.actor)} ${pct(x.p, runs)}`).join(', ')}.` : '';
  return { id: 'rungs', title: 'Escalation by actor', lede, html: figure(svg, `Ladder: ${rungs.map(esc).join(' → ')}.${note}`) };
}

/**
 * Escalation per pair, above where each pair started, grouped by the scenario's theatres: a pair at
 * war from the first day appears only if it went higher, so a war under way never reads as a war
 * reached. Pairs that never moved are left out.
 */
export function pairEscalationSection(ctx: ResultContext): Section {
  const runs = ctx.summary.runs;
  const lede = 'For each pair of actors whose relation rose above the rung it started on: the share of runs by the highest rung it reached. A war already under way at the start is not counted as a war reached; it shows only if it went higher. Pairs that never moved are left out; pairs are grouped by the theatres the scenario declares.';
  const groups = ctx.summary.escalation;
  if (runs === 0 || groups.length === 0) return { id: 'pairs', title: 'Escalation by pair', lede, html: emptyNote(runs === 0 ? 'No runs counted.' : 'No relation rose above its starting rung in any run.') };
  const rungName = new Map(ctx.model.rungs.map((r) => [r.id, r.name || r.id] as const));
  const name = (id: string): string => esc(rungName.get(id) ?? id);
  const titled = groups.length > 1 || groups[0]!.theatre !== null;
  const html = groups.map((g) => (titled ? `<h3>${esc(g.title)}</h3>` : '') + table(
    ['Pair', 'Started at', 'Rose above it', 'Highest rung reached (share of runs)'],
    g.pairs.map((x) => [
      `${esc(actorLabel(ctx, x.pair[0]))} – ${esc(actorLabel(ctx, x.pair[1]))}`,
      name(x.from),
      `${pct(x.p, runs)}<span class="sub">${fmtInt(x.runs)} runs</span>`,
      Object.entries(x.highest).map(([rung, p]) => `${name(rung)} ${pct(p, runs)}`).join(' · '),
    ]),
    [false, false, true, false],
  )).join('');
  return { id: 'pairs', title: 'Escalation by pair', lede, html };
}

/** The obligation ledger: what each obligation did across all runs. */
export async function obligationsSection(ctx: ResultContext): Promise<Section> {
  const obligations = Object.entries(ctx.summary.obligations);
  const lede = 'What each treaty obligation did, counted over all runs. A positive duty is <em>judged</em> when its casus foederis arises, then <em>invoked</em> or <em>denied</em>; an invoked one is <em>honoured</em> at a response level or <em>defected</em> from. A negative duty (non-aggression, neutrality, no sanctions…) is <em>respected</em> (the act is suppressed) or <em>breached</em>.';
  if (obligations.length === 0) return { id: 'obligations', title: 'Obligation ledger', lede, html: emptyNote('The scenario has no pacts.') };
  const label = (key: string): string => {
    const o = obligationOf(ctx.scenario, key);
    return o ? `${o.actor} · ${o.pact.id}${o.obligation.article ? ` ${o.obligation.article}` : ''}` : key;
  };
  const positive = obligations.filter(([, o]) => !('respected' in o.honoured));
  const negative = obligations.filter(([, o]) => 'respected' in o.honoured);
  const levels = Object.keys(LEVEL_COLOURS);
  const stages: { stage: string; colour: string }[] = [
    { stage: 'denied', colour: FATE.denied },
    ...levels.map((l) => ({ stage: `honoured: ${l}`, colour: LEVEL_COLOURS[l]! })),
    { stage: 'defected', colour: FATE.defected },
    { stage: 'no response by the end', colour: FATE.pending },
  ];
  const values: { ob: string; stage: string; so: number; n: number; share: number; tip: string }[] = [];
  const totals: { ob: string; judged: number; text: string }[] = [];
  for (const [key, o] of positive) {
    if (o.judged + o.invoked === 0) continue;
    const honoured = levels.reduce((s, l) => s + (o.honoured[l] ?? 0), 0);
    const counts = [o.denied, ...levels.map((l) => o.honoured[l] ?? 0), o.defected, Math.max(0, o.invoked - honoured - o.defected)];
    const sum = counts.reduce((x, y) => x + y, 0);
    const ob = label(key);
    totals.push({ ob, judged: o.judged, text: `${fmtInt(Math.max(o.judged, o.invoked))} judged` });
    counts.forEach((n, so) => {
      if (n > 0) values.push({ ob, stage: stages[so]!.stage, so, n, share: n / sum, tip: `${key}: ${stages[so]!.stage} ${fmtInt(n)} of ${fmtInt(sum)}` });
    });
  }
  let html = '';
  if (values.length > 0) {
    const used = stages.filter((s) => values.some((v) => v.stage === s.stage));
    const y = { field: 'ob', type: 'nominal', sort: totals.map((t) => t.ob), title: null, axis: { labelColor: INK, labelPadding: 8 } };
    html += figure(await ctx.charts.render({
      width: 520, height: { step: 24 },
      layer: [
        {
          data: { values },
          mark: { type: 'bar', height: { band: 0.7 }, stroke: '#fff', strokeWidth: 0.6 },
          encoding: {
            y,
            x: { field: 'share', type: 'quantitative', stack: 'zero', title: 'share of the judgments', axis: percentAxis({ tickCount: 5 }), scale: { domain: [0, 1] } },
            color: { field: 'stage', type: 'nominal', scale: { domain: used.map((s) => s.stage), range: used.map((s) => s.colour) }, title: null, legend: { orient: 'bottom', columns: 4, symbolType: 'square' } },
            order: { field: 'so', type: 'quantitative' },
            tooltip: { field: 'tip' },
          },
        },
        { data: { values: totals.map((t) => ({ ...t, x: 1 })) }, mark: { type: 'text', align: 'left', dx: 6, fontSize: 11, color: MUTED }, encoding: { y, x: { field: 'x', type: 'quantitative' }, text: { field: 'text' } } },
      ],
    }, 'Obligation ledger: fates of positive duties'), 'Positive duties whose casus ever arose. Each bar splits the judgments of one duty (over all runs; a run can judge a duty once per war episode) into denied, honoured — greens, darker for stronger responses —, defected, or still awaiting its response when the run ended. The number is how many judgments there were.');
  } else {
    html += emptyNote('No positive duty was ever judged: no casus foederis arose in any run.');
  }
  const negValues = negative.flatMap(([key, o]) => [
    { ob: label(key), fate: 'respected', fo: 0, n: o.honoured.respected ?? 0 },
    { ob: label(key), fate: 'breached', fo: 1, n: o.honoured.breached ?? 0 },
    // (1.15) A separate truce the partners left fighting consented to: no breach.
    { ob: label(key), fate: 'consented', fo: 2, n: o.honoured.consented ?? 0 },
  ]).filter((v) => v.n > 0);
  if (negValues.length > 0) {
    html += figure(await ctx.charts.render({
      width: 600, height: { step: 24 },
      data: { values: negValues },
      mark: { type: 'bar', height: { band: 0.7 }, stroke: '#fff', strokeWidth: 0.6 },
      encoding: {
        y: { field: 'ob', type: 'nominal', sort: [...new Set(negValues.map((v) => v.ob))], title: null, axis: { labelColor: INK, labelPadding: 8 } },
        x: { field: 'n', type: 'quantitative', title: 'acts checked over all runs', axis: { format: ',d', tickCount: 6 } },
        color: { field: 'fate', type: 'nominal', scale: { domain: ['respected', 'breached', 'consented'], range: [FATE.respected, FATE.breached, FATE.consented] }, title: null, legend: { orient: 'bottom', symbolType: 'square' } },
        order: { field: 'fo', type: 'quantitative' },
      },
    }, 'Obligation ledger: negative duties respected or breached'), 'Negative duties that were ever tested: each time an act would have breached the duty, the party either refrained (respected) or went ahead (breached); a separate truce its partners consented to breaches nothing (consented).');
  }
  const n = (x: number) => fmtInt(x);
  const describe = (key: string): string => {
    const o = obligationOf(ctx.scenario, key);
    if (!o) return `<span class="mono">${esc(key)}</span>`;
    return `<strong>${esc(o.actor)}</strong> · ${o.obligation.article ? `${esc(o.obligation.article)} · ` : ''}${esc(o.obligation.type.replaceAll('_', ' '))}<span class="sub">${esc(o.pact.name)}${o.obligation.escape !== 'none' ? ` · escape: ${esc(o.obligation.escape.replaceAll('_', ' '))}` : ''}</span>`;
  };
  if (positive.length > 0) {
    html += '<h3>Positive duties</h3>' + table(
      ['Obligation', 'Judged', 'Invoked', 'Denied', 'Honoured (by level)', 'Defected', 'Lapsed'],
      positive.map(([key, o]) => {
        const byLevel = levels.filter((l) => (o.honoured[l] ?? 0) > 0).map((l) => `${l} ${n(o.honoured[l]!)}`).join(' · ');
        const honoured = levels.reduce((s, l) => s + (o.honoured[l] ?? 0), 0);
        return [describe(key), n(o.judged), `${n(o.invoked)}${o.pretext > 0 ? `<span class="sub">${n(o.pretext)} as pretext</span>` : ''}`, n(o.denied), `${n(honoured)}${byLevel ? `<span class="sub">${byLevel}</span>` : ''}`, n(o.defected), n(o.lapsed)];
      }),
      [false, true, true, true, true, true, true],
    );
  }
  if (negative.length > 0) {
    // (1.15) A consent column only when some clause allows a separate truce by consent.
    const consent = negative.some(([, o]) => o.honoured.consented !== undefined);
    html += '<h3>Negative duties</h3>' + table(
      ['Obligation', 'Respected', 'Breached', 'Breach rate', ...(consent ? ['Consented'] : [])],
      negative.map(([key, o]) => {
        const r = o.honoured.respected ?? 0;
        const b = o.honoured.breached ?? 0;
        return [describe(key), n(r), n(b), r + b > 0 ? pct(b / (r + b)) : '—', ...(consent ? [o.honoured.consented !== undefined ? n(o.honoured.consented) : '—'] : [])];
      }),
      [false, true, true, true, ...(consent ? [true] : [])],
    );
  }
  return { id: 'obligations', title: 'Obligation ledger', lede, html };
}

/** Council results by draft kind and vetoes by member; sanctions regimes at the end of the runs. */
export async function councilSection(ctx: ResultContext): Promise<Section> {
  const council = Object.entries(ctx.summary.council);
  const lede = 'Security Council drafts tabled across all runs, by kind and result (adopted, vetoed — a permanent member voted no and the draft had enough votes —, failed short of the votes, withdrawn before a vote; where the scenario has them, shelved — not put to a vote because a veto was expected —, presidential and press statements agreed by consensus or blocked by an objection, and episodes with no product), and who cast the vetoes.';
  let html = '';
  const tabled = council.filter(([, c]) => c.tabled > 0);
  if (council.length === 0) {
    html += emptyNote('The scenario has no Security Council.');
  } else if (tabled.length === 0) {
    html += emptyNote('No draft was tabled in any run.');
  } else {
    const results = ['adopted', 'vetoed', 'failed', 'withdrawn', 'shelved (veto expected)', 'presidential statement', 'press statement', 'statement blocked', 'not voted by the end'] as const;
    const colours = [FATE.adopted, FATE.vetoed, FATE.failed, FATE.withdrawn, FATE.shelved, FATE.presidential, FATE.press, FATE.blocked, FATE.pending];
    const values = tabled.flatMap(([kind, c], ko) => {
      const extra = [c.shelved ?? 0, c.presidentialStatement ?? 0, c.pressStatement ?? 0, c.blocked ?? 0];
      const done = c.adopted + c.vetoed + c.failed + c.withdrawn + extra.reduce((a, b) => a + b, 0);
      const counts = [c.adopted, c.vetoed, c.failed, c.withdrawn, ...extra, Math.max(0, c.tabled - done)];
      return counts.map((n, ro) => ({ kind: kind.replaceAll('_', ' '), ko, result: results[ro]!, ro, n })).filter((v) => v.n > 0);
    });
    const usedResults = results.filter((r) => values.some((v) => v.result === r));
    html += figure(await ctx.charts.render({
      width: 600, height: { step: 28 },
      data: { values },
      mark: { type: 'bar', height: { band: 0.7 }, stroke: '#fff', strokeWidth: 0.6 },
      encoding: {
        y: { field: 'kind', type: 'nominal', sort: tabled.map(([k]) => k.replaceAll('_', ' ')), title: null, axis: { labelColor: INK, labelPadding: 8 } },
        x: { field: 'n', type: 'quantitative', title: 'drafts over all runs', axis: { format: ',d', tickCount: 6 } },
        color: { field: 'result', type: 'nominal', scale: { domain: usedResults, range: usedResults.map((r) => colours[results.indexOf(r)]!) }, title: null, legend: { orient: 'bottom', symbolType: 'square' } },
        order: { field: 'ro', type: 'quantitative' },
      },
    }, 'Council drafts by kind and result'), 'Drafts by kind; a run can table several.');
    // One bar per member and draft kind, in the colour that means "vetoed" in the chart above: a
    // colour per draft kind would give green, red or blue a second meaning on the page.
    const vetoes = tabled.flatMap(([kind, c]) => Object.entries(c.vetoedBy).map(([member, n]) => ({ member: actorLabel(ctx, member), kind: kind.replaceAll('_', ' '), n })))
      .map((v) => ({ ...v, row: `${v.member} · ${v.kind}` }));
    if (vetoes.length > 0) {
      const byMember = new Map<string, number>();
      for (const v of vetoes) byMember.set(v.member, (byMember.get(v.member) ?? 0) + v.n);
      const rowOrder = [...vetoes].sort((a, b) => byMember.get(b.member)! - byMember.get(a.member)! || a.member.localeCompare(b.member) || b.n - a.n || a.kind.localeCompare(b.kind)).map((v) => v.row);
      html += figure(await ctx.charts.render({
        width: 600, height: { step: 24 },
        data: { values: vetoes },
        layer: [
          { mark: { type: 'bar', height: { band: 0.7 }, color: FATE.vetoed } },
          { mark: { type: 'text', align: 'left', dx: 5, fontSize: 11, color: MUTED }, encoding: { text: { field: 'n', type: 'quantitative', format: ',d' } } },
        ],
        encoding: {
          y: { field: 'row', type: 'nominal', title: null, sort: rowOrder, axis: { labelColor: INK, labelPadding: 8 } },
          x: { field: 'n', type: 'quantitative', title: 'vetoes cast over all runs', axis: { format: ',d', tickCount: 6 } },
        },
      }, 'Vetoes by member and draft kind'), 'Vetoes by the permanent member that cast them, per draft kind. A draft vetoed by two members counts for each.');
    }
    const never = council.filter(([, c]) => c.tabled === 0).map(([kind]) => esc(kind.replaceAll('_', ' ')));
    // Statements, shelved drafts and empty episodes get columns only when some run had one.
    const products = tabled.some(([, c]) => (c.shelved ?? 0) + (c.presidentialStatement ?? 0) + (c.pressStatement ?? 0) + (c.blocked ?? 0) + (c.noProduct ?? 0) > 0);
    const extraHead = products ? ['Shelved', 'Presidential st.', 'Press st.', 'Blocked', 'No product'] : [];
    html += table(['Draft kind', 'Tabled', 'Adopted', 'Vetoed', 'Failed', 'Withdrawn', ...extraHead, 'Vetoed by'],
      tabled.map(([kind, c]) => [esc(kind.replaceAll('_', ' ')), fmtInt(c.tabled), fmtInt(c.adopted), fmtInt(c.vetoed), fmtInt(c.failed), fmtInt(c.withdrawn),
        ...(products ? [c.shelved ?? 0, c.presidentialStatement ?? 0, c.pressStatement ?? 0, c.blocked ?? 0, c.noProduct ?? 0].map(fmtInt) : []),
        Object.entries(c.vetoedBy).map(([m, n]) => `${esc(m)} ${fmtInt(n)}`).join(' · ') || '—']),
      [false, true, true, true, true, true, ...extraHead.map(() => true), false]);
    if (never.length > 0) html += `<p class="lede">Never tabled: ${never.join(', ')}.</p>`;
  }
  const regimes = Object.entries(ctx.summary.regimes);
  if (regimes.length > 0) {
    const states = ['proposed', 'in_force', 'eroding', 'lifted'];
    const colours = ['#d8d2c6', '#3f8f5b', '#d9a437', '#8c8577'];
    const values = regimes.flatMap(([id, st], ko) => {
      const total = Object.values(st).reduce((a, b) => a + b, 0);
      return states.map((s, so) => ({ regime: id, ko, state: s.replace('_', ' '), so, share: total > 0 ? (st[s] ?? 0) / total : 0 })).filter((v) => v.share > 0);
    });
    html += '<h3>Sanctions regimes</h3>' + figure(await ctx.charts.render({
      width: 600, height: { step: 26 },
      data: { values },
      mark: { type: 'bar', height: { band: 0.7 }, stroke: '#fff', strokeWidth: 0.6 },
      encoding: {
        y: { field: 'regime', type: 'nominal', sort: regimes.map(([id]) => id), title: null, axis: { labelColor: INK, labelPadding: 8 } },
        x: { field: 'share', type: 'quantitative', stack: 'normalize', title: 'share of runs', axis: percentAxis() },
        color: { field: 'state', type: 'nominal', scale: { domain: states.map((s) => s.replace('_', ' ')), range: colours }, title: 'state at the end of the run', legend: { orient: 'bottom', symbolType: 'square' } },
        order: { field: 'so', type: 'quantitative' },
      },
    }, 'Sanctions regimes: state at the end of the runs'), 'Legal state at the horizon. "Eroding" means enforcement fell below the regime\'s threshold.');
  }
  return { id: 'council', title: 'Security Council and sanctions', lede, html };
}
