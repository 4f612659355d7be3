// Invariants of `casus report`: one self-contained HTML file — every section present, every SVG
// well-formed XML, nothing loaded from anywhere (the only http(s) URLs are XML namespaces), no
// script — whose scenario strings are escaped; outcomes whose top paths hinge on judgment or
// placeholder parameters are flagged; every story is a run that really took its path; the
// scenario is checked against the result's SHA-256; comparisons and sweeps render too; the file
// is written atomically and is a pure function of its input.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { causalPath, loadScenario, masterSeedOf, PATH_SEPARATOR, Simulator, compile, resolveParameters } from '@casus/engine';
import { buildReport } from '../../src/report/build.js';
import { RESULT_SECTION_IDS } from '../../src/report/kinds/result.js';
import { findStories } from '../../src/report/stories.js';
import { esc } from '../../src/report/html.js';
import { cli, removeTempDirs, ROOT, tempDir, TUTORIAL, TWO_STATES } from '../batch/helpers.js';
import { sectionOf, svgsOf, xmlProblem } from './xml.js';
import { formatPointChange } from '../../src/number-format.js';

let dir: string;
let resultPath: string;
let html: string;

beforeAll(async () => {
  dir = tempDir();
  resultPath = join(dir, 'result.json');
  // A nested design, so every section (the spread across draws included) has its chart.
  const run = await cli(['run', TUTORIAL, '--runs', '300', '--parameter-draws', '3', '--seed', '11', '--workers', '1', '--quiet', '--out', resultPath]);
  expect(run.code, run.stderr).toBe(0);
  const r = await cli(['report', resultPath, '--story-runs', '600']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain('SHA-256 matches');
  html = readFileSync(join(dir, 'report.html'), 'utf8');
});

afterAll(removeTempDirs);

/** Every http(s) URL in the text that is not the value of an xmlns attribute. */
function externalUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>)]*/g)]
    .filter((m) => !/xmlns(:\w+)?="$/.test(text.slice(Math.max(0, m.index - 20), m.index)))
    .map((m) => m[0]);
}

describe('casus report on a batch result', () => {
  it('has every section, listed in the contents in page order', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([...RESULT_SECTION_IDS]);
    const toc = [...html.matchAll(/<li><a href="#([^"]+)"/g)].map((m) => m[1]);
    expect(toc).toEqual([...RESULT_SECTION_IDS]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Two states and a defence pact — Casus report</title>');
    // The header: title, seed, runs, engine, date.
    for (const fact of ['Seed', '11', 'Runs', '900', 'Engine', 'batch', 'Simulated', 'Parameter draws']) expect(html).toContain(fact);
  });

  it('draws each chart as well-formed inline SVG', () => {
    const svgs = svgsOf(html);
    expect(svgs.length).toBeGreaterThan(10);
    for (const svg of svgs) expect(xmlProblem(svg), svg.slice(0, 200)).toBeNull();
    const count = (id: string) => svgsOf(sectionOf(html, id)).length;
    expect(count('outcomes')).toBe(1);
    expect(count('timeline')).toBe(1);
    expect(count('spread')).toBe(1);
    expect(count('conditional')).toBe(1);
    expect(count('rungs')).toBe(1);
    expect(count('obligations')).toBe(2); // positive duties, and the negative duty respected or breached
    expect(count('council')).toBeGreaterThanOrEqual(2); // results by kind, vetoes by member (and regimes)
    expect(count('pacts')).toBe(1);
    expect(count('assumptions')).toBe(17); // one distribution per parameter (the tutorial names every weight: casus validate --strict)
    // Ids are unique in the page although every chart has its own clip paths.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Escalation by pair: a table, pairs that rose above their start only.
    expect(count('pairs')).toBe(0);
    expect(sectionOf(html, 'pairs')).toMatch(/Aland \(A\) – Borduria \(B\)<\/td><td>Tension/);
    expect(sectionOf(html, 'pairs')).not.toContain('Dolmatia');
    // The probabilities are labelled as simulation error.
    expect(sectionOf(html, 'outcomes')).toContain('simulation error');
  });

  it('loads nothing: no URL but XML namespaces, no script, no external resource', () => {
    expect(externalUrls(html)).toEqual([]);
    expect(html).toMatch(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const bad of [/<script/i, /<link/i, /<img/i, /<iframe/i, /<object/i, /<embed/i, /@import/i, /url\((?!#)/i, /\ssrc=/i]) expect(html).not.toMatch(bad);
  });

  it('flags outcomes whose top paths hinge on judgment or placeholder parameters, and explains why', () => {
    const paths = sectionOf(html, 'paths');
    const block = (id: string) => paths.slice(paths.indexOf(`id="path-${id}"`), paths.indexOf('</div></div></div>', paths.indexOf(`id="path-${id}"`)) + 1);
    // clash: every path starts at the border-clash trigger, whose rate is clash_rate (placeholder).
    expect(block('clash')).toContain('hinges on placeholders');
    expect(block('clash')).toContain('<strong>clash_rate</strong> (placeholder');
    // ally_intervenes goes through the defence obligation (ally_reliability, a judgment) too.
    expect(paths.slice(paths.indexOf('id="path-ally_intervenes"'))).toContain('ally_reliability');
    // A Council veto: the vote weights are named judgment parameters (casus validate --strict), so it is flagged.
    const vetoed = paths.slice(paths.indexOf('id="path-sanctions_vetoed"'));
    expect(vetoed.slice(0, vetoed.indexOf('class="path"'))).toContain('Hinges on judgment');
    expect(vetoed.slice(0, vetoed.indexOf('class="path"'))).toContain('borduria_veto');
    // The badge shows in the outcomes table and the cards at the top too.
    expect(sectionOf(html, 'outcomes')).toContain('⚑ hinges on placeholders');
    expect(html.slice(0, html.indexOf('<nav'))).toContain('⚑ hinges on placeholders');
  });

  it('lists every parameter with its distribution, basis, rationale and where it acts', () => {
    // Ids may break after _ in a narrow cell (<wbr>): compare the text without the break hints.
    const a = sectionOf(html, 'assumptions').replaceAll('<wbr>', '');
    for (const text of ['ally_reliability', 'Beta(8, 2)', 'judgment', 'clash_rate', 'Uniform(0.25, 1)', 'placeholder', 'nonaggression_respect', 'Uniform(0.25, 0.75)',
      'A coin toss between two treaties', 'used by: trigger border-clash']) expect(a).toContain(esc(text));
  });

  it('tells one story per top path, with a replay line', () => {
    const stories = [...sectionOf(html, 'paths').matchAll(/<code class="replay">([^<]+)<\/code>/g)].map((m) => m[1]!);
    expect(stories.length).toBeGreaterThan(0);
    // Nested design: the replay line sets the draw's parameter values.
    for (const s of stories) expect(s).toMatch(/^casus run packages\/scenarios\/scenarios\/tutorial\.yaml --seed 11 --run \d+ --set ally_reliability=/);
  });

  it('labels every axis with the one number formatter: no two ticks of an axis alike, no "0.0%"', async () => {
    // Rare outcomes too, where a whole-percent format would print "0%, 0%, 1%, 1%".
    const rare = join(dir, 'rare.json');
    expect((await cli(['run', TUTORIAL, '--runs', '300', '--nominal', '--set', 'clash_rate=0.003', '--seed', '3', '--workers', '1', '--quiet', '--out', rare])).code).toBe(0);
    expect((await cli(['report', rare, '--out', join(dir, 'rare.html'), '--story-runs', '0', '--quiet'])).code).toBe(0);
    const axes = [...(html + readFileSync(join(dir, 'rare.html'), 'utf8')).matchAll(/<g class="mark-text role-axis-label"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => [...m[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!));
    const percentAxes = axes.filter((labels) => labels.some((l) => l.endsWith('%')));
    expect(percentAxes.length).toBeGreaterThan(2);
    for (const labels of percentAxes) {
      expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
      expect(labels.filter((l) => /^[−+-]?0\.0+%$/.test(l)), labels.join(' | ')).toEqual([]);
    }
  });

  it('embeds no absolute local path: not the result\'s directory, not the repository\'s', () => {
    expect(html).not.toContain(dir);
    expect(html).not.toContain(ROOT);
    expect(html).not.toMatch(/[\s>("'=]\/(tmp|home|root|work|Users)\//);
  });

  it('is a pure function of the result: the same input gives the same bytes', async () => {
    const again = await buildReport({ cwd: ROOT, input: resultPath, storyRuns: 600 });
    expect(again).toBe(html);
  });
});

describe('stories', () => {
  it('each story is a run whose causal path to the outcome is exactly the path it illustrates', async () => {
    const dir2 = tempDir();
    const out = join(dir2, 'r.json');
    expect((await cli(['run', TWO_STATES, '--runs', '400', '--seed', '5', '--workers', '1', '--quiet', '--out', out])).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { aggregates: { paths: Record<string, Record<string, number>> } };
    const loaded = loadScenario(readFileSync(join(ROOT, TWO_STATES), 'utf8'));
    if (!loaded.ok) throw new Error('two-states does not load');
    const wanted = Object.entries(doc.aggregates.paths).flatMap(([outcome, paths]) => Object.keys(paths).map((path) => ({ outcome, path })));
    expect(wanted.length).toBeGreaterThanOrEqual(2);
    const found = findStories({
      scenario: loaded.scenario, arg: TWO_STATES, overrides: {}, seed: 5, situation: null, given: null, engine: 'batch',
      parameterDraws: 0, runsPerDraw: 0, from: 0, to: 400, budget: 400,
    }, wanted);
    const model = compile(loaded.scenario, resolveParameters(loaded.scenario, {}));
    const sim = new Simulator(model, { engine: 'reference' });
    for (const w of wanted) {
      const story = found.stories.get(`${w.outcome}\u0000${w.path}`);
      // Every path was taken by some run of these 400, so the search finds one.
      expect(story, `${w.outcome}: ${w.path}`).toBeTruthy();
      expect(story!.replay).toBe(`casus run ${TWO_STATES} --seed 5 --run ${story!.run}`);
      const s = sim.run(masterSeedOf(5), story!.run);
      const i = model.outcomes.findIndex((o) => o.id === w.outcome);
      const ev = s.outcomeEvent[i]!;
      expect(ev >= 0 ? causalPath(s, ev).join(PATH_SEPARATOR) : 'state').toBe(w.path);
      expect(story!.events.map((e) => e.cause).filter((c, k, all) => c !== all[k - 1]).join(PATH_SEPARATOR)).toBe(w.path === 'state' ? '' : w.path);
    }
  });
});

describe('scenario strings are text, never markup', () => {
  it('escapes titles, names, rationales and sources wherever they appear', async () => {
    const d = tempDir();
    const evil = '<script>alert("x")</script>';
    const text = readFileSync(join(ROOT, TUTORIAL), 'utf8')
      .replace('title: Two states and a defence pact', `title: '${evil} & <b>bold</b>'`)
      .replace('A: { name: Aland, territory: aland }', 'A: { name: "<img src=x onerror=alert(1)>", territory: aland }')
      .replace('title: Armed clash between Borduria and Aland', 'title: "\\"><svg onload=alert(2)>"')
      .replace('rationale: A coin toss between two treaties until someone studies Carpania\'s record.', 'rationale: "</td></tr></table><iframe src=https://evil.example/>"\n    source: "see https://evil.example/x"')
      .replace('name: Aland–Carpania Mutual Defence Treaty (1960)', 'name: "<style>body{display:none}</style>"');
    const file = join(d, 'evil.yaml');
    writeFileSync(file, text);
    const out = join(d, 'r.json');
    const run = await cli(['run', file, '--runs', '200', '--seed', '3', '--workers', '1', '--quiet', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const page = await buildReport({ cwd: ROOT, input: out, storyRuns: 200 });
    for (const bad of ['<script', '<img', '<iframe', '<b>bold', '<svg onload', '<style>body', 'https://evil']) expect(page).not.toContain(bad);
    expect(page).toContain(esc(evil));
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(externalUrls(page)).toEqual([]);
    for (const svg of svgsOf(page)) expect(xmlProblem(svg)).toBeNull();
    // Exactly one <style> (the page's own) and no element the scenario smuggled in.
    expect(page.match(/<style/g)).toHaveLength(1);
  });
});

describe('finding and checking the scenario', () => {
  it('refuses a scenario that changed since the batch ran, and takes --scenario with the right one', async () => {
    const d = tempDir();
    const file = join(d, 'two.yaml');
    const original = readFileSync(join(ROOT, TWO_STATES), 'utf8');
    writeFileSync(file, original);
    const out = join(d, 'r.json');
    expect((await cli(['run', file, '--runs', '100', '--workers', '1', '--quiet', '--out', out])).code).toBe(0);
    writeFileSync(file, original.replace('rate: { per: year, value: 2 }', 'rate: { per: year, value: 3 }'));
    const changed = await cli(['report', out]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('[E_REPORT_SCENARIO_MISMATCH]');
    expect(existsSync(join(d, 'report.html'))).toBe(false);
    const kept = join(d, 'kept.yaml');
    writeFileSync(kept, original);
    const ok = await cli(['report', out, '--scenario', kept, '--out', join(d, 'x.html'), '--story-runs', '50']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(existsSync(join(d, 'x.html'))).toBe(true);
    const wrong = await cli(['report', out, '--scenario', file]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('[E_REPORT_SCENARIO_MISMATCH]');
    expect(wrong.stderr).toContain('the file has changed since the batch ran');
    // Another scenario altogether is named as such, not taken for an edited copy.
    const other = await cli(['report', out, '--scenario', 'tutorial']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('is another scenario, "tutorial"');
    expect(other.stderr).toContain('not the scenario the batch ran');
    expect(other.stderr).not.toContain('has changed');
  });

  it('says so when the scenario cannot be found at all', async () => {
    const d = tempDir();
    const file = join(d, 'gone.yaml');
    writeFileSync(file, readFileSync(join(ROOT, TWO_STATES), 'utf8'));
    const out = join(d, 'r.json');
    expect((await cli(['run', file, '--runs', '50', '--workers', '1', '--quiet', '--out', out])).code).toBe(0);
    rmSync(file);
    const r = await cli(['report', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[E_REPORT_SCENARIO]');
    expect(r.stderr).toContain('--scenario');
  });

  it('refuses files that are not results (exit 1) and unreadable ones (exit 2)', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.json'), '{"format":"something-else"}');
    writeFileSync(join(d, 'b.json'), 'not json');
    for (const f of ['a.json', 'b.json']) {
      const r = await cli(['report', join(d, f)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[E_REPORT_FORMAT]');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
    expect((await cli(['report', join(d, 'missing.json')])).code).toBe(2);
  });
});

describe('metrics', () => {
  it('a scenario that declares metrics gets their section after the spread: a row and a histogram of the runs above 0 each', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'metrics.yaml'), [
      'version: "1.10"', 'extends: tutorial', 'id: tutorial-metrics', 'title: Tutorial with metrics', 'metrics:',
      '  attacks: { title: Armed attacks, count: { happened: { event: armedAttack, minIntensity: 4 } } }',
      '  weeks_at_war: { ticks: { relation: { between: [C, B], atLeast: war } } }', '',
    ].join('\n'));
    const out = join(d, 'r.json');
    const run = await cli(['run', join(d, 'metrics.yaml'), '--runs', '400', '--nominal', '--situation', 'invasion', '--seed', '3', '--workers', '1', '--quiet', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const r = await cli(['report', out]);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(join(d, 'report.html'), 'utf8');
    const ids = [...page.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    const at = RESULT_SECTION_IDS.indexOf('spread') + 1;
    expect(ids).toEqual([...RESULT_SECTION_IDS.slice(0, at), 'metrics', ...RESULT_SECTION_IDS.slice(at)]);
    const section = sectionOf(page, 'metrics');
    expect(section).toContain('Armed attacks');
    expect(section).toContain('weeks_<wbr>at_<wbr>war');
    const svgs = svgsOf(section);
    expect(svgs.length).toBe(1);
    expect(xmlProblem(svgs[0]!)).toBeNull();
    // The table's mean is the result's histogram's.
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { aggregates: { runs: number; metrics: Record<string, { runs: Record<string, number> }> } };
    const hist = doc.aggregates.metrics.attacks!.runs;
    const mean = Object.entries(hist).reduce((a, [v, n]) => a + Number(v) * n, 0) / doc.aggregates.runs;
    expect(section).toContain(`<strong>${mean.toPrecision(3)}</strong>`);

    // A comparison of two variants that declare them: a table of both means and B − A.
    const cmp = join(d, 'c.json');
    const c = await cli(['compare', join(d, 'metrics.yaml'), '--vs', 'ally_reliability=0.2', '--runs', '400', '--nominal', '--situation', 'invasion', '--seed', '3', '--workers', '1', '--out', cmp]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toContain('Metrics — mean per run; B − A, the mean of the paired differences');
    const rc = await cli(['report', cmp, '--out', join(d, 'c.html')]);
    expect(rc.code, rc.stderr).toBe(0);
    const comparison = sectionOf(readFileSync(join(d, 'c.html'), 'utf8'), 'metrics');
    expect(comparison).toContain('Armed attacks');
    expect(comparison).toContain('B − A (95%)');
    // Carpania fights less often with a doubtful ally: fewer weeks at war under B.
    expect(comparison).toMatch(/weeks_<wbr>at_<wbr>war[\s\S]*B lower/);
  });
});

describe('writing', () => {
  it('writes report.html next to the result by default, atomically (no temporary file left)', () => {
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('replaces an existing report only with a note, and warns (even with --quiet) when the input is partial', async () => {
    const again = await cli(['report', resultPath, '--story-runs', '0']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`casus: note: replacing ${join(dir, 'report.html')}`);
    const d = tempDir();
    const shard = join(d, 'shard.json');
    expect((await cli(['run', TUTORIAL, '--runs', '200', '--shard', '0/2', '--workers', '1', '--quiet', '--out', shard])).code).toBe(0);
    const r = await cli(['report', shard, '--quiet', '--story-runs', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^casus: warning: shard\.json holds runs 0–99 of 200/m);
    const full = await cli(['report', resultPath, '--quiet', '--story-runs', '0', '--out', join(d, 'full.html')]);
    expect(full.stderr).toBe('');
  });
});

describe('assumptions', () => {
  it('counts a parameter used only in an outcome\'s condition as used, by that outcome', async () => {
    const d = tempDir();
    const file = join(d, 'threshold.yaml');
    writeFileSync(file, readFileSync(join(ROOT, TUTORIAL), 'utf8')
      .replace(/^parameters:\n/m, 'parameters:\n  tension_threshold: { value: 0.5, basis: judgment, rationale: where tension becomes a crisis }\n')
      .replace(/^outcomes:\n/m, 'outcomes:\n  high_tension:\n    title: Tension above the threshold\n    when: { variable: { id: tension, gte: tension_threshold } }\n'));
    const out = join(d, 'r.json');
    const run = await cli(['run', file, '--runs', '100', '--workers', '1', '--quiet', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const a = sectionOf(await buildReport({ cwd: ROOT, input: out, storyRuns: 0 }), 'assumptions').replaceAll('<wbr>', '');
    const row = a.slice(a.indexOf('>tension_threshold<'), a.indexOf('</tr>', a.indexOf('>tension_threshold<')));
    expect(row).toContain('used by: outcome high_tension');
    expect(row).not.toContain('not used');
  });
});

describe('other inputs', () => {
  it('renders a comparison: both variants side by side, and the paired differences with their intervals', async () => {
    const d = tempDir();
    const out = join(d, 'cmp.json');
    const r = await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.95', '--vs', 'ally_reliability=0.3', '--situation', 'invasion', '--runs', '400', '--workers', '1', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const page = await buildReport({ cwd: ROOT, input: out, storyRuns: 0 });
    expect([...page.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(['comparison', 'differences', 'variants']);
    expect(svgsOf(sectionOf(page, 'comparison'))).toHaveLength(1);
    expect(svgsOf(sectionOf(page, 'differences'))).toHaveLength(1);
    for (const svg of svgsOf(page)) expect(xmlProblem(svg)).toBeNull();
    expect(page).toContain('ally_reliability=0.95');
    expect(page).toContain('Carpania at war with Borduria'); // titles from the scenario, found by its hash
    expect(sectionOf(page, 'differences')).toContain('B lower');
    expect(externalUrls(page)).toEqual([]);
    // The difference axis: every tick reads differently (never "−1%, −1%, +0%"), and no card or
    // cell says "−0.0 pp".
    const labels = [...svgsOf(sectionOf(page, 'differences'))[0]!.matchAll(/<text[^>]*>([^<]*%)<\/text>/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
    expect(page).not.toMatch(/[−+]0(\.0+)? pp/);
  });

  it('says, under the variants, what scenario B changes from scenario A (two files), and nothing for one file under two values', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'no-pact.yaml'), `extends: ${join(ROOT, TUTORIAL)}\nid: no-pact\ntitle: Without the non-aggression pact\nremove:\n  pacts: [b-c-1990]\nparameters:\n  ally_reliability: { value: 0.5, basis: judgment, rationale: "a doubtful ally" }\n`);
    const out = join(d, 'cmp.json');
    const r = await cli(['compare', TUTORIAL, join(d, 'no-pact.yaml'), '--runs', '300', '--nominal', '--workers', '1', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const variants = sectionOf(await buildReport({ cwd: ROOT, input: out, storyRuns: 0 }), 'variants');
    expect(variants).toContain('What B changes from A');
    expect(variants).toMatch(/<td>pacts<\/td><td>removed<\/td><td><span class="mono">b-c-1990<\/span><\/td>/);
    expect(variants).toContain('beta(8, 2) → value 0.5');
    const same = join(d, 'same.json');
    expect((await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.9', '--vs', 'ally_reliability=0.5', '--runs', '300', '--nominal', '--workers', '1', '--quiet', '--out', same])).code).toBe(0);
    expect(sectionOf(await buildReport({ cwd: ROOT, input: same, storyRuns: 0 }), 'variants')).not.toContain('What B changes from A');
  });

  it('renders a grid sweep with a real tornado (the swing across the grid) and one panel per outcome', async () => {
    const d = tempDir();
    const out = join(d, 'sweep');
    const r = await cli(['sweep', TUTORIAL, '--vary', 'ally_reliability=0.3,0.6,0.9', '--runs', '200', '--workers', '1', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const page = await buildReport({ cwd: ROOT, input: out, storyRuns: 0 });
    const tornado = sectionOf(page, 'tornado');
    expect(tornado).not.toContain('class="empty"');
    expect(svgsOf(tornado)).toHaveLength(1);
    // The table gives each outcome's swing from the lowest to the highest value: P at 0.9 − P at 0.3.
    const agg = JSON.parse(readFileSync(join(out, 'aggregates.json'), 'utf8')) as { points: { index: number; aggregates: { runs: number; outcomes: Record<string, { hits: number }> } }[] };
    const p = (point: number, id: string) => agg.points[point]!.aggregates.outcomes[id]!.hits / agg.points[point]!.aggregates.runs;
    const swing = p(2, 'ally_intervenes') - p(0, 'ally_intervenes');
    expect(swing).not.toBe(0);
    expect(tornado).toContain(`<strong>${formatPointChange(swing)}</strong>`);
    // Response curves: a panel per outcome (a facet header each), so each has its own scale.
    const response = sectionOf(page, 'response');
    for (const title of ['Armed clash between Borduria and Aland', 'Carpania at war with Borduria']) expect(response).toContain(`>${title}</text>`);
  });

  it('a sweep from a situation names it, and a flat panel reads "100%", not "100.000000%"', async () => {
    const d = tempDir();
    const out = join(d, 'flat');
    // From the invasion the clash has happened in every run: its panels are flat at 100%.
    const r = await cli(['sweep', TUTORIAL, '--vary', 'clash_rate=1:3:3', '--situation', 'invasion', '--runs', '100', '--workers', '1', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const page = await buildReport({ cwd: ROOT, input: out, storyRuns: 0 });
    expect(page).toMatch(/Situation<\/dt><dd>invasion/);
    const labels = [...page.matchAll(/>([-+]?[0-9.]+%)</g)].map((x) => x[1]!);
    expect(labels).toContain('100%');
    expect(labels.filter((l) => /\.\d{3,}%$/.test(l))).toEqual([]);
  });

  it('renders a sensitivity analysis: a tornado and response curves', async () => {
    const d = tempDir();
    const out = join(d, 'sens');
    const r = await cli(['sensitivity', TUTORIAL, '--runs', '60', '--points', '6', '--workers', '1', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const rep = await cli(['report', out]);
    expect(rep.code, rep.stderr).toBe(0);
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    expect([...page.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(['tornado', 'response']);
    expect(svgsOf(sectionOf(page, 'tornado'))).toHaveLength(1);
    expect(svgsOf(sectionOf(page, 'response'))).toHaveLength(1);
    for (const svg of svgsOf(page)) expect(xmlProblem(svg)).toBeNull();
    expect(externalUrls(page)).toEqual([]);
  });
});
