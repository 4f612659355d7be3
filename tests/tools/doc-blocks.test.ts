// Invariant: every fenced block of a document is classified — commands, an output, an excerpt, a
// transcript, a file copy, not run (with its reason) or another language — and a shell block with
// none of these is reported as unclassified, never skipped.
import { describe, expect, it } from 'vitest';
import { docBlocks, formatTranscript, hasExcerpt, shellCommands, stepsOf, transcriptSteps } from './doc-blocks.js';

const DOC = [
  'Example (`casus list`):', '', '```', 'tutorial  Two states', '```', '',
  '```bash', '# set up', 'npx pnpm install && casus list   # then list', 'casus run tutorial \\', '  --seed 2', '```', '',
  'A marker quoted in the text, `<!-- doc-test: … -->`, is not one.', '',
  '<!-- doc-test: synopsis -->', '```', 'casus run FILE [--seed S]', '```', '',
  '<!-- doc-test: not run: needs a cluster -->', '```bash', 'sbatch x.sh', '```', '',
  '<!-- doc-test: excerpt of casus run tutorial --seed 5 -->', '```', 'tick 36 · 2025-09-15', '```', '',
  '<!-- doc-test: transcript -->', '```', '$ mkdir -p runs', '$ casus report runs/r.json', 'casus: wrote /home/me/runs/report.html', '```', '',
  '<!-- doc-test: fresh clone only: the whole suite -->', '```bash', 'pnpm test', '```', '',
  '````markdown', '```', 'inner', '```', '````', '',
  '```yaml', 'a: 1', '```', '',
  '```', 'casus forgotten', '```',
].join('\n');

describe('doc blocks', () => {
  const blocks = docBlocks(DOC);

  it('classifies each block by what precedes it', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['output', 'commands', 'not-run', 'not-run', 'excerpt', 'transcript', 'commands', 'other-language', 'other-language', 'unclassified']);
    expect(blocks[0]).toMatchObject({ command: 'casus list', shown: 'tutorial  Two states' });
    expect(blocks[3]).toMatchObject({ reason: 'needs a cluster' });
    expect(blocks[4]).toMatchObject({ command: 'casus run tutorial --seed 5', shown: 'tick 36 · 2025-09-15' });
    expect(blocks[9]).toMatchObject({ kind: 'unclassified', line: DOC.split('\n').indexOf('casus forgotten') });
  });

  it('splits a shell block into commands: comments kept on a command line, continuations joined', () => {
    expect(shellCommands('# set up\nnpx pnpm install && casus list   # then list\ncasus run tutorial \\\n  --seed 2\n\n')).toEqual([
      'npx pnpm install && casus list   # then list',
      'casus run tutorial \\\n  --seed 2',
    ]);
  });

  it('reads a transcript as commands with their output, and writes it back alike', () => {
    const text = '$ mkdir -p runs\n$ casus report runs/r.json\ncasus: wrote /home/me/runs/report.html';
    const steps = transcriptSteps(text);
    expect(steps).toEqual([{ command: 'mkdir -p runs', shown: '' }, { command: 'casus report runs/r.json', shown: 'casus: wrote /home/me/runs/report.html' }]);
    expect(formatTranscript(steps)).toBe(text);
  });

  it('runs the fresh-clone-only commands only in a fresh clone', () => {
    const inSuite = stepsOf('X.md', blocks, 'working-tree').map((s) => s.command);
    const inClone = stepsOf('X.md', blocks, 'fresh-clone').map((s) => s.command);
    expect(inSuite).not.toContain('pnpm test');
    expect(inClone).toContain('pnpm test');
    expect(inSuite).not.toContain('sbatch x.sh');
  });

  it('finds an excerpt only as whole, consecutive lines', () => {
    expect(hasExcerpt('a\nb\nc', 'b\nc')).toBe(true);
    expect(hasExcerpt('a\nb\nc', 'a\nc')).toBe(false);
    expect(hasExcerpt('a\nbb\nc', 'b')).toBe(false);
  });
});
