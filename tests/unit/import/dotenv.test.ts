/**
 * A Compose project's .env as `docker compose` reads it (compose-go's dotenv): the values the
 * Compose file is interpolated with, comments and quotes as Compose treats them.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { importFile, parseDotenv } from '../../../sim-core/import/index';

const vars = (text: string) => {
  const r = parseDotenv(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('.env', () => {
  it('reads KEY=value, export, comments, inline comments after whitespace, and both quotes', () => {
    expect(vars('# a comment\nTIMEZONE=Etc/UTC\nexport A=1\nURL=your-domain.dyndns.com # free examples http://www.duckdns.org/\nHASH=a#b\nEMPTY=\nS=\'x # $y\'\nD="line\\nnext"\n'))
      .toEqual({ TIMEZONE: 'Etc/UTC', A: '1', URL: 'your-domain.dyndns.com', HASH: 'a#b', EMPTY: '', S: 'x # $y', D: 'line\nnext' });
  });
  it('names the line of a key Compose cannot read', () => {
    expect(parseDotenv('OK=1\nBAD KEY=2\n')).toEqual({ ok: false, error: 'failed to read .env: line 2: unexpected character " " in variable name "BAD KEY"' });
  });
});

describe('interpolation with the .env', () => {
  const image = (file: string, dotenv?: string) => {
    const r = importFile(file, 'compose.yaml', CATALOGUE, dotenv === undefined ? {} : { dotenv });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return { image: (r.scenario.instances[0] as { imageRef?: string; image: string }).imageRef ?? (r.scenario.instances[0] as { image: string }).image, warnings: r.warnings };
  };
  it('a set variable is used; :- applies to an empty one, - only to an unset one; :+ and + the reverse', () => {
    expect(image('services:\n  web: { image: "nginx:${TAG}" }\n', 'TAG=alpine').image).toBe('nginx:alpine');
    expect(image('services:\n  web: { image: "nginx:${TAG:-alpine}" }\n', 'TAG=').image).toBe('nginx:alpine');
    expect(image('services:\n  web: { image: "nginx${TAG-:alpine}" }\n', 'TAG=').image).toBe('nginx');
    expect(image('services:\n  web: { image: "nginx${SET:+:alpine}" }\n', 'SET=1').image).toBe('nginx:alpine');
    expect(image('services:\n  web: { image: "nginx${SET:+:alpine}" }\n', 'SET=').image).toBe('nginx');
  });
  it('a required variable the .env gives is no error; an empty one is, with :?', () => {
    expect(image('services:\n  web: { image: "nginx:${TAG:?set TAG}" }\n', 'TAG=1.27').image).toBe('nginx:1.27');
    const r = importFile('services:\n  web: { image: "nginx:${TAG:?set TAG}" }\n', 'compose.yaml', CATALOGUE, { dotenv: 'TAG=\n' });
    expect(r.ok ? [] : r.errors).toEqual(['compose.yaml: required variable TAG is missing a value: set TAG']);
  });
  it('a .env Compose cannot read stops the import with its line', () => {
    const r = importFile('services:\n  web: { image: nginx }\n', 'compose.yaml', CATALOGUE, { dotenv: '1X=2\n' });
    expect(r.ok ? [] : r.errors).toEqual(['failed to read .env: line 1: unexpected character "1" in variable name "1X"']);
  });
});

describe('the runner reads the .env beside a Compose file, as docker compose does', () => {
  it('plex imports with its .env and fails without it', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadFile } = await import('../../../scripts/load-file');
    const dir = mkdtempSync(join(tmpdir(), 'plex-'));
    const fixture = (name: string) => readFileSync(new URL(`../../fixtures/awesome-compose/${name}`, import.meta.url), 'utf8');
    writeFileSync(join(dir, 'compose.yaml'), fixture('plex.yaml'));
    expect(loadFile(join(dir, 'compose.yaml'))).toMatchObject({ ok: false, message: 'compose.yaml: services.plex.volumes[0]: invalid spec: :/media/: empty section between colons' });
    writeFileSync(join(dir, '.env'), fixture('plex.env'));
    const loaded = loadFile(join(dir, 'compose.yaml'));
    expect(loaded.ok && loaded.scenario.instances.map((i) => i.name)).toEqual(['plex']);
  });
});
