/**
 * `--format`, `--filter` and friends, with lines from Docker's CLI reference
 * (https://docs.docker.com/reference/cli/docker/container/ls/, .../container/stats/) and the
 * shapes they print there.
 */
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../sim-core/docker/go-template';
import { containerIdOf } from '../../../sim-core/index';
import { workspace } from './workspace';

const REF = 'https://docs.docker.com/reference/cli/docker';
const id12 = (n: string) => containerIdOf(n).slice(0, 12);

describe('Go templates as the docker CLI runs them', () => {
  const t = (src: string, dot: unknown) => compileTemplate(src, { typeName: '*formatter.ContainerContext' })(dot as never);
  it('fields, nested fields, range over a map, index, json, join, if/else, trim markers', () => {
    const dot = { Names: 'web', NetworkSettings: { Networks: new Map([['bridge', { IPAddress: '172.17.0.2' }]]) }, Config: { Labels: new Map([['a', '1']]), Env: ['A=1', 'B=2'] }, State: { Running: true } };
    expect(t('{{.Names}}', dot)).toBe('web');
    expect(t('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', dot)).toBe('172.17.0.2');
    expect(t('{{index .Config.Labels "a"}}', dot)).toBe('1');
    expect(t('{{json .Config.Env}}', dot)).toBe('["A=1","B=2"]');
    expect(t('{{join .Config.Env ","}}', dot)).toBe('A=1,B=2');
    expect(t('{{if .State.Running}}up{{else}}down{{end}}', dot)).toBe('up');
    expect(t('a {{- " b " -}} c', dot)).toBe('a b c');
    expect(t('{{.Names | upper}}', dot)).toBe('WEB');
  });
  it("an unknown field is Go's error, naming the CLI's type", () => {
    expect(() => t('{{.Nope}}', { Names: 'web' })).toThrow('template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext');
  });
});

describe('docker ps', () => {
  it(`--format with table, \\t and the docs' placeholders (${REF}/container/ls/#format)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web -p 8080:80 nginx:1.27');
    await w.type('docker run -d --name cache redis:7');
    await w.wait(30_000);
    expect(await w.type('docker ps --format "{{.ID}}: {{.Command}}"')).toBe(`${id12('cache')}: "docker-entrypoint.s…"\n${id12('web')}: "/docker-entrypoint.…"`);
    expect(await w.type('docker ps --format "table {{.ID}}\\t{{.Labels}}"')).toBe(['CONTAINER ID   LABELS', id12('cache'), id12('web')].join('\n'));
    expect(await w.type('docker ps --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"')).toBe([
      'NAMES     STATUS          PORTS',
      'cache     Up 30 seconds   6379/tcp',
      'web       Up 30 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
    ].join('\n'));
    const json = JSON.parse(await w.type('docker ps --format json --filter name=web')) as Record<string, string>;
    expect(Object.keys(json)).toEqual([...Object.keys(json)].sort());
    expect(json).toMatchObject({ Names: 'web', State: 'running', Status: 'Up 30 seconds', Image: 'nginx:1.27', Networks: 'bridge' });
  });
  it(`--filter name/status/ancestor/exited, -n and -l (${REF}/container/ls/#filter)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.type('docker run -d --name web2 nginx:1.27');
    await w.type('docker run -d --name db redis:7');
    await w.wait(5_000);
    await w.type('docker stop web2');
    await w.wait(20_000);
    const names = async (line: string) => (await w.type(`${line} --format "{{.Names}}"`)).split('\n').filter(Boolean);
    expect(await names('docker ps -a --filter "name=web"')).toEqual(['web2', 'web']);
    expect(await names('docker ps --filter status=running')).toEqual(['db', 'web']);
    expect(await names('docker ps -a --filter "exited=0"')).toEqual(['web2']);
    expect(await names('docker ps --filter ancestor=redis:7')).toEqual(['db']);
    expect(await names('docker ps -a --filter name=web --filter status=exited')).toEqual(['web2']);
    expect(await names('docker ps -n 2')).toEqual(['db', 'web2']);
    expect(await names('docker ps -l')).toEqual(['db']);
    expect(await w.type('docker ps --filter "status=sleeping"')).toBe("Error response from daemon: invalid filter 'status=sleeping'");
  });
});

describe('docker stats', () => {
  it(`--no-stream --format (${REF}/container/stats/#format)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web -m 256m nginx:1.27');
    await w.wait(10_000);
    const row = await w.type('docker stats --no-stream --format "{{.Container}}: {{.CPUPerc}}"');
    expect(row).toMatch(new RegExp(`^${id12('web')}: \\d+\\.\\d\\d%$`));
    const table = (await w.type('docker stats --no-stream --format "table {{.Name}}\\t{{.CPUPerc}}\\t{{.MemUsage}}"')).split('\n');
    expect(table[0]).toMatch(/^NAME\s+CPU %\s+MEM USAGE \/ LIMIT$/);
    expect(table[1]).toMatch(/^web\s+\d+\.\d\d%\s+[\d.]+MiB \/ 256MiB$/);
    expect(await w.type('docker stats web --no-stream --format "{{ json .Name }}"')).toBe('"web"');
  });
});
