export { runCli, type CliIo } from './main.js';
export { EXIT } from './io.js';
export { CliError, type CommandContext, type RegisterCommand } from './context.js';
