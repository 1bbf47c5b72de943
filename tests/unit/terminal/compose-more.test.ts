/**
 * `docker compose exec|top|images|kill|pause|unpause|rm` as the Compose CLI reference
 * (https://docs.docker.com/reference/cli/docker/compose/) and the official images' READMEs use
 * them (`docker compose exec db psql -U postgres`).
 */
import { describe, expect, it } from 'vitest';
import { commandDef } from '../../../sim-core/docker/commands';
import { blogProject } from './blog-project';

describe('docker compose, more commands', () => {
  it('exec runs in the service\'s container; the command\'s own flags stay its own; -T has no TTY, a shell without -T enters it', async () => {
    const w = await blogProject();
    expect(await w.type('docker compose exec db psql -U postgres')).toMatch(/^\(utsuwa: psql is in the image \(postgres:16/);
    expect(await w.type('docker compose exec -T db cat /etc/os-release')).toContain('bookworm');
    expect(await w.type('docker compose exec nosuch sh')).toBe('no such service: nosuch');
    await w.type('docker compose exec web bash');
    expect(w.where()).toBe('blog-web-1');
  });

  it('a compose command\'s own shorthand wins over the global -f (compose rm -f is --force)', () => {
    const rm = commandDef('compose rm');
    expect(rm.flags.find((f) => f.short === 'f')?.name).toBe('force');
    expect(rm.flags.some((f) => f.name === 'file')).toBe(true);
  });

  it('top prints each running container\'s processes under its name; images lists what each container runs', async () => {
    const w = await blogProject();
    const top = await w.type('docker compose top');
    expect(top).toMatch(/^blog-db-1\nUID +PID +PPID +C +STIME +TTY +TIME +CMD\n/);
    expect(top).toContain('\nblog-web-1\n');
    expect(top).toContain('postgres: checkpointer');
    expect((await w.type('docker compose images')).split('\n')[0]).toMatch(/^CONTAINER +REPOSITORY +TAG +IMAGE ID +SIZE$/);
    expect(await w.type('docker compose images')).toMatch(/\nblog-db-1 +postgres +16 +[0-9a-f]{12} +\d/);
  });

  it('pause, unpause, kill and rm -f reach the engine and show in ps', async () => {
    const w = await blogProject();
    expect(await w.type('docker compose pause web')).toContain('Container blog-web-1  Paused');
    expect(await w.type('docker compose ps --format "{{.Name}} {{.Status}}" web')).toMatch(/\(Paused\)$/);
    await w.type('docker compose unpause web');
    await w.type('docker compose kill web');
    expect(await w.type('docker compose ps -a --format "{{.Name}} {{.Status}}" web')).toMatch(/^blog-web-1 Exited \(137\)/);
    expect(await w.type('docker compose rm')).toMatch(/Are you sure\? \(y\/N\)/);
    expect(await w.type('docker compose rm -f')).toContain('Container blog-web-1  Removed');
    expect(await w.type('docker compose ps -a --format "{{.Name}}"')).toBe('blog-db-1');
  });
});

describe('docker compose ls and config (cmd/compose/list.go, pkg/compose/ls.go)', () => {
  it('ls: the project with its containers\' states counted as combinedStatus writes them, -a with stopped ones, -q names, json', async () => {
    const w = await blogProject();
    expect((await w.type('docker compose ls')).split('\n')).toEqual(['NAME      STATUS       CONFIG FILES', 'blog      running(2)   compose.yaml']);
    await w.type('docker compose stop web');
    expect((await w.type('docker compose ls')).split('\n')[1]).toBe('blog      running(1)   compose.yaml');
    expect((await w.type('docker compose ls -a')).split('\n')[1]).toBe('blog      exited(1), running(1)   compose.yaml');
    expect(await w.type('docker compose ls -q')).toBe('blog');
    expect(JSON.parse(await w.type('docker compose ls --format json'))).toEqual([{ Name: 'blog', Status: 'running(1)', ConfigFiles: 'compose.yaml' }]);
    await w.type('docker compose down');
    expect(await w.type('docker compose ls')).toBe('NAME      STATUS    CONFIG FILES');
  });

  it('config --services lists the services, --volumes the named volumes', async () => {
    const w = await blogProject();
    expect((await w.type('docker compose config --services')).split('\n').sort()).toEqual(['db', 'web']);
    expect(await w.type('docker compose config --volumes')).toBe('db_data');
  });
});
