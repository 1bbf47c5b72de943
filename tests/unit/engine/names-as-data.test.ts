/**
 * Names are data: an instance may be called anything the name grammar allows, including the
 * names of Object.prototype's members. None of them may reach a prototype: each boots, is
 * reported, survives a seek back, and leaves the others alone.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario, scenarioToYaml } from '../../../sim-core/scenario/index';
import { createRun, finishRun, getReport, runAdvance, runSeek, getView } from '../../../sim-core/index';

const NAMES = Object.getOwnPropertyNames(Object.prototype);
// Two of them are VMs, with containers named after two more inside them.
const VMS = ['constructor', '__proto__'];
const IN_VM = new Map([['toString', '__proto__'], ['valueOf', 'constructor']]);

function yaml(extra = ''): string {
  const lines = ['version: 1', 'name: prototype names', 'host: { cpus: 8, memory: 64GiB, disk: 1TiB }', 'instances:'];
  for (const name of NAMES) {
    if (VMS.includes(name)) {
      lines.push(`  - { name: "${name}", kind: vm, profile: firecracker, os: ubuntu-22.04, cpus: 1, memory: 2GiB, apps: [nginx]${extra} }`);
    } else {
      const vm = IN_VM.get(name);
      const inVm = vm ? `, in: "${vm}"` : '';
      lines.push(`  - { name: "${name}", kind: container, image: nginx:1.27${inVm}${extra} }`);
    }
  }
  lines.push('events:');
  for (const name of NAMES) lines.push(`  - { at: 0s, start: "${name}" }`);
  lines.push('until: 3m');
  return lines.join('\n') + '\n';
}

function parsed(text = yaml()) {
  const result = parseScenario(text, 'prototype-names.yaml', catalogueNames(CATALOGUE));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

describe('names that are Object.prototype members', () => {
  it('parse as ordinary names', () => {
    expect(parsed().instances.map((i) => i.name)).toEqual(NAMES);
  });

  it('all boot to ready and the report lists each of them', () => {
    const run = createRun(parsed(), CATALOGUE);
    finishRun(run);
    const report = getReport(run.sim);
    expect(report.instances.map((i) => i.name)).toEqual(NAMES);
    for (const inst of report.instances) {
      expect({ name: inst.name, state: inst.state }).toEqual({ name: inst.name, state: 'running' });
      expect(inst.readyMs).toBeGreaterThan(0);
    }
    expect(report.instances.find((i) => i.name === 'toString')!.in).toBe('__proto__');
  });

  it('seeking back and forth lands where playing straight does', () => {
    const straight = createRun(parsed(), CATALOGUE);
    runAdvance(straight, 170_000);
    const run = createRun(parsed(), CATALOGUE);
    runAdvance(run, 180_000);
    runSeek(run, 2_000);
    const early = getView(run.sim).instances;
    expect(early.map((i) => i.name)).toEqual(NAMES);
    expect(early.filter((i) => i.state === 'running').map((i) => i.name)).not.toEqual(NAMES);
    runSeek(run, 170_000);
    expect(getView(run.sim)).toEqual(getView(straight.sim));
    expect(getView(run.sim).instances.every((i) => i.state === 'running')).toBe(true);
  });

  it('keep their own extra fields through a save and a load', () => {
    const scenario = parsed(yaml(', position: { x: 1, y: 2 }'));
    // The page hands the scenario to its worker as a structured clone.
    const again = parsed(scenarioToYaml(structuredClone(scenario)));
    expect(again.instances.map((i) => i.name)).toEqual(NAMES);
    expect(scenarioToYaml(again)).toBe(scenarioToYaml(scenario));
    const saved = scenarioToYaml(again);
    expect(saved.match(/position:/g)).toHaveLength(NAMES.length);
  });
});
