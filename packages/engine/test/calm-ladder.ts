/**
 * The default rungs with every de-escalation hazard at zero, for tests whose fates must not depend
 * on a relation stepping down by chance between an event and its answer (the conformance suite's
 * `CALM_LADDER`, for the engine's own tests).
 */
export const CALM_LADDER = `ladder:
  crisis: crisis
  rungs:
    - { id: peace }
    - { id: tension }
    - { id: crisis, intensity: 3 }
    - { id: clash, intensity: 4, deescalation: { per: year, value: 0 } }
    - { id: war, intensity: 5, war: true, deescalation: { per: year, value: 0 } }
    - { id: nuclear, war: true, nuclear: true, deescalation: { per: year, value: 0 } }
  responses: { diplomatic: tension, materiel: crisis, forces: war, war: war }`;
