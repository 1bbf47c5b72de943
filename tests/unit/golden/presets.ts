import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario } from '../../../sim-core/scenario/index';
import { createSimulation, runToEnd, getReport, getLog } from '../../../sim-core/index';
import type { Report, InstanceReport, Scenario, LogEntry } from '../../../sim-core/index';

export const SCENARIO_DIR = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

export function presetIds(): string[] {
  return readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
}

export function loadPreset(id: string): Scenario {
  const file = `${id}.yaml`;
  const parsed = parseScenario(readFileSync(join(SCENARIO_DIR, file), 'utf8'), file, catalogueNames(CATALOGUE));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

export interface PresetRun {
  scenario: Scenario;
  report: Report;
  log: readonly LogEntry[];
  i: (name: string) => InstanceReport;
}

export function runPreset(id: string): PresetRun {
  const scenario = loadPreset(id);
  const sim = createSimulation(scenario, CATALOGUE);
  runToEnd(sim);
  const report = getReport(sim);
  return {
    scenario,
    report,
    log: getLog(sim),
    i: (name) => {
      const found = report.instances.find((x) => x.name === name);
      if (!found) throw new Error(`no instance ${name} in ${id}`);
      return found;
    },
  };
}
