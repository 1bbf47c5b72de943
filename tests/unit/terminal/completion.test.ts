/** Tab completion and multi-line paste in the page's terminal (line editor and sim-core's completer). */
import { describe, expect, it } from 'vitest';
import { commonPrefix, completeLine } from '../../../sim-core/terminal/index';
import { emptyLine, feed } from '../../../src/terminal/line-editor';

const ctx = { names: ['web', 'web-2', 'db'], images: ['nginx:1.27', 'nginx:1.27-alpine', 'redis:7'] };

describe('completion', () => {
  it('completes commands, docker subcommands, management subcommands, flags, container names and images', () => {
    expect(completeLine('doc', ctx)).toEqual({ candidates: ['docker'], word: 'doc' });
    expect(completeLine('docker ins', ctx).candidates).toEqual(['inspect']);
    expect(completeLine('docker network c', ctx).candidates).toEqual(['connect', 'create']);
    expect(completeLine('docker run --pu', ctx).candidates).toEqual(['--publish', '--publish-all', '--pull']);
    expect(completeLine('docker stop w', ctx).candidates).toEqual(['web', 'web-2']);
    expect(completeLine('docker run -d ngi', ctx).candidates).toEqual(['nginx:1.27', 'nginx:1.27-alpine']);
    expect(completeLine('vagrant ha', ctx).candidates).toEqual(['halt']);
    expect(commonPrefix(['web', 'web-2'])).toBe('web');
  });
  it('Tab is a completion request; a paste of several lines submits the first and hands back the rest', () => {
    expect(feed(emptyLine(), '\t').event).toEqual({ kind: 'complete' });
    const pasted = feed(emptyLine(), 'docker run -d \\\n  nginx\ndocker ps');
    expect(pasted.event).toEqual({ kind: 'submit', line: 'docker run -d \\', pasted: '  nginx\ndocker ps' });
  });
});

describe('first-word completion follows what the shell has', () => {
  it('offers every shell command and filter, touch, env and sort among them', () => {
    expect(completeLine('tou', { names: [] }).candidates).toEqual(['touch']);
    expect(completeLine('so', { names: [] }).candidates).toEqual(['sort']);
    expect(completeLine('pri', { names: [] }).candidates.sort()).toEqual(['printenv', 'printf']);
  });
});
