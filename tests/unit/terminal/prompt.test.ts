import { describe, expect, it } from 'vitest';
import { containerIdOf, type InstanceSpec } from '../../../sim-core/index';
import { promptAnsi, promptText } from '../../../src/terminal/prompt';
import { emptyScenario } from '../../../src/document/specs';

const ct = (name: string, image: string, extra: Partial<Extract<InstanceSpec, { kind: 'container' }>> = {}): InstanceSpec => ({
  kind: 'container', name, runtime: 'runc', image, memoryBytes: null, memorySwapBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, in: null, share: [], ...extra,
});

describe('the page\'s prompt', () => {
  const doc = emptyScenario();
  doc.instances.push(
    ct('web', 'nginx:1.27'), ct('hostuts', 'nginx:1.27', { share: ['uts'] }), ct('alp', 'alpine:3.20'),
    { kind: 'vm', name: 'edge', profile: 'kvm-qemu', os: 'alpine-3.20', cpus: 1, memoryBytes: 512 * 1024 ** 2, diskBytes: 1024 ** 3, apps: [] },
    { kind: 'vm', name: 'default', profile: 'virtualbox', os: 'ubuntu-22.04', cpus: 2, memoryBytes: 1024 ** 3, diskBytes: 40 * 1024 ** 3, apps: [] },
  );

  it('is the shell\'s own: bash with the hostname, ash without, the user a login lands as', () => {
    expect(promptText('host', doc)).toBe('root@utsuwa-host:~# ');
    expect(promptText('web', doc)).toBe(`root@${containerIdOf('web').slice(0, 12)}:/# `);
    // --uts=host: the container's hostname, and so its prompt, is the host's.
    expect(promptText('hostuts', doc)).toBe('root@utsuwa-host:/# ');
    expect(promptText('alp', doc)).toBe('/ # ');
    expect(promptText('edge', doc)).toBe('edge:~# ');
    expect(promptText('default', doc)).toBe('vagrant@default:~$ ');
  });

  it('colours bash\'s user@host and directory, and leaves other shells plain', () => {
    expect(promptAnsi('host', doc)).toBe('\x1b[1;32mroot@utsuwa-host\x1b[0m:\x1b[1;34m~\x1b[0m# ');
    expect(promptAnsi('edge', doc)).toBe('edge:~# ');
    const win = emptyScenario();
    win.host.os = 'windows';
    expect(promptAnsi('host', win)).toBe('PS C:\\Users\\utsuwa> ');
  });
});
