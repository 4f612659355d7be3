import { partyIds } from '../../model/parties.js';
import type { Rule } from './context.js';
import { walkLogic } from './walk.js';

/**
 * Denunciation (format 1.6, 1.7) as the law of treaties allows it (`E_DENUNCIATION`):
 *
 * - a `denounce` effect names a pact with a `denunciation` clause. A treaty "which contains no
 *   provision regarding its termination and which does not provide for denunciation or withdrawal
 *   is not subject to denunciation or withdrawal unless" the parties intended to admit it or a
 *   right of it "may be implied by the nature of the treaty" (Vienna Convention on the Law of
 *   Treaties, Art. 56(1)): so a pact without the clause is refused, and an author who holds such
 *   a right writes it, `implied: true`;
 * - an implied right takes "not less than twelve months' notice" (Art. 56(2)): `noticeMonths` of
 *   at least 12;
 * - (1.7) a `term` is a provision regarding termination, so it cannot go with `implied: true`
 *   (Art. 56(1) concerns only treaties without one); and a term's first end is already the
 *   earliest exit, so `afterYearsBars: exit` beside it would be a second, contradicting minimum
 *   (write the minimum as `term.years`);
 * - the party giving notice, when written as an actor id, is a party to the pact at some time
 *   (`E_NOT_PARTY`). A role (`$self`…) is read in the run: a non-party's notice does nothing.
 */
export const denunciation: Rule = {
  name: 'denunciation',
  check(s, ctx) {
    s.pacts.forEach((p, i) => {
      const d = p.denunciation;
      if (d !== undefined && d.implied && d.noticeMonths < 12) {
        ctx.report({
          code: 'E_DENUNCIATION', path: ['pacts', i, 'denunciation', 'noticeMonths'], received: String(d.noticeMonths), expected: 'at least 12 when implied: true',
          message: `an implied right of denunciation of "${p.id}" takes at least twelve months' notice (Vienna Convention Art. 56(2)), not ${d.noticeMonths}`,
        });
      }
      if (d?.term !== undefined && d.implied) {
        ctx.report({
          code: 'E_DENUNCIATION', path: ['pacts', i, 'denunciation', 'implied'], received: 'true', expected: 'false (or no term)',
          message: `"${p.id}" has a term, a provision regarding its termination, so its right of denunciation is written, not implied (Vienna Convention Art. 56(1) concerns treaties without one)`,
          hint: 'drop implied: true, or drop the term if the text has none',
        });
      }
      if (d?.term !== undefined && d.afterYearsBars === 'exit') {
        ctx.report({
          code: 'E_DENUNCIATION', path: ['pacts', i, 'denunciation', 'afterYearsBars'], received: '"exit"', expected: '"notice" (or no term)',
          message: `"${p.id}" has a term: the end of its first term is already the earliest day a party can leave, so a minimum period barring the exit contradicts it`,
          hint: `write the minimum as the first term (term: { years: ${d.afterYears || d.term.years}, renewalYears: ${d.term.renewalYears} }), or drop the term for a clause like the modified Brussels Treaty's Art. XII`,
        });
      }
    });
    const pacts = new Map(s.pacts.map((p) => [p.id, p] as const));
    walkLogic(s, {
      effect(e, path) {
        const d = e.denounce;
        if (d === undefined) return;
        const pact = pacts.get(d.pact);
        if (pact === undefined) return; // E_UNKNOWN_PACT
        if (pact.denunciation === undefined) {
          ctx.report({
            code: 'E_DENUNCIATION', path: [...path, 'denounce', 'pact'], received: JSON.stringify(d.pact), expected: 'a pact with a denunciation clause',
            message: `pact "${d.pact}" has no denunciation clause, so it cannot be denounced: a treaty without one is not subject to denunciation unless the parties intended it or its nature implies it (Vienna Convention Art. 56(1))`,
            hint: 'write the treaty\'s clause on the pact (denunciation: { noticeMonths: 12 }), or, if you hold a right of denunciation implied, denunciation: { noticeMonths: 12, implied: true }',
          });
        }
        if (d.revoke === true && d.effective !== undefined) {
          ctx.report({
            code: 'E_DENUNCIATION', path: [...path, 'denounce', 'effective'], received: JSON.stringify(d.effective), expected: 'no effective day on a revocation',
            message: 'a revocation withdraws a notice given earlier: it takes effect at once and names no day',
            hint: 'drop effective, or give a new notice (revoke: false) naming its day',
          });
        }
        if (!d.by.startsWith('$') && !partyIds(pact).includes(d.by)) {
          ctx.report({
            code: 'E_NOT_PARTY', path: [...path, 'denounce', 'by'], received: JSON.stringify(d.by), expected: `a party to "${d.pact}" (${partyIds(pact).join(', ')})`,
            message: `${d.by} is not a party to pact "${d.pact}", so it has nothing to denounce`,
          });
        }
      },
    });
  },
};
