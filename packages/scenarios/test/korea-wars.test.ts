// korea-2024's wartime rules, checked event by event on traced runs of the DPRK invasion (a war in
// week 1, so every run has one): what two story audits of 6 Dec 2026 found broken stays fixed.
// Goldens pin the figures; these pin the rules, whatever the figures become.
import { describe, expect, it } from 'vitest';
import { compile, masterSeedOf, resolveParameters, simulate, Simulator, type TraceEvent } from '@casus/engine';
import { loadBundled } from './helpers.js';

const RUNS = 150;
const scenario = loadBundled('korea-2024');
const runs = Array.from({ length: RUNS }, (_, k) => simulate(scenario, { seed: 20261206, runIndex: k, situation: 'dprk-invasion', trace: true }).events!);

// Armistices need China at war for months: rare within two years, so their test reads the runs
// among 1,500 more invasions that have one (found on the untraced path, then traced).
const model = compile(scenario, resolveParameters(scenario));
const untraced = new Simulator(model);
const armisticeRuns = Array.from({ length: 1500 }, (_, k) => RUNS + k)
  .filter((k) => untraced.run(masterSeedOf(20261206), k, { situation: 'dprk-invasion' }).events.some((e) => e.kind === 'signal' && e.detail === 'armistice'))
  .map((k) => simulate(scenario, { seed: 20261206, runIndex: k, situation: 'dprk-invasion', trace: true }).events!);

const WAR = new Set(['war', 'nuclear']);
const DPRK_WAR_PAIRS = ['PRK|ROK', 'PRK|USA', 'JPN|PRK'];
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Walks a run's events with the relations' rungs as they stood at the start of each event's tick:
 * the state a trigger's condition reads (a week's shipment may leave in the week an invasion
 * begins, its condition read before the attack).
 */
function walk(events: TraceEvent[], visit: (e: TraceEvent, rung: (a: string, b: string) => string) => void): void {
  const rungs = new Map<string, string>();
  let pending: [string, string][] = [];
  let tick = -1;
  for (const e of events) {
    if (e.tick !== tick) {
      for (const [k, v] of pending) rungs.set(k, v);
      pending = [];
      tick = e.tick;
    }
    visit(e, (a, b) => rungs.get(pairKey(a, b)) ?? 'peace');
    if (e.kind !== 'variable' && e.actor && e.target && typeof e.to === 'string') pending.push([pairKey(e.actor, e.target), e.to]);
  }
}

function count(pred: (e: TraceEvent) => boolean): number {
  return runs.reduce((n, events) => n + events.filter(pred).length, 0);
}

describe('korea-2024 at war (situation dprk-invasion, traced)', () => {
  it('China at war pushes the advance back: each campaign lowers the threat to the regime, or finds it at 0', () => {
    let campaigns = 0;
    for (const events of runs) {
      walk(events, (e, rung) => {
        if (e.cause !== 'trigger:chinese-campaign' || e.kind !== 'variable') return;
        campaigns++;
        expect(WAR.has(rung('CHN', 'ROK')) || WAR.has(rung('CHN', 'USA'))).toBe(true);
        // The variable's weekly fade is not recorded, so the value before is the event's own `from`.
        expect(e.to as number).toBeLessThan(e.from as number);
      });
    }
    expect(campaigns).toBeGreaterThan(20);
  });

  it('the threat to the regime ends with the war', () => {
    const resets = count((e) => e.cause === 'trigger:war-clock-reset' && e.detail === 'dprk_regime_threat');
    expect(resets).toBeGreaterThan(20);
    for (const events of runs) {
      for (const e of events.filter((x) => x.cause === 'trigger:war-clock-reset' && x.detail === 'dprk_regime_threat')) expect(e.to).toBe(0);
    }
  });

  it('after DPRK nuclear use, the US answer sets the threat to its maximum: the regime\'s end is the war aim', () => {
    const answers = runs.flatMap((events) => events.filter((e) => e.cause.startsWith('decision:USA/answer-nuclear-use:') && e.detail === 'dprk_regime_threat'));
    expect(answers.length).toBeGreaterThan(10);
    for (const e of answers) expect(e.to).toBe(1);
  });

  it('no arms, troops or Art. 4 forces go to Russia while the DPRK is at war, rebuilding after one, or after its nuclear use', () => {
    // dprk_postwar is set to 1 every week of a war and fades by postwar_restock a week after it,
    // unrecorded; shipments wait until it is below 0.5: at the nominal value, this many weeks.
    const restock = resolveParameters(scenario).postwar_restock!;
    const wait = Math.floor(Math.log(0.5) / Math.log(1 - restock));
    expect(wait).toBeGreaterThanOrEqual(8);
    let shipments = 0;
    let shippedAfterAWar = 0;
    let claims = 0;
    let claimedAfterAWar = 0;
    let wars = 0;
    for (const events of runs) {
      let warEnded = -Infinity;  // the last war week
      let nuclearUsed = false;
      walk(events, (e, rung) => {
        if (e.kind === 'armedAttack' && e.actor === 'PRK' && / uses nuclear weapons /.test(e.text)) nuclearUsed = true;
        if (e.detail === 'dprk_regime_threat' && e.cause === 'trigger:war-clock-reset') wars++;
        if (e.detail === 'dprk_postwar' && e.to === 1) warEnded = e.tick;
        // Nor does it claim Art. 4 for Russia's war then, to send forces (the Kursk pretext).
        if (e.kind === 'obligation' && e.cause === 'obligation:rus-prk-2024/art4-prk@PRK' && e.detail === 'invoked:pretext') {
          claims++;
          expect(e.tick - warEnded).toBeGreaterThanOrEqual(wait);
          expect(nuclearUsed).toBe(false);
          if (warEnded > -Infinity) claimedAfterAWar++;
        }
        if (e.kind !== 'signal' || (e.detail !== 'munitions_transfer' && e.detail !== 'troop_transfer')) return;
        shipments++;
        for (const pair of DPRK_WAR_PAIRS) expect(WAR.has(rung(...(pair.split('|') as [string, string])))).toBe(false);
        expect(e.tick - warEnded).toBeGreaterThanOrEqual(wait);
        expect(nuclearUsed).toBe(false);
        if (warEnded > -Infinity) shippedAfterAWar++;
      });
    }
    expect(wars).toBeGreaterThan(20);
    expect(shipments).toBeGreaterThan(0);
    expect(shippedAfterAWar).toBeGreaterThan(0);
    expect(claims).toBeGreaterThan(0);
    expect(claimedAfterAWar).toBeGreaterThan(0);
  });

  it('no diplomatic opening follows DPRK nuclear use', () => {
    for (const events of runs) {
      const firstUse = events.findIndex((e) => e.kind === 'armedAttack' && e.actor === 'PRK' && / uses nuclear weapons /.test(e.text));
      if (firstUse < 0) continue;
      expect(events.slice(firstUse).some((e) => e.cause === 'trigger:diplomatic-opening')).toBe(false);
    }
  });

  it('the regime falls only at its gates with no Chinese army in the war; its fall ends the war and the DPRK\'s own doings', () => {
    const DPRK_TRIGGERS = ['missile-launch-day', 'icbm-launch', 'nuclear-test', 'lethal-incident', 'exchange-of-fire', 'munitions-transfer', 'troop-reinforcement', 'diplomatic-opening', 'tempo-low', 'tempo-routine', 'tempo-campaign', 'dprk-offensive', 'show-of-force'];
    let falls = 0;
    for (const events of runs) {
      let fallen = -1;
      walk(events, (e, rung) => {
        if (e.kind === 'signal' && e.detail === 'regime_collapse') {
          falls++;
          fallen = e.tick;
          expect(WAR.has(rung('PRK', 'ROK'))).toBe(true);
          expect(WAR.has(rung('CHN', 'ROK')) || WAR.has(rung('CHN', 'USA'))).toBe(false);
        }
        if (fallen >= 0 && e.tick > fallen) {
          expect(DPRK_TRIGGERS.map((t) => `trigger:${t}`)).not.toContain(e.cause);
          if (e.kind === 'armedAttack') expect(e.actor === 'PRK' || e.target === 'PRK').toBe(false);
          if (e.kind === 'obligation') expect(e.actor).not.toBe('PRK');
        }
      });
      if (fallen >= 0) {
        const after = events.filter((e) => e.tick === fallen && e.kind === 'ceasefire');
        expect(after.some((e) => pairKey(e.actor!, e.target!) === 'PRK|ROK')).toBe(true);
      }
    }
    expect(falls).toBeGreaterThan(3);
  });

  it('an armistice comes only once China has fought long enough for talks, its front short of China\'s red line, and ends the whole war', () => {
    const nominal = resolveParameters(scenario);
    const redLine = nominal.china_red_line!;
    const talksAfter = nominal.armistice_talks_after!;
    const fade = 1 - nominal.regime_threat_recovery!;
    let armistices = 0;
    for (const events of armisticeRuns) {
      // The threat as recorded before the armistice's tick; its weekly fade is not recorded, so
      // the value the condition read is at least the recorded one faded once a week since.
      let threat = 0; let threatTick = 0; let threatThisTick = -1; let tick = -1;
      // China's years at war as they stood at the start of the armistice's tick (the clock of that
      // tick may run before it, so its own record is a week more).
      let chinaYears = 0; let chinaThisTick = -1;
      walk(events, (e, rung) => {
        if (e.tick !== tick) {
          if (tick >= 0 && threatThisTick >= 0) { threat = threatThisTick; threatTick = tick; }
          if (chinaThisTick >= 0) chinaYears = chinaThisTick;
          tick = e.tick; threatThisTick = -1; chinaThisTick = -1;
        }
        if (e.kind === 'variable' && e.detail === 'dprk_regime_threat') threatThisTick = e.to as number;
        if (e.kind === 'variable' && e.detail === 'china_war_duration') chinaThisTick = e.to as number;
        if (e.kind !== 'signal' || e.detail !== 'armistice') return;
        armistices++;
        expect(WAR.has(rung('PRK', 'ROK'))).toBe(true);
        expect(WAR.has(rung('CHN', 'ROK')) || WAR.has(rung('CHN', 'USA'))).toBe(true);
        expect(chinaYears).toBeGreaterThanOrEqual(talksAfter - 1e-9);
        expect(threat * fade ** (e.tick - threatTick)).toBeLessThan(redLine);
        const ended = new Set(events.filter((x) => x.tick === e.tick && x.kind === 'ceasefire').map((x) => pairKey(x.actor!, x.target!)));
        for (const pair of ['PRK|ROK', 'CHN|ROK', 'CHN|USA']) if (WAR.has(rung(...(pair.split('|') as [string, string])))) expect(ended).toContain(pair);
      });
    }
    expect(armistices).toBe(armisticeRuns.length);
    expect(armistices).toBeGreaterThan(5);
  });

  it('China\'s campaigns come at least four weeks apart (a campaign takes a month to mount)', () => {
    let gaps = 0;
    for (const events of runs) {
      const ticks = events.filter((e) => e.kind === 'signal' && e.detail === 'chinese_campaign').map((e) => e.tick);
      for (let i = 1; i < ticks.length; i++) { gaps++; expect(ticks[i]! - ticks[i - 1]!).toBeGreaterThanOrEqual(4); }
    }
    expect(gaps).toBeGreaterThan(20);
  });

  it('a DPRK offensive into the South meets US forces too: the US is at war from the first one', () => {
    let offensives = 0;
    for (const events of runs) {
      const attacks = events.filter((e) => e.kind === 'armedAttack' && e.cause === 'trigger:dprk-offensive');
      const ticks = new Set(attacks.map((e) => e.tick));
      for (const t of ticks) {
        offensives++;
        const at = attacks.filter((e) => e.tick === t).map((e) => e.target);
        expect(at).toContain('ROK');
        expect(at).toContain('USA');
      }
      // Each attack on US forces leaves the US at war with the DPRK (the rung it records).
      for (const e of attacks.filter((a) => a.target === 'USA')) expect(String(e.to)).toMatch(/^(war|nuclear)$/);
    }
    expect(offensives).toBeGreaterThan(100);
  });

  it('while China or Russia fights the allies, the Council\'s ceasefire drafts are the great-power ones, and the US mostly vetoes them', () => {
    const GREAT = ['CHN', 'RUS'], ALLIES = ['ROK', 'USA'];
    let great = 0, usNo = 0;
    for (const events of [...runs, ...armisticeRuns]) {
      walk(events, (e, rung) => {
        if (e.kind !== 'draft' || e.detail !== 'ceasefire') return;
        const fighting = GREAT.some((g) => ALLIES.some((a) => WAR.has(rung(g, a))));
        expect(e.cause).toBe(fighting ? 'trigger:ceasefire-draft-great-power-war' : 'trigger:ceasefire-draft');
        if (!fighting) return;
        const vote = events.find((x) => x.kind === 'draftResult' && x.parent === e.seq);
        if (!vote || vote.votes === undefined) return;     // withdrawn before a vote
        great++;
        if (/\bUSA:no\b/.test(String(vote.votes))) usNo++;
      });
    }
    expect(great).toBeGreaterThan(50);
    // vote_usa_ceasefire_gp_no against _yes: 0.75 on average; in a war the DPRK fights alone 0.1.
    expect(usNo / great).toBeGreaterThan(0.5);
  });

  it('once talks can open the war turns positional: offensives and campaigns at a fraction of their mobile tempo, and Russia seldom enters beside a Chinese army', () => {
    // The same 600 invasions with the stalemate and China's presence at their nominal values and
    // at 0: the offensives fought from the week talks can first open (China at war
    // armistice_talks_after years), and Russia's entries after China's.
    const nominal = resolveParameters(scenario);
    const talksAfterWeeks = Math.ceil(nominal.armistice_talks_after! / 0.0192);
    const OFFENSIVES = new Set(['trigger:dprk-offensive', 'trigger:allied-offensive', 'trigger:allied-offensive-stalemate', 'trigger:chinese-campaign']);
    const tally = (overrides: Record<string, number>): { late: number; weeks: number; russiaAfterChina: number } => {
      const sim = new Simulator(compile(scenario, resolveParameters(scenario, overrides)));
      const m = sim.model;
      const [CHN, RUS, ROK, USA] = ['CHN', 'RUS', 'ROK', 'USA'].map((id) => m.actorIndex.get(id)!);
      let late = 0, weeks = 0, russiaAfterChina = 0;
      for (let k = 0; k < 600; k++) {
        const events = sim.run(masterSeedOf(20261206), k, { situation: 'dprk-invasion' }).events;
        const entry = (actor: number) => events.find((e) => e.actor === actor && (e.target === ROK || e.target === USA) && e.kind === 'armedAttack')?.tick;
        const china = entry(CHN);
        if (china === undefined) continue;
        const from = china + talksAfterWeeks;
        const end = events.find((e) => e.tick > from && e.kind === 'signal' && e.detail === 'armistice')?.tick ?? m.clock.horizon;
        weeks += Math.max(0, end - from);
        late += new Set(events.filter((e) => OFFENSIVES.has(e.cause) && e.tick >= from && e.tick < end).map((e) => `${e.cause}@${e.tick}`)).size;
        const russia = entry(RUS);
        if (russia !== undefined && russia > china) russiaAfterChina++;
      }
      return { late, weeks, russiaAfterChina };
    };
    const positional = tally({});
    const mobile = tally({ stalemate_shift: 0, russia_china_fights_coef: 0 });
    expect(positional.weeks).toBeGreaterThan(5000);
    // Weekly tempo after talks could open: at the mode a fifth (the front may still cross the red
    // line, which restores the mobile tempo).
    expect(positional.late / positional.weeks).toBeLessThan(0.6 * (mobile.late / mobile.weeks));
    expect(positional.russiaAfterChina).toBeLessThan(0.6 * mobile.russiaAfterChina);
  });
});
