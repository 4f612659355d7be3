import { ChartRenderer } from '../report/charts.js';
import { esc, figure, table } from '../report/html.js';
import { renderPage, type Section } from '../report/page.js';
import { tickLabel, whereLabel } from '../play/view.js';
import type { Seminar } from './seminar.js';
import { oddsTable } from './state-view.js';
import { teamOf } from './teams.js';

/**
 * The after-action review of a seminar as one self-contained HTML file, laid out by `casus
 * report`'s page (inline CSS and SVG, no scripts, loads nothing): the decisions in order, how the
 * odds moved after each action (a chart and a table, from the odds computed during play), and the
 * run's story — every event with its cause.
 */
export async function renderReview(seminar: Seminar, replay: string): Promise<string> {
  const s = seminar.current;
  const sc = s.setup.scenario;
  const f = s.frame;
  const teams = seminar.teams;
  const sections: Section[] = [];

  const decisions = [...s.branch.decisions].sort((x, y) => x.seq - y.seq);
  sections.push({
    id: 'decisions', title: 'Decisions in order',
    lede: 'Every answer the teams (or the white cell) gave on this branch, in the order given, with where the run stood.',
    html: decisions.length === 0 ? '<p>No decision was taken by a team.</p>' : table(['#', 'tick', 'actor', 'team', 'decision', 'choice'],
      decisions.map((d, i) => [String(i + 1), esc(tickLabel(s, d.tick)), esc(d.actor), esc(teamOf(teams, d.actor)?.name ?? '—'), esc(d.key), `<strong>${esc(d.option)}</strong>`]), [true, false, false, false, false, false]),
  });

  const moments = seminar.reviewMoments();
  const outcomes = s.baseModel.outcomes;
  const points: { step: number; moment: string; outcome: string; p: number }[] = [];
  const rows: string[][] = [];
  moments.forEach(({ milestone, odds }, step) => {
    if (!odds) { rows.push([String(step), esc(milestone.where), esc(milestone.label), '<em>odds not computed</em>']); return; }
    const view = oddsTable(s, odds);
    const first = view.rows.map((r) => `${esc(r.id)} ${esc(r.cells[0]!.text)}`).join('<br>');
    rows.push([String(step), esc(milestone.where), esc(milestone.label), `<span class="small">${esc(view.columns[0]!)}:</span><br>${first}`]);
    for (const r of view.rows) points.push({ step, moment: `${step}. ${milestone.label}`, outcome: r.id, p: r.cells[0]!.p });
  });
  let chart = '';
  if (points.length > 0) {
    const svg = await new ChartRenderer().render({
      width: 720, height: 280,
      data: { values: points },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'step', type: 'ordinal', title: 'after action (see the table)' },
        y: { field: 'p', type: 'quantitative', title: 'probability from here', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
        color: { field: 'outcome', type: 'nominal', sort: outcomes.map((o) => o.id), title: null },
      },
    }, 'How the odds of each outcome moved after each action');
    chart = figure(svg, 'The first odds column after each action (with a decision pending: if the first option is taken). 95% intervals are in the table.');
  }
  sections.push({
    id: 'odds', title: 'How the odds moved',
    lede: 'The odds from here computed during play after each action, each from continuations with new luck; intervals are simulation error only.',
    html: `${chart}${table(['step', 'where', 'after', 'odds'], rows)}`,
  });

  const events = f.result.events ?? [];
  sections.push({
    id: 'story', title: 'The run’s story',
    lede: 'Every event of the run, with the cause that produced it and the event it followed.',
    html: events.length === 0 ? '<p>Nothing has happened yet.</p>' : table(['#', 'date', 'event', 'cause'],
      events.map((e) => [String(e.seq), esc(e.date), esc(e.text), `<code>${esc(e.parent === null ? e.cause : `${e.cause} ← #${e.parent}`)}</code>`]), [true, false, false, false]),
  });

  const reached = outcomes.filter((o) => f.result.outcomes[o.id]?.tick !== null && f.result.outcomes[o.id] !== undefined);
  return renderPage({
    title: sc.title,
    kind: 'Casus seminar · after-action review',
    description: sc.description,
    facts: [
      ['scenario', sc.id], ['seed', String(s.setup.seed)], ['situation', s.setup.situation ?? '(none)'],
      ['teams', teams.map((t) => `${t.name} (${t.actors.join(', ')})`).join('; ') || '(none)'],
      ['branch', s.branchName], ['stood', whereLabel(s, f)],
      ['outcomes reached', reached.map((o) => o.id).join(', ') || 'none'],
    ],
    warnings: [],
    sections,
    colophon: `<p>Replay this session in a terminal: <code>${esc(replay)}</code></p>`,
  });
}
