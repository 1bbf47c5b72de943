import { describe, expect, it } from 'vitest';
import { tokenize, humanDuration, bytesSize, humanSize, ramInBytes, table, bashDuration } from '../../../sim-core/terminal/index';
import { parseFlags } from '../../../sim-core/terminal/flags';
import { feed, emptyLine, type LineState } from '../../../src/terminal/line-editor';

describe('tokenize: shell words', () => {
  it('splits on blanks, keeps quoted blanks, drops the quotes', () => {
    expect(tokenize(`echo "hello world" 'a  b' c\\ d`).argv).toEqual(['echo', 'hello world', 'a  b', 'c d']);
  });
  it('reads > and >> redirections, with or without spaces', () => {
    expect(tokenize('echo hi > /tmp/x')).toEqual({ argv: ['echo', 'hi'], redirect: { path: '/tmp/x', append: false }, stderr: null, error: null });
    expect(tokenize('echo hi>>/tmp/x').redirect).toEqual({ path: '/tmp/x', append: true });
    expect(tokenize('echo "a > b"').redirect).toBeNull();
  });
  it('answers bash syntax errors', () => {
    expect(tokenize('echo "oops').error).toBe("bash: unexpected EOF while looking for matching `\"'");
    expect(tokenize('echo >').error).toBe("bash: syntax error near unexpected token `newline'");
  });
  it('keeps --flag=value as one word (the flag parser splits it)', () => {
    expect(tokenize('docker run --memory=256m nginx').argv).toEqual(['docker', 'run', '--memory=256m', 'nginx']);
  });
});

describe('flags as the docker CLI reads them', () => {
  const defs = [{ name: 'detach', short: 'd', type: 'bool' }, { name: 'name', type: 'string' }, { name: 'memory', short: 'm', type: 'bytes' }, { name: 'tty', short: 't', type: 'bool' }];
  it('takes --x=v, --x v, -m v, -m256m, clustered booleans, and stops at the image', () => {
    const r = parseFlags(['-dt', '--name=web', '-m256m', 'nginx', '--name', 'ignored'], defs, { interspersed: false });
    expect(r).toMatchObject({ ok: true, values: { detach: ['true'], tty: ['true'], name: ['web'], memory: ['256m'] }, rest: ['nginx', '--name', 'ignored'] });
  });
  it('words unknown flags as pflag does', () => {
    expect(parseFlags(['--foo'], defs)).toEqual({ ok: false, error: 'unknown flag: --foo' });
    expect(parseFlags(['-x'], defs)).toEqual({ ok: false, error: "unknown shorthand flag: 'x' in -x" });
    expect(parseFlags(['--name'], defs)).toEqual({ ok: false, error: 'flag needs an argument: --name' });
  });
});

describe('go-units and bash formats', () => {
  it('HumanDuration', () => {
    expect(humanDuration(400)).toBe('Less than a second');
    expect(humanDuration(1_000)).toBe('1 second');
    expect(humanDuration(5_900)).toBe('5 seconds');
    expect(humanDuration(61_000)).toBe('About a minute');
    expect(humanDuration(125_000)).toBe('2 minutes');
    expect(humanDuration(3_600_000)).toBe('About an hour');
    expect(humanDuration(3 * 3_600_000)).toBe('3 hours');
  });
  it('BytesSize (binary, 4 significant digits) and HumanSize (decimal, 3)', () => {
    expect(bytesSize(256 * 1024 * 1024)).toBe('256MiB');
    expect(bytesSize(15_000_000)).toBe('14.31MiB');
    expect(bytesSize(16 * 1024 ** 3)).toBe('16GiB');
    expect(humanSize(0)).toBe('0B');
    expect(humanSize(1_050)).toBe('1.05kB');
    expect(humanSize(187_000_000)).toBe('187MB');
  });
  it('RAMInBytes: binary units as --memory reads them', () => {
    expect(ramInBytes('256m')).toBe(256 * 1024 ** 2);
    expect(ramInBytes('1g')).toBe(1024 ** 3);
    expect(ramInBytes('512MB')).toBe(512 * 1024 ** 2);
    expect(ramInBytes('1024')).toBe(1024);
    expect(ramInBytes('lots')).toBeNull();
  });
  it("tabwriter columns: widest cell + 3, at least 10; the last column unpadded", () => {
    expect(table([['CONTAINER ID', 'PORTS', 'NAMES'], ['abc', '', 'web']])).toBe('CONTAINER ID   PORTS     NAMES\nabc                      web');
  });
  it("bash's time format", () => {
    expect(bashDuration(336)).toBe('0m0.336s');
    expect(bashDuration(65_020)).toBe('1m5.020s');
  });
});

describe('the line editor', () => {
  const typeAll = (s: LineState, ...chunks: string[]) => chunks.reduce((st, c) => feed(st, c).state, s);
  it('edits with backspace and arrows, submits with Enter', () => {
    const s = typeAll(emptyLine(), 'docker pz', '\x7f', 's', '\x1b[D', '\x1b[D', 'X', '\x7f');
    expect(s.buffer).toBe('docker ps');
    const done = feed(s, '\r');
    expect(done.event).toEqual({ kind: 'submit', line: 'docker ps' });
    expect(done.state.history).toEqual(['docker ps']);
  });
  it('browses history with up and down and keeps the draft', () => {
    let s = typeAll(emptyLine(), 'one', '\r', 'two', '\r', 'dra');
    s = typeAll(s, '\x1b[A');
    expect(s.buffer).toBe('two');
    s = typeAll(s, '\x1b[A', '\x1b[A');
    expect(s.buffer).toBe('one');
    s = typeAll(s, '\x1b[B', '\x1b[B');
    expect(s.buffer).toBe('dra');
  });
  it('Ctrl+C drops the line, Ctrl+L asks for a clear screen', () => {
    expect(feed(typeAll(emptyLine(), 'abc'), '\x03')).toMatchObject({ event: { kind: 'interrupt' }, state: { buffer: '' } });
    expect(feed(emptyLine(), '\x0c').event).toEqual({ kind: 'clear-screen' });
  });
});
