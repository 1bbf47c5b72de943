import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

async function playPast(ws: WorkspacePage, page: Page, ms: number, speed = 10): Promise<void> {
  await ws.setSpeed(speed);
  await ws.startPlaying();
  await page.waitForFunction((t) => (window.__utsuwa!.getState().view?.nowMs ?? 0) > t, ms, { timeout: 30_000 });
  if ((await ws.play.getAttribute('aria-pressed')) === 'true') await ws.play.click();
}

async function openInside(page: Page, view: 'explorer' | 'matrix' | 'layers' | 'cgroup'): Promise<void> {
  await page.getByTestId('tab-inside').click();
  await page.getByTestId(`inside-${view}`).click();
}

test('the explorer shows PID 1 inside a container and its other PID on the host', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await playPast(ws, page, 5_000, 100);
  await ws.expectState('web', 'running');
  await openInside(page, 'explorer');
  const explorer = page.getByTestId('isolation-explorer');
  await page.getByTestId('explorer-a').selectOption('web');
  await page.getByTestId('explorer-b').selectOption('host');
  const inside = explorer.locator('[data-testid="seen-by"][data-name="web"]');
  const onHost = explorer.locator('[data-testid="seen-by"][data-name="host"]');
  const init = inside.getByTestId('process-row').filter({ has: page.locator('[data-testid="pid-inside"]', { hasText: /^1$/ }) });
  await expect(init).toHaveCount(1);
  const hostPid = (await init.getByTestId('pid-host').textContent())!.trim();
  expect(Number(hostPid)).toBeGreaterThan(1);
  // The host lists the same process under that PID, and its own PID 1 is init.
  await expect(onHost.getByTestId('pid-inside').filter({ hasText: new RegExp(`^${hostPid}$`) })).toHaveCount(1);
  await expect(page.getByTestId('pair-summary')).toContainText('Same kernel');
  await page.screenshot({ path: '/tmp/shots/inside-explorer-en.png' });
  await expect(inside.getByTestId('seen-uname')).toHaveText(await onHost.getByTestId('seen-uname').textContent() ?? '');
  await expect(inside.getByTestId('seen-hostname')).not.toHaveText(await onHost.getByTestId('seen-hostname').textContent() ?? '');
});

test('the explorer shows a VM from the host as one qemu process with vCPU threads, not its guest\'s nginx', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await playPast(ws, page, 70_000, 100);
  await ws.expectState('web-vm', 'running');
  await openInside(page, 'explorer');
  await page.getByTestId('explorer-a').selectOption('web-vm');
  await page.getByTestId('explorer-b').selectOption('host');
  const explorer = page.getByTestId('isolation-explorer');
  const guest = explorer.locator('[data-testid="seen-by"][data-name="web-vm"]');
  const onHost = explorer.locator('[data-testid="seen-by"][data-name="host"]');
  // The host lists the VM as one process, highlighted, with a thread per vCPU...
  const vmm = onHost.locator('[data-testid="process-row"][data-owner="web-vm"]');
  await expect(vmm).toHaveCount(1);
  await expect(vmm).toHaveClass(/is-match/);
  await expect(vmm.getByTestId('process-command')).toContainText('qemu-system-x86_64 -name guest=web-vm');
  await expect(vmm.getByTestId('process-threads')).toContainText('CPU 0/KVM');
  // ...and none of the processes inside it: the guest's nginx and init are only on the VM's side.
  await expect(guest.getByTestId('process-command').filter({ hasText: 'nginx: master process /usr/sbin/nginx' })).toHaveCount(1);
  await expect(onHost.getByTestId('process-command').filter({ hasText: '/usr/sbin/nginx' })).toHaveCount(0);
  await expect(guest.locator('[data-testid="process-row"]').first().getByTestId('process-command')).toHaveText('/sbin/init');
  // Its own address on libvirt's network, not the host's.
  await expect(guest.getByTestId('seen-interfaces')).toContainText(/enp1s0 192\.168\.122\.\d+\/24/);
  await expect(onHost.getByTestId('seen-interfaces')).toContainText('virbr0 192.168.122.1/24');
  await expect(page.getByTestId('pair-summary')).toContainText('host sees web-vm only as the process(es) running it');
  await vmm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/inside-explorer-vm-en.png' });
  // The matrix says the same: the host's row sees web-vm only as its VMM, web's processes in full.
  await page.getByTestId('inside-matrix').click();
  const hostRow = page.locator('tr', { has: page.locator('[data-testid="matrix-row"][data-name="host"]') });
  await expect(hostRow.locator('td[data-processes="a-sees-b-as-vmm"]')).toHaveCount(1);
  await expect(hostRow.locator('td[data-processes="a-sees-b-as-vmm"]')).toHaveAttribute('title', /host sees web-vm only as the process\(es\) running it/);
  await expect(hostRow.locator('td[data-processes="a-sees-b"]')).toHaveCount(1);
  await expect(page.getByTestId('matrix-processes-legend')).toBeVisible();
  await page.getByTestId('inside-explorer').click();
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('pair-summary')).toContainText('中のプロセスは見えない');
  await vmm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/inside-explorer-vm-ja.png' });
});

test('a kernel exploit from a container on the host marks the host and every instance, with the reason', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('shared-kernel-security');
  await playPast(ws, page, 45_000, 10);
  await openInside(page, 'matrix');
  await expect(page.getByTestId('isolation-matrix')).toBeVisible();
  await page.getByTestId('attack-target').selectOption('tenant-a-web');
  await page.getByTestId('attack-kind-kernel').check();
  await expect(page.getByTestId('blast-preview')).toHaveAttribute('data-reason', 'host-kernel');
  await expect(page.locator('[data-testid="instance"][data-compromised="true"]')).toHaveCount(0);
  await page.getByTestId('attack').click();

  await expect(page.getByTestId('host')).toHaveAttribute('data-compromised', 'true');
  for (const name of ['tenant-a-web', 'tenant-a-db', 'tenant-b', 'tenant-b-web', 'tenant-b-db']) {
    await expect(ws.instance(name)).toHaveAttribute('data-compromised', 'true');
  }
  const explanation = page.getByTestId('blast-explanation');
  await expect(explanation).toHaveAttribute('data-reason', 'host-kernel');
  await expect(explanation).toContainText('host\'s kernel');
  await expect(page.locator('[data-testid="matrix-row"][data-compromised="true"]')).toHaveCount(6);
  await page.screenshot({ path: '/tmp/shots/inside-attack-en.png' });
});

test('a kernel exploit inside a VM stops at the hypervisor', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('shared-kernel-security');
  await playPast(ws, page, 45_000, 10);
  await openInside(page, 'matrix');
  await page.getByTestId('attack-target').selectOption('tenant-b-web');
  await page.getByTestId('attack-kind-kernel').check();
  await page.getByTestId('attack').click();
  await expect(page.getByTestId('blast-explanation')).toHaveAttribute('data-reason', 'guest-kernel');
  await expect(ws.instance('tenant-b-db')).toHaveAttribute('data-compromised', 'true');
  await expect(ws.instance('tenant-a-web')).not.toHaveAttribute('data-compromised', 'true');
  await expect(page.getByTestId('host')).not.toHaveAttribute('data-compromised', 'true');
});

test('the layer view shows nginx.conf copied up into web-1\'s writable layer after the write', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('layers-shared');
  await openInside(page, 'layers');
  await page.getByTestId('layers-pick').selectOption('web-1');
  const stack = page.getByTestId('layer-stack');
  await expect(stack.getByTestId('readonly-layer')).toHaveCount(7);
  await expect(stack.getByTestId('writable-file')).toHaveCount(0);
  await playPast(ws, page, 5_500, 5);
  const conf = stack.locator('[data-testid="writable-file"][data-path="/etc/nginx/nginx.conf"]');
  await expect(conf).toHaveAttribute('data-copied-up', 'true');
  await expect(page.getByTestId('layer-changes')).toContainText('copy-up');
  await expect(stack.getByTestId('readonly-layer').first()).toHaveAttribute('data-shared-count', '9');
  await page.screenshot({ path: '/tmp/shots/inside-layers-en.png' });
});

test('the cgroup view marks the OOM kill and the throttled period (--memory=512m --cpus=0.5)', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('limits-classic');
  await playPast(ws, page, 70_000, 100);
  await openInside(page, 'cgroup');
  await page.getByTestId('cgroup-pick').selectOption('limited');
  const view = page.getByTestId('cgroup-view');
  await expect(view.getByTestId('oom-mark')).toHaveCount(1);
  await expect(view.getByTestId('throttled-band')).toHaveCount(1);
  await expect(view.getByTestId('cgroup-flags')).toContainText('--memory=512m --cpus=0.5');
  await expect(view.getByTestId('cgroup-files')).toContainText('50000 100000');
  await page.screenshot({ path: '/tmp/shots/inside-cgroup-en.png' });
});

test('in Japanese the inside views and the blast-radius explanation are Japanese', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('shared-kernel-security');
  await playPast(ws, page, 45_000, 10);
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await openInside(page, 'explorer');
  await expect(page.getByTestId('tab-inside')).toHaveText('中を見る');
  await page.getByTestId('explorer-a').selectOption('tenant-b-web');
  await page.getByTestId('explorer-b').selectOption('tenant-a-web');
  await expect(page.getByTestId('pair-summary')).toContainText('別々のカーネル');
  await page.screenshot({ path: '/tmp/shots/inside-explorer-ja.png' });
  await page.getByTestId('inside-matrix').click();
  await page.getByTestId('attack-target').selectOption('tenant-b-web');
  await page.getByTestId('attack').click();
  await expect(page.getByTestId('blast-explanation')).toContainText('ハイパーバイザー');
  await page.screenshot({ path: '/tmp/shots/inside-attack-ja.png' });
  await page.getByTestId('inside-layers').click();
  await page.getByTestId('layers-pick').selectOption('tenant-a-web');
  await expect(page.getByTestId('layer-stack')).toContainText('書き込み可能レイヤー');
  await page.screenshot({ path: '/tmp/shots/inside-layers-ja.png' });
  await page.getByTestId('inside-cgroup').click();
  await expect(page.getByTestId('cgroup-view')).toContainText('cgroup v2 のファイル');
  await page.screenshot({ path: '/tmp/shots/inside-cgroup-ja.png' });
});

test('seccomp=unconfined widens the way in to the shared kernel: the attack preview and the matrix say so', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  const compose = 'services:\n  open:\n    image: nginx:1.27\n    security_opt: ["seccomp:unconfined", "no-new-privileges:true"]\n  guarded:\n    image: nginx:1.27\n';
  await page.getByTestId('import-input').setInputFiles({ name: 'compose.yaml', mimeType: 'application/yaml', buffer: Buffer.from(compose) });
  await expect(ws.instances()).toHaveCount(2);
  await ws.setSpeed(100);
  await ws.play.click();
  await ws.expectState('compose-open-1', 'running');
  await openInside(page, 'matrix');
  await expect(page.getByTestId('matrix-unconfined')).toHaveCount(1);
  await page.getByTestId('attack-kind-kernel').check();
  await page.getByTestId('attack-target').selectOption('compose-guarded-1');
  const surface = page.getByTestId('blast-surface');
  await expect(surface).toHaveAttribute('data-seccomp', 'default');
  await expect(surface).toContainText('"Operation not permitted" for mount, umount2, unshare');
  await page.getByTestId('attack-target').selectOption('compose-open-1');
  await expect(surface).toHaveAttribute('data-seccomp', 'unconfined');
  await expect(surface).toContainText('keyctl');
  await expect(surface).toContainText('no-new-privileges');
  await page.screenshot({ path: 'test-results/inside-surface-en.png' });
  await page.getByTestId('lang-toggle').click();
  await expect(surface).toContainText('seccomp のフィルターなし');
  await page.screenshot({ path: 'test-results/inside-surface-ja.png' });
});
