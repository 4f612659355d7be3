import { readdirSync, readFileSync } from 'node:fs';

/** The fixture files under test/fixtures/, with the expectations their headers declare. */
const dir = (name: string) => new URL(`../fixtures/${name}/`, import.meta.url);

export interface InvalidFixture {
  name: string;
  text: string;
  code: string;
  line: number;
  column: number;
  /** schema: the JSON Schema rejects it too; semantic: only the loader's rules do; loader: YAML or safety. */
  level: 'schema' | 'semantic' | 'loader';
}

export function invalidFixtures(): InvalidFixture[] {
  return readdirSync(dir('invalid')).filter((f) => f.endsWith('.yaml')).sort().map((name) => {
    const text = readFileSync(new URL(name, dir('invalid')), 'utf8');
    const expect = /^# expect: (\w+) (\d+):(\d+)$/m.exec(text);
    const level = /^# level: (schema|semantic|loader)$/m.exec(text);
    if (expect === null || level === null) throw new Error(`${name}: missing "# expect:" or "# level:" header`);
    return { name, text, code: expect[1]!, line: Number(expect[2]), column: Number(expect[3]), level: level[1] as InvalidFixture['level'] };
  });
}

export function validFixtures(): { name: string; text: string }[] {
  return readdirSync(dir('valid')).filter((f) => f.endsWith('.yaml')).sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir('valid')), 'utf8') }));
}
