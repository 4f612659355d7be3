/**
 * The treaty the engine's clause tests share: X bound toward B, in force long before the runs. A
 * test writes its own obligations under it (`${XB_TREATY}\n      - { id: duty, … }`).
 */
export const XB_TREATY = `pacts:
  - id: xb
    name: X–B treaty
    parties: [X, B]
    inForce: 2000-01-01
    obligations:`;
