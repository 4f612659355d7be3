import type { RegisterCommand } from '../context.js';
import type { PlayOptions } from '../play/command.js';
import { addRunIdentityOptions, DEFAULT_SEED } from '../run-request.js';

/**
 * `casus play FILE --as A[,B] [--seed S] [--run K] [--situation NAME] [--set name=value …]
 * [--session FILE.json] [--transcript FILE.md]`: a turn-by-turn session in which people take the
 * decisions of the played actors, ask the odds from the current state, inject events and change
 * judgments. With --session, an existing session file is resumed and the session is saved on quit.
 * Exit 0 when the session ends; 1 invalid scenario; 2 bad options or an unusable session file.
 */
export const registerPlay: RegisterCommand = (program, { io }) => {
  const command = program
    .command('play')
    .description('play a scenario turn by turn, taking the decisions of some actors; ask the odds from here')
    .addHelpText('after', '\nExit codes: 0 the session ended (quit, Ctrl-C or Ctrl-D); 1 invalid scenario; 2 bad command line or unusable session file. See docs/errors.md.\n')
    .argument('<file>', 'scenario file (YAML or JSON) or bundled scenario id');
  addRunIdentityOptions(command, 'reference')
    .option('--as <actors>', 'the actors people play, comma-separated (e.g. --as USA,ROK); none: observe')
    .option('--session <file>', 'session file: resumed when it exists, saved on quit')
    .option('--transcript <file>', 'append a Markdown transcript of the session to FILE as it goes')
    .addHelpText('after', `
At the prompt: Enter or next (one tick), run N, an option number or id to answer a decision,
odds [N], inject EFFECT, set name=value, status, log, undo, fork NAME, branches, switch NAME,
save FILE, load FILE, help, quit. See docs/seminar.md for a facilitator's guide.
Default seed: ${DEFAULT_SEED}; the reference engine steps the run unless --engine batch is given.
`)
    .action(async (file: string, opts: PlayOptions) => {
      const { playCommand } = await import('../play/command.js');
      await playCommand(file, opts, (key) => command.getOptionValueSource(key), io);
    });
};
