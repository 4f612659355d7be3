import { ServeError } from './errors.js';

/** A team of the seminar: a name people recognise and the actors whose decisions it takes. */
export interface Team {
  readonly name: string;
  readonly actors: readonly string[];
}

const TEAM_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

export type TeamsParse = { ok: true; teams: Team[] } | { ok: false; message: string };

/**
 * Reads `--team NAME=A,B` options (repeatable) into teams; without any, one team per played actor
 * (named after the actor). Every actor must be the scenario's, and no actor may belong to two
 * teams (then "who answers for it" would be ambiguous).
 */
export function parseTeams(specs: readonly string[], played: readonly string[], scenarioActors: readonly string[]): TeamsParse {
  if (specs.length === 0) return { ok: true, teams: played.map((a) => ({ name: a, actors: [a] })) };
  const teams: Team[] = [];
  const owner = new Map<string, string>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? '' : spec.slice(0, eq).trim();
    if (eq < 0 || !TEAM_NAME.test(name)) return { ok: false, message: `--team expects NAME=ACTOR[,ACTOR…] with a name of letters, digits, _ and - (e.g. --team seoul=ROK), got "${spec}"` };
    if (teams.some((t) => t.name.toLowerCase() === name.toLowerCase())) return { ok: false, message: `two teams are named "${name}"` };
    const actors = spec.slice(eq + 1).split(',').map((a) => a.trim()).filter((a) => a !== '');
    if (actors.length === 0) return { ok: false, message: `--team ${name}= names no actor; e.g. --team ${name}=${scenarioActors[0] ?? 'A'}` };
    for (const a of actors) {
      if (!scenarioActors.includes(a)) return { ok: false, message: `--team ${name}: unknown actor "${a}"; the scenario has ${scenarioActors.join(', ')}` };
      const other = owner.get(a);
      if (other !== undefined) return { ok: false, message: `actor ${a} is in two teams (${other} and ${name}); give each actor to one team` };
      owner.set(a, name);
    }
    teams.push({ name, actors: [...new Set(actors)] });
  }
  return { ok: true, teams };
}

/** The team that plays `actor`, if any. */
export function teamOf(teams: readonly Team[], actor: string): Team | undefined {
  return teams.find((t) => t.actors.includes(actor));
}

/** Throws E_BAD_REQUEST unless the teams play exactly the session's played actors. */
export function checkTeamsCover(teams: readonly Team[], played: readonly string[]): void {
  const inTeams = teams.flatMap((t) => t.actors).sort();
  const sorted = [...played].sort();
  if (inTeams.join(',') !== sorted.join(',')) {
    throw new ServeError('E_BAD_REQUEST', `the teams play ${inTeams.join(', ') || 'no actor'} but the session plays ${sorted.join(', ') || 'no actor'}; give every played actor to exactly one team`);
  }
}
