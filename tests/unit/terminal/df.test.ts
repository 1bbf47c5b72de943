/**
 * `df -h`: a container's root is an overlay as big as the disk it lives on (the host's, or its
 * VM's), with Docker's 64M /dev and /dev/shm; on the host each running container's merged
 * overlay is a mount; a VM's root is its virtual disk.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('df', () => {
  it('in a container: overlay on /, 64M tmpfs on /dev and shm on /dev/shm, GNU df\'s columns', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    const lines = (await w.type('docker exec web df -h')).split('\n');
    expect(lines[0]).toBe('Filesystem      Size  Used Avail Use% Mounted on');
    expect(lines[1]).toMatch(/^overlay\s+\d+G\s+\d+(\.\d)?[MG]\s+\d+G\s+\d+% \/$/);
    expect(lines[2]).toBe('tmpfs            64M     0   64M   0% /dev');
    expect(lines[3]).toBe('shm              64M     0   64M   0% /dev/shm');
  });

  it('on the host: the root disk and one overlay mount per running container; used grows with a pull', async () => {
    const w = await workspace();
    const used = async () => Number((await w.type('df /')).split('\n')[1]!.trim().split(/\s+/)[2]);
    const before = await used();
    await w.type('docker run -d --name web nginx:1.27');
    await w.type('docker run -d --name db postgres:16');
    const rows = (await w.type('df -h')).split('\n').filter((l) => l.startsWith('overlay'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged$/);
    expect(await used()).toBeGreaterThan(before);
  });
});
