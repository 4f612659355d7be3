export { MACHINES, type MachineKind } from './definitions.js';
export { compileMachine, type MachineTable } from './table.js';
export { TABLES, TableHost, XStateHost, type MachineHost } from './host.js';
