/**
 * The lint rules that hold the architecture, run as `npm run lint` runs them: each fixture
 * below breaks one rule (and is reported by it), the last ones are what the code may do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

// The first run loads the parser, the plugins and the resolver: slow on a busy machine.
beforeAll(() => eslint.lintText("import { useWorkspace } from '../store/context';\nexport const w = useWorkspace;\n", { filePath: 'src/components/Warmup.tsx' }), 120_000);

/** The rule ids reported for `code` as if it were the file at `filePath`. */
async function reported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layers: src/ points one way (views → actions → store → worker bridge → sim-core)', () => {
  it('a view may not import the worker', async () => {
    expect(await reported('src/components/Fixture.tsx', "import { WorkerDriver } from '../worker/driver';\nexport const x = WorkerDriver;\n"))
      .toContain('boundaries/dependencies');
    expect(await reported('src/inside/Fixture.tsx', "import type { Frame } from '../worker/protocol';\nexport type X = Frame;\n"))
      .toContain('boundaries/dependencies');
  });

  it('the store may not import a view, an action or strings', async () => {
    expect(await reported('src/store/fixture.ts', "import { Header } from '../components/Header';\nexport const x = Header;\n")).toContain('boundaries/dependencies');
    expect(await reported('src/files/fixture.ts', "import { ACTIONS } from '../actions/registry';\nexport const x = ACTIONS;\n")).toContain('boundaries/dependencies');
  });

  it('the worker may not import the store', async () => {
    expect(await reported('src/worker/fixture.ts', "import { createWorkspaceStore } from '../store/index';\nexport const x = createWorkspaceStore;\n"))
      .toContain('boundaries/dependencies');
  });

  it('an action may not import a view', async () => {
    expect(await reported('src/actions/fixture.ts', "import { Header } from '../components/Header';\nexport const x = Header;\n")).toContain('boundaries/dependencies');
  });

  it('src/ reaches the engine only through the package', async () => {
    expect(await reported('src/components/Fixture.tsx', "import { narrate } from '../../sim-core/index';\nexport const x = narrate;\n")).toContain('no-restricted-imports');
  });

  it('allows what the layers allow', async () => {
    const code = [
      "import { useWorkspace } from '../store/context';",
      "import { useAction } from '../actions/useActions';",
      "import { formatBytes } from '@utsuwa/sim-core/scenario';",
      'export const x = [useWorkspace, useAction, formatBytes];',
      '',
    ].join('\n');
    expect(await reported('src/components/Fixture.tsx', code)).toEqual([]);
    expect(await reported('src/store/fixture.ts', "import { WorkerDriver } from '../worker/driver';\nexport const x = WorkerDriver;\n")).toEqual([]);
  });
});

describe('sim-core', () => {
  it('the engine may not import the report', async () => {
    expect(await reported('sim-core/engine/fixture.ts', "import { buildReport } from '../report/report';\nexport const x = buildReport;\n")).toContain('no-restricted-imports');
    expect(await reported('sim-core/engine/fixture.ts', "import { narrate } from '../report/narrate';\nexport const x = narrate;\n")).toContain('no-restricted-imports');
    // Nor may what both read: the shared figures, the rules and the formatter.
    expect(await reported('sim-core/figures/fixture.ts', "import { getReport } from '../report/report';\nexport const x = getReport;\n")).toContain('no-restricted-imports');
    expect(await reported('sim-core/rules/fixture.ts', "import { formatReportText } from '../report/text';\nexport const x = formatReportText;\n")).toContain('no-restricted-imports');
    // The report reads the figures.
    expect(await reported('sim-core/report/fixture.ts', "import { hostDisk } from '../figures/index';\nexport const x = hostDisk;\n")).toEqual([]);
  });

  it('stays pure: no UI library, no wall clock', async () => {
    expect(await reported('sim-core/engine/fixture.ts', "import { produce } from 'immer';\nexport const x = produce;\n")).toContain('no-restricted-imports');
    expect(await reported('sim-core/cgroups/fixture.ts', 'export const now = Date.now();\n')).toContain('no-restricted-properties');
  });
});

describe('strings: no literal text in JSX', () => {
  it('reports words written into JSX', async () => {
    expect(await reported('src/components/Fixture.tsx', 'export function Fixture() {\n  return <p>Press play to start</p>;\n}\n')).toContain('i18next/no-literal-string');
    expect(await reported('src/classroom/Fixture.tsx', 'export function Fixture() {\n  return <p>再生してください</p>;\n}\n')).toContain('i18next/no-literal-string');
  });

  it('reports a tooltip or label a person reads or hears', async () => {
    expect(await reported('src/components/Fixture.tsx', 'export function Fixture() {\n  return <button type="button" title="Close the menu">x</button>;\n}\n')).toContain('no-restricted-syntax');
    expect(await reported('src/components/Fixture.tsx', 'export function Fixture() {\n  return <span aria-label="読み込み中">x</span>;\n}\n')).toContain('no-restricted-syntax');
  });

  it('allows product names, symbols and translated text', async () => {
    const code = [
      "import { useTranslation } from 'react-i18next';",
      'export function F() {',
      '  const { t } = useTranslation();',
      '  return <h1 title={t("app.title")}><span>Utsuwa</span> <span aria-hidden="true">器</span> <i>▾ ✓ × 0:00</i> {t("app.tagline")} Linux</h1>;',
      '}',
      '',
    ].join('\n');
    expect(await reported('src/components/Fixture.tsx', code)).toEqual([]);
  });
});
