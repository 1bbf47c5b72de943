/**
 * `healthcheck:` and `dependsOn:` on a container (docs/scenario-format.md, added in version 1):
 * read as Compose writes them, refused in moby's and Compose's words, kept through a save.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario, scenarioToYaml } from '../../../sim-core/scenario/index';

const names = catalogueNames(CATALOGUE);
const file = (db: string, web = '') => `version: 1\nname: t\ninstances:\n  - name: db\n    kind: container\n    image: "postgres:18-alpine"\n${db.replace(/^/gm, '    ')}\n  - name: web\n    kind: container\n    image: "nginx:1.27"\n${web.replace(/^/gm, '    ')}\n`;
const parse = (db: string, web = '') => parseScenario(file(db, web), 't.yaml', names);
const errors = (db: string, web = '') => {
  const r = parse(db, web);
  return r.ok ? [] : r.errors;
};

describe('healthcheck and dependsOn in a scenario file', () => {
  it('read as Compose writes them: a string test runs in the shell, durations as elsewhere, a bare name waits for the start', () => {
    const r = parse('healthcheck: { test: "pg_isready -U postgres", interval: 10s, timeout: 5s, retries: 5, startPeriod: 1m, startInterval: 2s }', 'dependsOn: [db, { name: db, condition: healthy, required: false }]');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.instances[0]).toMatchObject({ healthcheck: { test: ['CMD-SHELL', 'pg_isready -U postgres'], intervalMs: 10_000, timeoutMs: 5_000, retries: 5, startPeriodMs: 60_000, startIntervalMs: 2_000 } });
    expect(r.scenario.instances[1]).toMatchObject({ dependsOn: [{ name: 'db', condition: 'started' }, { name: 'db', condition: 'healthy', required: false }] });
  });

  it('kept through a save and read back the same', () => {
    const r = parse('healthcheck: { test: [CMD, pg_isready], interval: 1500ms, retries: 2 }', 'dependsOn: [{ name: db, condition: completed }]');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const yaml = scenarioToYaml(r.scenario);
    expect(yaml).toContain('healthcheck:');
    const again = parseScenario(yaml, 'again.yaml', names);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.scenario.instances).toEqual(r.scenario.instances);
    const none = parse('healthcheck: { disable: true }');
    if (!none.ok) throw new Error(none.errors.join('\n'));
    expect(none.scenario.instances[0]).toMatchObject({ healthcheck: { test: ['NONE'] } });
    expect(scenarioToYaml(none.scenario)).toContain('disable: true');
  });

  it("refused in moby's and Compose's words", () => {
    expect(errors('healthcheck: { test: [CMD-SHELL, "true"], retries: -1 }')).toEqual(['t.yaml: instances[0].healthcheck: Retries in Healthcheck cannot be negative']);
    expect(errors('healthcheck: { test: [RUN, x] }')[0]).toContain('expected a test starting with CMD, CMD-SHELL or NONE');
    expect(errors('healthcheck: { interval: 5s }')[0]).toContain('a healthcheck needs a test');
    expect(errors('healthcheck: { test: [CMD-SHELL, "true"], interval: soon }')[0]).toContain('interval: expected a duration such as 10s or 1m30s, got "soon"');
    expect(errors('healthcheck: { test: [CMD-SHELL, "true"], disable: true }')[0]).toContain("healthcheck.disable and healthcheck.test can't be set at the same time");
    expect(errors('', 'dependsOn: [{ name: db, condition: service_healthy }]')[0]).toContain('expected a condition: started, healthy, completed');
    expect(errors('', 'dependsOn: [dbb]')).toEqual(['t.yaml: instances[1].dependsOn[0]: unknown container "dbb" (did you mean db?); valid: db']);
    expect(errors('dependsOn: [web]', 'dependsOn: [db]')[0]).toContain('dependency cycle detected: db -> web -> db');
  });
});
