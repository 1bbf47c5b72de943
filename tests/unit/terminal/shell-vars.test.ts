/**
 * Shell variables as the docs use them: `CID=$(docker run ...)`-style captures, `export` for
 * `docker run -e NAME` (https://docs.docker.com/reference/cli/docker/container/run/#env: "-e
 * MYVAR1" takes the value from the local environment), `unset`, and `NAME=value cmd`.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('shell variables', () => {
  it('an assignment lasts across lines and within one; a substitution fills it', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.type('CID=$(docker ps -q --filter name=web)');
    const id = await w.type('echo $CID');
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(await w.type('docker stop $CID && echo stopped $CID')).toBe(`${id}\nstopped ${id}`);
    expect(await w.type('A=2 B=3; echo $((A * B))')).toBe('6');
    expect(await w.type('unset A; echo "[$A]"')).toBe('[]');
  });

  it('export puts a variable in the environment docker run -e NAME reads; NAME=value cmd gives it to that command only', async () => {
    const w = await workspace();
    await w.type('export MYVAR1=from-host');
    expect(await w.type('docker run --rm -e MYVAR1 alpine:3.20 printenv MYVAR1')).toBe('from-host');
    expect(await w.type('env | grep MYVAR1')).toBe('MYVAR1=from-host');
    expect(await w.type('export')).toContain('declare -x MYVAR1="from-host"');
    expect(await w.type('ONCE=1 docker run --rm -e ONCE alpine:3.20 printenv ONCE')).toBe('1');
    expect(await w.type('echo "[$ONCE]"')).toBe('[]');
    expect(await w.type('export 1bad')).toBe("bash: export: `1bad': not a valid identifier");
  });

  it('a shell in a container has its own variables', async () => {
    const w = await workspace();
    await w.type('HOSTVAR=here');
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(2_000);
    await w.type('docker exec -it web bash');
    expect(await w.type('echo "[$HOSTVAR]"')).toBe('[]');
    await w.type('INSIDE=1');
    await w.type('exit');
    expect(await w.type('echo $HOSTVAR "[$INSIDE]"')).toBe('here []');
  });
});
