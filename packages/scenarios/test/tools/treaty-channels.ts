// The 2024 treaty's effect on korea-2024, channel by channel (docs/results.md, "The treaty, channel
// by channel"). korea-2024-no-treaty sets four named channels to their no-treaty values; this tool
// runs korea-2024 against itself with only one channel's parameters at those values (`casus
// compare korea-2024 --vs NAME=VALUE …`, common random numbers), then the whole variant, and
// prints every outcome whose paired 95% interval excludes zero, as a markdown table.
//
//   pnpm treaty-channels [runs] [seed]            (defaults: 20000 runs, seed 1)
//
// A parameter that differs between the two files and belongs to no channel stops the tool: the
// decomposition would silently miss it otherwise.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nominalValue } from '@casus/engine';
import { formatPercent, formatPointChange } from '../../../cli/src/number-format.js';
import { loadBundled } from '../helpers.js';

const RUNS = Number(process.argv[2] ?? 20_000);
const SEED = process.argv[3] ?? '1';
const BASE = 'korea-2024';
const COUNTERFACTUAL = 'korea-2024-no-treaty';

/** The channels the counterfactual's header names, in its order. */
const CHANNELS: readonly { title: string; parameters: readonly string[] }[] = [
  { title: "1. Russia's propensity to fight for the DPRK", parameters: ['russia_fight_for_dprk'] },
  { title: '2. DPRK risk-taking', parameters: ['dprk_treaty_boldness', 'dprk_treaty_incident_boost'] },
  { title: '3. Deterrence of US and ROK strikes', parameters: ['us_strike_treaty_deterrence', 'rok_strike_treaty_deterrence', 'rok_counteroffensive_treaty_deterrence'] },
  { title: '4. Russian technology transfer', parameters: ['russia_tech_transfer_rate'] },
];

interface OutcomeDiff {
  id: string; title: string;
  a: { p: number }; b: { p: number };
  diff: { value: number; lo: number; hi: number };
}

const a = loadBundled(BASE);
const b = loadBundled(COUNTERFACTUAL);
const inChannel = new Set(CHANNELS.flatMap((c) => c.parameters));
const differing = Object.keys(b.parameters).filter((name) => Object.hasOwn(a.parameters, name)
  && JSON.stringify(a.parameters[name]) !== JSON.stringify(b.parameters[name]));
const stray = differing.filter((name) => !inChannel.has(name));
if (stray.length > 0) {
  console.error(`treaty-channels: ${COUNTERFACTUAL} changes ${stray.join(', ')}, which no channel names; add them to CHANNELS`);
  process.exit(2);
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));
function compare(args: readonly string[]): OutcomeDiff[] {
  const cmd = ['exec', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', 'compare', ...args,
    '--runs', String(RUNS), '--seed', SEED, '--nominal', '--json', '--quiet'];
  const res = spawnSync('pnpm', cmd, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (res.status !== 0) {
    console.error(`treaty-channels: casus ${cmd.slice(4).join(' ')} failed (exit ${res.status})\n${res.stderr}`);
    process.exit(1);
  }
  return (JSON.parse(res.stdout) as { outcomes: OutcomeDiff[] }).outcomes;
}

// The CLI's own formatter, so the tables read like `casus compare`'s figures.
const pp = (d: number): string => formatPointChange(d, '');
function table(title: string, command: string, outcomes: readonly OutcomeDiff[]): void {
  console.log(`\n### ${title}\n\n\`${command}\`\n`);
  const moved = outcomes.filter((o) => o.diff.lo > 0 || o.diff.hi < 0);
  if (moved.length === 0) { console.log('No outcome moves: every paired interval contains zero.'); return; }
  console.log('| outcome | A | B | B − A, pp (95%) |\n|---|---|---|---|');
  for (const o of moved) console.log(`| ${o.title} | ${formatPercent(o.a.p)} | ${formatPercent(o.b.p)} | ${pp(o.diff.value)} [${pp(o.diff.lo)}, ${pp(o.diff.hi)}] |`);
}

console.log(`# The treaty's channels: ${BASE} (A) against one channel at its ${COUNTERFACTUAL} value (B)`);
console.log(`${RUNS.toLocaleString('en-US')} paired runs, seed ${SEED}, nominal judgments; outcomes whose 95% paired interval excludes zero.`);
for (const channel of CHANNELS) {
  // The counterfactual's nominal value of each of the channel's parameters, set on B only.
  const vs = channel.parameters.flatMap((name) => ['--vs', `${name}=${nominalValue(b.parameters[name]!)}`]);
  table(channel.title, `casus compare ${BASE} ${vs.join(' ')} --runs ${RUNS} --seed ${SEED} --nominal`, compare([BASE, ...vs]));
}
table(`All together: ${COUNTERFACTUAL} (no Art. 4 either)`, `casus compare ${BASE} ${COUNTERFACTUAL} --runs ${RUNS} --seed ${SEED} --nominal`, compare([BASE, COUNTERFACTUAL]));
