/**
 * The first load opens a preset from its compiled form (scripts/compiled-presets.ts) and
 * draws its first frame before the worker answers: both must be exactly what the parser makes
 * of the file and what the worker answers for it, or the page would show one run and simulate
 * another.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS, fetchCompiledPreset, loadPreset } from '../../../src/files/presets';
import { readScenario } from '../../../src/files/scenario-io';
import { SimSession } from '../../../src/worker/session';
import { compilePreset, type Compiler } from '../../../scripts/compiled-presets';
import * as catalogue from '../../../sim-core/catalogue/index';
import * as scenario from '../../../sim-core/scenario/index';
import * as session from '../../../src/worker/session';
import * as excerpt from '../../../src/files/preset-catalogue';
import { CATALOGUE } from '../../../sim-core/catalogue/index';

describe('compiled presets', () => {
  it.each(PRESETS.map((p) => [p.id, p.fileName]))('%s: the scenario the parser reads and the frame the worker answers at 0 s', async (id, fileName) => {
    const compiled = await fetchCompiledPreset(id);
    const parsed = readScenario(readFileSync(join('scenarios', fileName), 'utf8'), fileName);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(compiled!.scenario).toStrictEqual(parsed.scenario);
    const frame = new SimSession().handle({ type: 'load', scenario: structuredClone(parsed.scenario), actions: [], atMs: 0 });
    expect(compiled!.frame).toStrictEqual(frame);
    // The pickers and a later open read the same scenario the first load opened.
    expect(loadPreset(id)).toStrictEqual(parsed.scenario);
    // The first board, drawn before the catalogue arrives, reads what the catalogue says.
    for (const spec of parsed.scenario.instances) {
      if (spec.kind === 'vm') expect(compiled!.catalogue.vmProfiles[spec.profile]?.label).toBe(CATALOGUE.vmProfiles[spec.profile]!.label);
      else {
        expect(compiled!.catalogue.images[spec.image]?.app).toBe(CATALOGUE.images[spec.image]!.app);
        expect(compiled!.catalogue.runtimes[spec.runtime]?.label).toBe(CATALOGUE.runtimes[spec.runtime]!.label);
      }
    }
    expect(compiled!.catalogue.host.linuxKernelVersion).toBe(CATALOGUE.host.linuxKernelVersion);
  });

  it('answers null for a name that is no preset, and the build refuses a preset that does not validate', async () => {
    expect(await fetchCompiledPreset('no-such-preset')).toBeNull();
    const compiler: Compiler = { catalogue, scenario, session, excerpt };
    expect(() => compilePreset(compiler, 'version: 1\nname: broken\ninstances:\n  - { name: a, kind: container, memory: lots }\n', 'broken.yaml'))
      .toThrow(/broken\.yaml does not validate/);
  });
});
