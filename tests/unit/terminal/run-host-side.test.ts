/**
 * `--ulimit` and `--cidfile` as the docker run reference shows them (`docker run --ulimit nofile=1024:1024 --rm
 * debian sh -c "ulimit -n"` prints 1024), the defaults a container inherits, Compose's
 * `ulimits:`, and the scenario field that keeps them.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { importFile } from '../../../sim-core/import/index';
import { parseScenario, scenarioToYaml } from '../../../sim-core/scenario/index';
import { workspace } from './workspace';

describe('ulimit in a container', () => {
  it("prints what --ulimit set, soft and hard, and shows it in inspect; the reference's example prints 1024", async () => {
    const w = await workspace();
    expect(await w.type('docker run --ulimit nofile=1024:1024 --rm debian sh -c "ulimit -n"')).toBe('1024');
    await w.type('docker run -dit --name u1 --ulimit nofile=1024:2048 ubuntu');
    expect(await w.type('docker exec u1 bash -c "ulimit -Hn"')).toBe('2048');
    expect(await w.type('docker inspect -f "{{json .HostConfig.Ulimits}}" u1')).toBe('[{"Name":"nofile","Hard":2048,"Soft":1024}]');
  });

  it("without --ulimit a container inherits the daemon's 1048576 open files; the host's login shell has systemd's 1024", async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm ubuntu bash -c "ulimit -n; ulimit -u"')).toBe('1048576\nunlimited');
    expect(await w.type('ulimit -n')).toBe('1024');
    expect(await w.type('ulimit -Hn')).toBe('524288');
  });

  it("a soft limit above the hard one is refused in the CLI's words", async () => {
    const w = await workspace();
    expect(await w.type('docker run --ulimit nofile=20:10 --rm ubuntu true')).toContain('ulimit soft limit must be less than or equal to hard limit: 20 > 10');
  });
});

describe('ulimits in a scenario and in Compose', () => {
  it('the scenario keeps them as typed through a save, and refuses a bad one in docker\'s words', () => {
    const names = catalogueNames(CATALOGUE);
    const file = (limits: string) => `version: 1\nname: t\ninstances:\n  - name: web\n    kind: container\n    image: "nginx:1.27"\n    ulimits: ${limits}\n`;
    const r = parseScenario(file('["nofile=1024:2048", "nproc=512"]'), 't.yaml', names);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.instances[0]).toMatchObject({ ulimits: ['nofile=1024:2048', 'nproc=512'] });
    const again = parseScenario(scenarioToYaml(r.scenario), 't.yaml', names);
    expect(again.ok && again.scenario.instances[0]).toMatchObject({ ulimits: ['nofile=1024:2048', 'nproc=512'] });
    const bad = parseScenario(file('["files=10"]'), 't.yaml', names);
    expect(bad.ok ? [] : bad.errors.join('\n')).toContain('invalid ulimit type: files');
  });

  it("Compose's ulimits (a number, or soft and hard) reach ulimit inside", async () => {
    const r = importFile('services:\n  web:\n    image: nginx:1.27\n    ulimits:\n      nproc: 65535\n      nofile:\n        soft: 20000\n        hard: 40000\n', 'compose.yaml', CATALOGUE, { projectName: 'demo' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.notSimulated.join('\n')).not.toContain('ulimits');
    const w = await workspace(r.scenario);
    await w.wait(5_000);
    expect(await w.type('docker exec demo-web-1 bash -c "ulimit -n; ulimit -Hn; ulimit -u"')).toBe('20000\n40000\n65535');
  });
});

describe('docker run --cidfile (the run reference\'s example)', () => {
  it('writes the container ID into the host file; a second run with the same file is refused before anything is created', async () => {
    const w = await workspace();
    expect(await w.type('docker run --cidfile /tmp/docker_test.cid ubuntu echo "test"')).toBe('test');
    const id = await w.type('cat /tmp/docker_test.cid');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await w.type('docker ps -aq --no-trunc')).toBe(id);
    expect(await w.type('docker run --cidfile /tmp/docker_test.cid ubuntu echo "test"')).toBe("docker: container ID file found, make sure the other container isn't running or delete /tmp/docker_test.cid.\nSee 'docker run --help'.");
    expect(await w.type('echo $?')).toBe('125');
    expect((await w.type('docker ps -aq')).split('\n')).toHaveLength(1);
  });
});
