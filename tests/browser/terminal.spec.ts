import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** The terminal as a user drives it: focus xterm's input, type a line, press Enter. */
class TerminalDriver {
  constructor(private readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('terminal').locator('.xterm-rows');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-terminal').click();
    await expect(this.page.getByTestId('terminal')).toBeVisible();
    await expect(this.screen).toContainText('root@utsuwa-host:~#');
  }

  /** Text pasted at once (a clipboard paste event, as the browser sends it). */
  async paste(text: string): Promise<void> {
    const input = this.page.getByTestId('terminal').locator('.xterm-helper-textarea');
    await input.focus();
    await input.evaluate((el, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async type(line: string): Promise<void> {
    await this.page.getByTestId('terminal').locator('.xterm-helper-textarea').focus();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  /** The screen's text, rows joined by newlines (xterm pads with non-breaking spaces). */
  async text(): Promise<string> {
    const rows = await this.screen.locator(':scope > div').allInnerTexts();
    return rows.map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
  }

  /** The screen as one string: a table row wider than the terminal wraps onto the next row, as in a real one. */
  async flat(): Promise<string> {
    const rows = await this.screen.locator(':scope > div').allInnerTexts();
    return rows.map((r) => r.replace(/\u00a0/g, ' ')).join('');
  }
}

test('a terminal session: docker run adds the container to the board, docker ps lists it, time and unknown commands answer like a shell', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  const term = new TerminalDriver(page);
  await term.open();

  await term.type('docker run -d --name web2 --memory 256m nginx:1.27');
  await expect.poll(() => term.text()).toMatch(/^[0-9a-f]{64}$/m);
  await expect(ws.instance('web2')).toBeVisible();
  const spec = await page.evaluate(() => window.__utsuwa!.getState().doc.instances.find((i) => i.name === 'web2'));
  expect(spec).toMatchObject({ kind: 'container', image: 'nginx:1.27', memoryBytes: 256 * 1024 * 1024 });

  await term.type('docker ps');
  await expect.poll(() => term.flat()).toMatch(/CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES/);
  await expect.poll(() => term.flat()).toMatch(/[0-9a-f]{12}\s+nginx:1\.27\s+"\/docker-entrypoint\.…"\s+Less than a second ago\s+Up Less than a second\s+80\/tcp\s+web2/);

  await term.type('time docker run -d nginx');
  await expect.poll(() => term.text(), { timeout: 20_000 }).toMatch(/^real\s+0m0\.\d{3}s$/m);
  await expect(ws.instance('nginx')).toBeVisible();

  await term.type('foo');
  await expect.poll(() => term.text()).toContain('bash: foo: command not found');

  await page.screenshot({ path: '/tmp/shots/terminal-session.png' });
});

test('time vagrant up takes tens of simulated seconds where time docker run took under one', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  const term = new TerminalDriver(page);
  await term.open();
  await term.type('time vagrant up');
  await expect.poll(() => term.text(), { timeout: 30_000 }).toContain('==> default: Machine booted and ready!');
  const text = await term.text();
  const real = /^real\s+(\d+)m(\d+\.\d{3})s$/m.exec(text);
  expect(real).not.toBeNull();
  const seconds = Number(real![1]) * 60 + Number(real![2]);
  expect(seconds).toBeGreaterThan(10);
  await expect(ws.instance('default')).toBeVisible();

  // A shell inside the VM: Vagrant logs in as vagrant, and the prompt shows the guest's hostname.
  await term.type('vagrant ssh');
  await expect.poll(() => term.text()).toContain('vagrant@default:~$');
  await term.type('ip -br addr');
  await expect.poll(() => term.text()).toMatch(/^enp0s3\s+UP\s+10\.0\.2\.15\/24$/m);
  await term.type('uname -r');
  await expect.poll(() => term.text()).toMatch(/^5\.15\.0-\d+-generic$/m);
  await page.screenshot({ path: '/tmp/shots/terminal-vagrant.png' });
});

test('vagrant suspend saves the VM (the board shows it saved, its host RAM freed); vagrant resume brings it back', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  const term = new TerminalDriver(page);
  await term.open();
  await term.type('vagrant up');
  await expect.poll(() => term.text(), { timeout: 30_000 }).toContain('==> default: Machine booted and ready!');
  const card = ws.instance('default');
  await expect(card).toHaveAttribute('data-state', 'running');
  const memory = () => page.evaluate(() => window.__utsuwa!.getState().view!.instances.find((i) => i.name === 'default')!.memoryBytes);
  expect(await memory()).toBeGreaterThan(0);

  await term.type('vagrant suspend');
  await expect.poll(() => term.text()).toContain('==> default: Saving VM state and suspending execution...');
  await expect(card).toHaveAttribute('data-state', 'saved');
  expect(await memory()).toBe(0);
  await term.type('vagrant status');
  await expect.poll(() => term.text()).toMatch(/^default\s+saved \(virtualbox\)$/m);
  await page.screenshot({ path: '/tmp/shots/terminal-vagrant-saved.png' });
  await page.getByTestId('lang-toggle').click();
  await expect(card.getByTestId('instance-state')).toHaveText('保存済み（サスペンド）');
  await page.screenshot({ path: '/tmp/shots/terminal-vagrant-saved-ja.png' });
  await page.getByTestId('lang-toggle').click();

  await term.type('vagrant resume');
  await expect.poll(() => term.text(), { timeout: 30_000 }).toContain('==> default: Resuming suspended VM...');
  await expect(card).toHaveAttribute('data-state', 'running');
  expect(await memory()).toBeGreaterThan(0);
});

test('Tab completes commands and container names; a pasted block with backslash continuations runs as one command', async ({ page }) => {
  await new WorkspacePage(page).open('empty');
  const term = new TerminalDriver(page);
  await term.open();
  const input = page.getByTestId('terminal').locator('.xterm-helper-textarea');
  // The docs' multi-line form, pasted at once.
  await term.paste('docker run -d \\\n  --name pasted-web \\\n  nginx:1.27\n');
  await expect.poll(() => term.text()).toMatch(/^[0-9a-f]{64}$/m);
  await input.focus();
  await page.keyboard.type('dock');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ps --format "{{.Names}}" -f name=pas');
  await page.keyboard.press('Enter');
  await expect.poll(() => term.text()).toMatch(/^pasted-web$/m);
  await page.keyboard.type('docker stop pas');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => term.text()).toMatch(/# docker stop pasted-web\npasted-web$/m);
  await page.screenshot({ path: '/tmp/shots/terminal-completion.png' });
});

test('a Compose file pasted as a here-document, then docker compose up -d: its containers join the board', async ({ page }) => {
  const ws = new WorkspacePage(page);
  await ws.open('empty');
  const term = new TerminalDriver(page);
  await term.open();
  await term.paste("cat > compose.yaml <<'EOF'\nservices:\n  web:\n    image: nginx:alpine\n    ports:\n      - \"8000:80\"\nEOF\n");
  await term.type('docker compose up -d');
  await expect.poll(() => term.text(), { timeout: 20_000 }).toMatch(/Container root-web-1\s+Started/);
  await expect(ws.instance('root-web-1')).toBeVisible();
});

test('keys typed while a command runs are kept and run after it, as a terminal keeps typeahead', async ({ page }) => {
  await new WorkspacePage(page).open('density-16g');
  const term = new TerminalDriver(page);
  await term.open();
  // Typed straight on, as a quick typist does: the second line arrives while the first runs.
  await term.type('sleep 20');
  await page.keyboard.type('echo typed-ahead');
  await page.keyboard.press('Enter');
  await page.keyboard.type('uptime');
  await page.keyboard.press('Enter');
  await expect.poll(() => term.text(), { timeout: 20_000 }).toMatch(/^typed-ahead$/m);
  await expect.poll(() => term.text(), { timeout: 20_000 }).toMatch(/up \d+ min,\s+1 user,\s+load average/);
  expect(await term.text()).not.toContain('command not found');
  // Ctrl-C after a line typed but not entered: the line is not run and the next one is.
  await term.type('sleep 3600');
  await page.keyboard.type('echo dropped');
  await page.keyboard.press('Control+C');
  await term.type('echo next');
  await expect.poll(() => term.text(), { timeout: 20_000 }).toMatch(/^next$/m);
  expect(await term.text()).not.toMatch(/^dropped$/m);
});
