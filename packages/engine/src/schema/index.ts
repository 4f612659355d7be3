export * from './primitives.js';
export * from './refs.js';
export * from './condition.js';
export * from './weight.js';
export * from './effect.js';
export * from './parameter.js';
export * from './membership.js';
export * from './scenario.js';
