/**
 * Lines the docs use to clean up: `docker rm -f $(docker ps -aq)`, `docker stop $(docker ps -q)`
 * (command substitution), `docker images -q`/`--format`/REPOSITORY, and the prune commands
 * (https://docs.docker.com/engine/manage-resources/pruning/).
 */
import { describe, expect, it } from 'vitest';
import { splitList } from '../../../sim-core/terminal/command-list';
import { workspace } from './workspace';

describe('command substitution', () => {
  it('keeps $(...) and backquotes whole when splitting lists and pipes', () => {
    expect(splitList('docker rm -f $(docker ps -aq | head -1) && echo ok')).toEqual({
      items: [{ when: 'always', stages: ['docker rm -f $(docker ps -aq | head -1)'] }, { when: 'and', stages: ['echo ok'] }],
    });
    expect(splitList('echo "$(docker ps --format "{{.Names}}" ; true)" | wc -l')).toEqual({
      items: [{ when: 'always', stages: ['echo "$(docker ps --format "{{.Names}}" ; true)"', 'wc -l'] }],
    });
    expect(splitList('echo `docker ps -q | wc -l`')).toEqual({ items: [{ when: 'always', stages: ['echo `docker ps -q | wc -l`'] }] });
  });

  it('stops and removes every container by the ids another command printed', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.type('docker run -d --name cache redis:7');
    await w.wait(3_000);
    const ids = (await w.type('docker ps -q')).split('\n');
    expect(ids).toHaveLength(2);
    // docker stop echoes each argument as given: here the ids.
    expect((await w.type('docker stop $(docker ps -q)')).split('\n').sort()).toEqual([...ids].sort());
    expect(await w.type('docker ps -a --format "{{.Names}} {{.State}}"')).toBe('cache exited\nweb exited');
    await w.type('docker rm $(docker ps -aq --filter status=exited)');
    expect(await w.type('docker ps -aq | wc -l')).toBe('0');
  });

  it('splits unquoted output into words and keeps quoted output one word; backquotes work alike', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.type('docker run -d --name cache redis:7');
    expect(await w.type('echo $(docker ps --format "{{.Names}}")')).toBe('cache web');
    expect(await w.type('echo "$(docker ps --format "{{.Names}}")"')).toBe('cache\nweb');
    expect(await w.type('echo `docker ps -q | wc -l` running')).toBe('2 running');
  });

  it('a substitution that would change the simulation is refused, and nothing runs', async () => {
    const w = await workspace();
    const out = await w.type('docker inspect $(docker run -d nginx:1.27)');
    expect(out).toMatch(/changes the simulation.*run it on a line of its own/);
    expect(await w.type('docker ps -aq | wc -l')).toBe('0');
  });

  it('with nothing to substitute the command gets no argument, as in bash', async () => {
    const w = await workspace();
    expect(await w.type('docker rm -f $(docker ps -aq)')).toMatch(/^"docker rm" requires at least 1 argument\./);
  });
});

describe('docker images', () => {
  it('-q prints ids, a REPOSITORY argument and --filter reference narrow the list, --format templates it', async () => {
    const w = await workspace();
    const all = (await w.type('docker images -q')).split('\n');
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((id) => /^[0-9a-f]{12}$/.test(id))).toBe(true);
    const nginx = (await w.type('docker images nginx')).split('\n');
    expect(nginx[0]).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/);
    expect(nginx.slice(1).every((l) => l.startsWith('nginx '))).toBe(true);
    expect(await w.type('docker images --filter "reference=nginx:*alpine" --format "{{.Repository}}:{{.Tag}}"')).toBe('nginx:1.27-alpine');
    expect(await w.type('docker images -q --filter dangling=true')).toBe('');
  });
});

describe('prune', () => {
  it('without -f asks as docker does, and this terminal says it cannot answer', async () => {
    const w = await workspace();
    const out = await w.type('docker container prune');
    expect(out).toContain('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N]');
    expect(out).toContain('add -f');
  });

  it('container prune -f removes the stopped containers only and lists their ids', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.type('docker run --name hello hello-world');
    await w.wait(3_000);
    const helloId = (await w.type('docker ps -aq --filter name=hello --no-trunc'));
    const out = await w.type('docker container prune -f');
    expect(out).toBe(`Deleted Containers:\n${helloId}\n\nTotal reclaimed space: 0B`);
    expect(await w.type('docker ps -a --format "{{.Names}}"')).toBe('web');
  });

  it('network prune -f removes created networks no container uses; volume prune needs --all for named volumes', async () => {
    const w = await workspace();
    await w.type('docker network create idle');
    await w.type('docker network create busy');
    await w.type('docker run -d --name db --network busy redis:7');
    await w.type('docker volume create keep');
    expect(await w.type('docker network prune -f')).toBe('Deleted Networks:\nidle\n');
    expect(await w.type('docker network ls --format "{{.Name}}"')).toBe('bridge\nbusy\nhost\nnone');
    expect(await w.type('docker volume prune -f')).toBe('Total reclaimed space: 0B');
    expect(await w.type('docker volume prune -a -f')).toBe('Deleted Volumes:\nkeep\n\nTotal reclaimed space: 0B');
    expect(await w.type('docker volume ls -q')).toBe('');
  });
});

describe('arithmetic and nesting', () => {
  it('$(( )) computes integers as bash does, with substitutions inside, and bash\'s errors', async () => {
    const w = await workspace();
    expect(await w.type('echo $((1+2)) $(( (7 - 1) * 3 % 5 )) $((2**3**2)) $((-7/2))')).toBe('3 3 512 -3');
    expect(await w.type('echo $((10/0))')).toBe('bash: 10/0: division by 0 (error token is "0")');
    await w.type('docker run -d --name web nginx:1.27');
    expect(await w.type('echo $(( $(docker ps -q | wc -l) + 1 ))')).toBe('2');
  });
  it('what a nested substitution prints on failure reaches the terminal once, never the command line', async () => {
    const w = await workspace();
    const out = await w.type('echo $($(pwd)) end');
    expect(out).toBe("bash: /root: command not found\n(type 'help' for the commands this terminal simulates)\nend");
  });
});
