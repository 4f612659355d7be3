import { partyIds } from '../../model/parties.js';
import type { Rule } from './context.js';
import { walkLogic } from './walk.js';

/**
 * Denunciation (format 1.6) as the law of treaties allows it (`E_DENUNCIATION`):
 *
 * - a `denounce` effect names a pact with a `denunciation` clause. A treaty "which contains no
 *   provision regarding its termination and which does not provide for denunciation or withdrawal
 *   is not subject to denunciation or withdrawal unless" the parties intended to admit it or a
 *   right of it "may be implied by the nature of the treaty" (Vienna Convention on the Law of
 *   Treaties, Art. 56(1)): so a pact without the clause is refused, and an author who holds such
 *   a right writes it, `implied: true`;
 * - an implied right takes "not less than twelve months' notice" (Art. 56(2)): `noticeMonths` of
 *   at least 12;
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
