/**
 * The redirections docs and scripts use (bash's manual, "Redirections"): `2>&1`, `2>/dev/null`,
 * `>/dev/null 2>&1`, `&> file`, `2> file`. What a failing command prints is its standard error.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../sim-core/terminal/tokenize';
import { workspace } from './workspace';

describe('tokenize: which descriptor goes where', () => {
  it('a bare number before > names the descriptor; quoted or inside a word it is an argument', () => {
    expect(tokenize('docker logs db 2>&1')).toMatchObject({ argv: ['docker', 'logs', 'db'], redirect: null, stderr: 'stdout' });
    expect(tokenize('cmd >/dev/null 2>&1')).toMatchObject({ argv: ['cmd'], redirect: { path: '/dev/null' }, stderr: { path: '/dev/null' } });
    // Made in order: stderr copies the terminal, then output goes to the file.
    expect(tokenize('cmd 2>&1 >out')).toMatchObject({ redirect: { path: 'out' }, stderr: 'stdout' });
    expect(tokenize('cmd &> all.txt')).toMatchObject({ argv: ['cmd'], redirect: { path: 'all.txt' }, stderr: { path: 'all.txt' } });
    expect(tokenize('cmd 2>> err.log')).toMatchObject({ redirect: null, stderr: { path: 'err.log', append: true } });
    expect(tokenize("echo '2'>f")).toMatchObject({ argv: ['echo', '2'], redirect: { path: 'f' } });
    expect(tokenize('echo a2>f')).toMatchObject({ argv: ['echo', 'a2'], redirect: { path: 'f' } });
    expect(tokenize('echo hi >&2')).toMatchObject({ argv: ['echo', 'hi'], redirect: null, stderr: null });
  });
});

describe('redirections in the terminal', () => {
  it('docker logs NAME 2>&1 | tail: the logs, not a usage error', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx');
    await w.wait(5_000);
    const out = await w.type('docker logs web 2>&1 | tail -1');
    expect(out).not.toMatch(/Usage/);
    expect(out).toMatch(/start worker process/);
  });

  it('2>/dev/null hides an error and keeps its status; >/dev/null 2>&1 hides all; 2> file keeps the error in the file', async () => {
    const w = await workspace();
    expect(await w.type('docker logs nosuch 2>/dev/null')).toBe('');
    expect(await w.type('echo $?')).toBe('1');
    expect(await w.type('docker logs nosuch >/dev/null 2>&1 || echo missing')).toBe('missing');
    expect(await w.type('docker ps >/dev/null && echo listed')).toBe('listed');
    expect(await w.type('docker logs nosuch 2> err.txt')).toBe('');
    expect(await w.type('cat err.txt')).toBe('Error response from daemon: No such container: nosuch');
    // /dev/null keeps nothing: it is not a file the session stores.
    expect(await w.type('ls')).toBe('err.txt');
  });
});
