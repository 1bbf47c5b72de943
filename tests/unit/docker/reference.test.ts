/**
 * Image references per distribution/reference v0.6.0 (the library docker/cli v27.3.1 uses):
 * the valid and invalid names of its normalize_test.go and reference_test.go, its
 * familiar/full names, the errors `docker run` prints, and resolution against the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { canonicalString, familiarName, familiarString, parseImageReference } from '../../../sim-core/docker/reference';
import { resolveImage } from '../../../sim-core/docker/image-resolve';
import { CATALOGUE } from '../../../sim-core/catalogue/index';

describe('the grammar (normalize_test.go TestValidateReferenceName)', () => {
  const valid = [
    'docker/docker', 'library/debian', 'debian', 'localhost/library/debian', 'localhost/debian', 'LOCALDOMAIN/library/debian',
    'LOCALDOMAIN/debian', 'docker.io/docker/docker', 'docker.io/library/debian', 'docker.io/debian', 'index.docker.io/docker/docker',
    'index.docker.io/library/debian', 'index.docker.io/debian', '127.0.0.1:5000/docker/docker', '127.0.0.1:5000/library/debian',
    '127.0.0.1:5000/debian', '192.168.0.1', '192.168.0.1:80', '192.168.0.1:8/debian', '192.168.0.2:25000/debian',
    'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev', '[fc00::1]:5000/docker', '[fc00::1]:5000/docker/docker',
    '[fc00:1:2:3:4:5:6:7]:5000/library/debian', 'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    'Docker/docker', 'DOCKER/docker',
  ];
  const invalid = [
    'https://github.com/docker/docker', 'docker/Docker', '-docker', '-docker/docker', '-docker.io/docker/docker', 'docker///docker',
    'docker.io/docker/Docker', 'docker.io/docker///docker', '[fc00::1]', '[fc00::1]:5000', 'fc00::1:5000/debian',
    '[fe80::1%eth0]:5000/debian', '[2001:db8:3:4::192.0.2.33]:5000/debian',
    '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
  ];
  it.each(valid)('%s is a reference', (name) => expect(parseImageReference(name).ok).toBe(true));
  it.each(invalid)('%s is not', (name) => expect(parseImageReference(name).ok).toBe(false));
});

describe('normalised names (normalize_test.go TestParseRepositoryInfo) and the defaults docker adds', () => {
  it.each([
    ['localhost/fooo', 'localhost/fooo', 'localhost/fooo'],
    ['LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar'],
    ['fooo/bar', 'fooo/bar', 'docker.io/fooo/bar'],
    ['ubuntu', 'ubuntu', 'docker.io/library/ubuntu'],
    ['docker.io/library/ubuntu', 'ubuntu', 'docker.io/library/ubuntu'],
    ['index.docker.io/library/ubuntu', 'ubuntu', 'docker.io/library/ubuntu'],
    ['other/library', 'other/library', 'docker.io/other/library'],
    ['127.0.0.1:8000/private/moonbase', '127.0.0.1:8000/private/moonbase', '127.0.0.1:8000/private/moonbase'],
  ])('%s: familiar %s, full %s', (typed, familiar, full) => {
    const r = parseImageReference(typed);
    if (!r.ok) throw new Error(r.error);
    expect(familiarName(r.ref)).toBe(familiar);
    expect(`${r.ref.domain}/${r.ref.path}`).toBe(full);
  });
  it('no tag means :latest; a digest is kept', () => {
    const plain = parseImageReference('nginx');
    expect(plain.ok && [familiarString(plain.ref), canonicalString(plain.ref), plain.ref.tagGiven]).toEqual(['nginx:latest', 'docker.io/library/nginx:latest', false]);
    const digest = parseImageReference(`ubuntu@sha256:${'2e'.repeat(32)}`);
    expect(digest.ok && familiarString(digest.ref)).toBe(`ubuntu@sha256:${'2e'.repeat(32)}`);
  });
});

describe("the errors docker prints (reference.go's errors, go-digest's)", () => {
  it.each([
    ['Nginx', 'invalid reference format: repository name (library/Nginx) must be lowercase'],
    ['Uppercase:tag', 'invalid reference format: repository name (library/Uppercase) must be lowercase'],
    ['test:5000/Uppercase/lowercase:tag', 'invalid reference format: repository name (Uppercase/lowercase) must be lowercase'],
    [':justtag', 'invalid reference format'],
    ['aa/asdf$$^/aa', 'invalid reference format'],
    ['repo@sha256:ffffffffffffffffffffffffffffffffff', 'invalid checksum digest length'],
    ['validname@invaliddigest:ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', 'unsupported digest algorithm'],
    [`domain/${'a'.repeat(256)}:tag`, 'repository name must not be more than 255 characters'],
    ['1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a', 'invalid repository name (1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a), cannot specify 64-byte hexadecimal strings'],
  ])('%s', (typed, error) => expect(parseImageReference(typed)).toEqual({ ok: false, error }));
});

describe('resolving against the catalogue', () => {
  const key = (typed: string) => {
    const r = resolveImage(typed, CATALOGUE.images);
    return r.ok ? r.key : r.kind;
  };
  it('the catalogue key in any spelling docker accepts', () => {
    for (const typed of ['nginx:1.27', 'docker.io/library/nginx:1.27', 'library/nginx:1.27', 'index.docker.io/library/nginx:1.27']) expect(key(typed)).toBe('nginx:1.27');
    expect(key('mcr.microsoft.com/windows/nanoserver:ltsc2022')).toBe('mcr.microsoft.com/windows/nanoserver:ltsc2022');
  });
  it("tags Docker Hub gives the same image: latest where the entry was latest, codenames, variants", () => {
    expect([key('nginx'), key('debian:bookworm'), key('ubuntu:jammy'), key('node:iron'), key('redis:7-bookworm')]).toEqual(['nginx:1.27', 'debian:12', 'ubuntu:22.04', 'node:20', 'redis:7']);
  });
  it("latest is the entry Docker Hub tags latest (ubuntu's is 24.04, not 22.04); another version is not another entry", () => {
    expect([key('ubuntu'), key('ubuntu:latest'), key('nginx:alpine'), key('python')]).toEqual(['ubuntu:24.04', 'ubuntu:24.04', 'nginx:1.27-alpine', 'python:3']);
    // redis:latest is Redis 8 (repo-info redis/remote/latest.md), its own entry, not redis:7.
    expect([key('redis'), key('redis:7')]).toEqual(['redis:8', 'redis:7']);
    expect(key('ubuntu:20.04')).toBe('not-in-catalogue');
  });
  it('a single name that is no official image is what Docker Hub refuses', () => {
    expect(key('nosuchimage')).toBe('no-such-repository');
    expect(key('mysql:5.7')).toBe('not-in-catalogue');
    expect(key('bitnami/redis')).toBe('not-in-catalogue');
    expect(key('Nginx')).toBe('invalid');
  });
});
