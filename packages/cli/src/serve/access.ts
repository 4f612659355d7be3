import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Team } from './teams.js';

/** Who a join code admits. */
export type Role = { readonly kind: 'facilitator' } | { readonly kind: 'wall' } | { readonly kind: 'team'; readonly team: string };

/** The join codes of a seminar: one for the facilitator, one for the wall display, one per team. */
export interface JoinCodes {
  readonly facilitator: string;
  readonly wall: string;
  readonly teams: Readonly<Record<string, string>>;
}

/**
 * A fresh join code: 12 characters of an alphabet without look-alikes (no 0/O, 1/l/I), drawn from
 * the operating system's random source — about 60 bits, typed from a projector if the QR code fails.
 */
export function newCode(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(12);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Codes for a seminar: those already saved are kept (clients stay joined across a restart); missing ones are drawn. */
export function joinCodes(teams: readonly Team[], saved: Partial<JoinCodes> | undefined): JoinCodes {
  const teamCodes: Record<string, string> = {};
  for (const t of teams) teamCodes[t.name] = saved?.teams?.[t.name] ?? newCode();
  return { facilitator: saved?.facilitator ?? newCode(), wall: saved?.wall ?? newCode(), teams: teamCodes };
}

/** The role a presented code admits, compared in constant time; undefined for anything else. */
export function roleOf(codes: JoinCodes, presented: string | undefined): Role | undefined {
  if (presented === undefined || presented === '') return undefined;
  if (same(codes.facilitator, presented)) return { kind: 'facilitator' };
  if (same(codes.wall, presented)) return { kind: 'wall' };
  for (const [team, code] of Object.entries(codes.teams)) if (same(code, presented)) return { kind: 'team', team };
  return undefined;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
