import { PATH_SEPARATOR } from '@casus/engine';
import type { ResultContext } from '../context.js';
import { badge, emptyNote, esc, fmtInt, pct } from '../html.js';
import type { Section } from '../page.js';
import { hingeBadge } from './outcomes.js';

const KIND_WORD: Record<string, string> = {
  trigger: 'trigger', obligation: 'treaty', duty: 'duty', decision: 'decision', council: 'council', inject: 'inject',
  hazard: 'hazard', drift: 'drift', pact: 'pact', mandate: 'mandate', episode: 'war', state: 'state', other: 'cause',
};

/** A causal path as a chain of chips, root first. */
export function pathChain(ctx: ResultContext, path: string): string {
  const chips = path.split(PATH_SEPARATOR).map((id) => {
    const c = ctx.causes.get(id);
    return `<span class="chip ${c.kind}" title="${esc(`${c.detail} [${c.id}]`)}"><span class="k">${KIND_WORD[c.kind] ?? c.kind}</span>${esc(c.label)}</span>`;
  });
  return `<div class="chain">${chips.join('<span class="arrow">→</span>')}</div>`;
}

/** Badges of the parameters a path's chance depends on, weakest basis first. */
function pathParams(ctx: ResultContext, path: string): string {
  const params = ctx.causes.pathParameters(path);
  if (params.length === 0) return '';
  const rank = { placeholder: 0, judgment: 1, data: 2 } as const;
  params.sort((a, b) => (rank[a.basis ?? 'data'] - rank[b.basis ?? 'data']) || (a.name < b.name ? -1 : 1));
  return `<div class="params">${params.map((p) => badge(`${p.name} · ${p.basis ?? '?'}`, p.basis ?? 'neutral', `used by ${p.causes.join(', ')}`)).join('')}</div>`;
}

function storyHtml(ctx: ResultContext, outcome: string, path: string, open: boolean): string {
  if (ctx.storyBudget === 0) return '';
  const story = ctx.story(outcome, path);
  if (!story) {
    return `<details class="story"><summary>No story: no run among the first ${fmtInt(ctx.stories.searched)} searched took this path</summary><p class="sub">The search simulates runs in order and stops at ${fmtInt(ctx.storyBudget)}; a rarer path needs a larger <code>--story-runs</code>.</p></details>`;
  }
  const events = story.events.length === 0
    ? `<li class="hit"><span class="when">${esc(story.date)}</span>the outcome held from the state of the world (from the start, or by drift), with no event as its cause.</li>`
    : story.events.map((e, i) => `<li${i === story.events.length - 1 ? ' class="hit"' : ''}><span class="when">${esc(e.date)}</span>${esc(e.text)} <span class="cause">${esc(e.cause)}</span></li>`).join('');
  return `<details class="story"${open ? ' open' : ''}><summary>Story: run ${fmtInt(story.run)}, reached ${esc(story.date)}</summary>`
    + `<ol>${events}</ol><code class="replay">${esc(story.replay)}</code></details>`;
}

/**
 * Who began the wars the outcome happened in: a path that starts inside a war (an allied offensive,
 * a great power's entry) does not say. Nothing for an outcome that never came inside a war.
 */
function warsHtml(wars: readonly { initiator: string; share: number }[]): string {
  if (wars.length === 0) return '';
  const inside = wars.reduce((n, w) => n + w.share, 0);
  const rest = inside < 1 - 1e-9 ? ` · not by an act of war ${pct(1 - inside)}` : '';
  return `<p class="meta">In wars begun by: ${wars.map((w) => `<strong>${esc(w.initiator)}</strong> ${pct(w.share)}`).join(' · ')}${rest}</p>`;
}

/** The most frequent causal paths per outcome, each with one run that followed it. */
export function pathsSection(ctx: ResultContext): Section {
  const { summary } = ctx;
  const runs = summary.runs;
  const blocks: string[] = [];
  for (const o of summary.outcomes) {
    if (o.hits === 0) continue;
    const paths = summary.paths[o.id] ?? [];
    const distinct = Object.keys(ctx.doc.aggregates.paths[o.id] ?? {}).length;
    const covered = paths.reduce((s, p) => s + p.share, 0);
    const hinge = ctx.hinges.get(o.id);
    let callout = '';
    if (hinge && hinge.parameters.length > 0) {
      const list = hinge.parameters.map((p) => `<strong>${esc(p.name)}</strong> (${p.basis}, via ${p.causes.map((c) => esc(ctx.causes.get(c).label)).join(', ')})`).join('; ');
      const spread = ctx.doc.manifest.options.parameterDraws > 0 ? 'the spread across parameter draws shows how far they move it' : 'a nested design (<code>--parameter-draws</code>) or <code>casus sensitivity</code> shows how far they move it';
      if (hinge.flag !== undefined) {
        callout = `<div class="callout ${hinge.flag}">⚑ <strong>Hinges on ${hinge.flag === 'placeholder' ? 'placeholder values' : 'judgment'}.</strong> Paths carrying ${pct(hinge.share)} of the runs that reached it pass through causes whose chances are set by parameters that are ${hinge.flag === 'placeholder' ? 'placeholders (numbers nobody has yet studied) or judgments' : 'judgments, not data'}: ${list}. Read this probability as conditional on those values; ${spread}.</div>`;
      } else {
        callout = `<p class="meta">Minor paths, carrying ${pct(hinge.share)} of its runs, depend on judgment or placeholder parameters: ${list}.</p>`;
      }
    }
    const rows = paths.map((p, k) => `<div class="path"><div class="share">${pct(p.share)}<small>${fmtInt(p.count)} runs</small><div class="sharebar"><span style="width:${(p.share * 100).toFixed(1)}%"></span></div></div>`
      + `<div>${pathChain(ctx, p.path)}${pathParams(ctx, p.path)}${storyHtml(ctx, o.id, p.path, k === 0)}</div></div>`).join('');
    blocks.push(`<div class="outcome-block" id="path-${esc(o.id)}"><h3>${esc(ctx.title(o.id))} ${hingeBadge(hinge)}</h3>`
      + `<p class="meta">P = ${pct(o.p, runs)} · ${fmtInt(o.hits)} runs · ${fmtInt(distinct)} distinct path${distinct === 1 ? '' : 's'}; the ${paths.length} shown carry ${pct(covered)} of them</p>`
      + warsHtml(summary.wars?.[o.id] ?? [])
      + callout + rows + '</div>');
  }
  const never = summary.outcomes.filter((o) => o.hits === 0).map((o) => esc(ctx.title(o.id)));
  const searched = ctx.stories.searched;
  const lede = `Why each outcome happened: the chain of causes from the root event (a trigger, an inject) to the event after which the outcome first held, counted exactly over all runs; the share is of the runs where the outcome happened. Each path comes with one run that followed it — the first in run order${searched > 0 ? `, found by replaying up to ${fmtInt(searched)} runs with the engine` : ''} — told event by event, and the command that replays it.`;
  return {
    id: 'paths', title: 'Why: causal paths and stories', lede,
    html: (blocks.length > 0 ? blocks.join('') : emptyNote('No outcome happened in any run.'))
      + (never.length > 0 ? `<p class="lede">Never reached: ${never.join(', ')}.</p>` : ''),
  };
}
