import { formatIssue, loadScenario } from '@casus/engine';
import { resolveScenario, scenarioResolver } from '@casus/scenarios';

const found = resolveScenario('korea-2024-no-treaty')!;       // a variant: `extends: korea-2024`
const loaded = loadScenario(found.text, { filename: 'korea-2024-no-treaty.yaml', resolve: scenarioResolver() });
if (!loaded.ok) {
  for (const issue of loaded.issues) console.error(formatIssue(issue));
  process.exit(1);
}
console.log(loaded.scenario.id, Object.keys(loaded.scenario.outcomes).length, 'outcomes');

const broken = loadScenario('id: x\ntitle: [unclosed', { filename: 'x.yaml' });
if (!broken.ok) console.log(formatIssue(broken.issues[0]!));   // x.yaml:2:17 Flow sequence … [E_YAML]
