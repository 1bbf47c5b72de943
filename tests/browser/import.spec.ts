import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

/** Drops a file on the page as a user dragging it from their file manager would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: '' }));
    const target = document.querySelector('.file-drop-zone')!;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, { name, text });
}

test('a Compose file imported with the button runs its services, and lists what is not simulated', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await page.getByTestId('import-input').setInputFiles({ name: 'compose.yaml', mimeType: 'application/yaml', buffer: fixture('compose/git-server.yaml') });
  await expect(ws.instances()).toHaveCount(2);
  await expect(ws.instance('compose-git-1')).toBeVisible();
  await expect(ws.instance('compose-db-1')).toBeVisible();
  const list = page.getByTestId('not-simulated');
  await expect(list).toContainText('compose.yaml');
  // environment, restart, volumes and ports take effect as docker run's flags do; `expose` is only recorded.
  await expect(list).toContainText('services.db: expose');
  await expect(list).not.toContainText('services.git');
  await ws.setSpeed(10);
  // Two small containers are ready within a second: at 10x playback may end before the button is seen pressed.
  await ws.play.click();
  await ws.expectState('compose-db-1', 'running');
  await ws.expectState('compose-git-1', 'running');
  await page.screenshot({ path: 'test-results/import-compose-en.png' });
});

test('a Vagrantfile dropped on the page becomes its VMs; in Japanese the list keeps its heading translated', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await dropFile(page, 'Vagrantfile', fixture('vagrant/multi/Vagrantfile').toString('utf8'));
  await expect(ws.instances()).toHaveCount(3);
  for (const name of ['web', 'db', 'spare']) await expect(ws.instance(name)).toBeVisible();
  expect(await page.evaluate(() => window.__utsuwa!.getState().doc.instances.map((i) => i.kind === 'vm' && `${i.name} ${i.profile} ${i.os} ${i.cpus}`))).toEqual([
    'web virtualbox ubuntu-22.04 1', 'db virtualbox debian-12 2', 'spare virtualbox alpine-3.20 2',
  ]);
  await expect(page.getByTestId('not-simulated')).toContainText('forwarded_port 8080 => 80');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('not-simulated')).toContainText('シミュレートしないもの');
  await page.screenshot({ path: 'test-results/import-vagrant-ja.png' });
});

test('a Dockerfile or a Compose file that builds is refused with the reason, the workspace kept', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  const before = await ws.documentInstanceNames();
  await page.getByTestId('import-input').setInputFiles({ name: 'Dockerfile', mimeType: 'text/plain', buffer: Buffer.from('FROM nginx:1.27\nCOPY . /usr/share/nginx/html\n') });
  await expect(ws.notice).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('notice-details')).toContainText('this is a Dockerfile');
  await page.getByTestId('import-input').setInputFiles({ name: 'compose.yaml', mimeType: 'application/yaml', buffer: Buffer.from('services:\n  app:\n    build: .\n    ports: ["8000:8000"]\n') });
  await expect(page.getByTestId('notice-details')).toContainText('services.app.build: Utsuwa runs published images and cannot build one');
  expect(await ws.documentInstanceNames()).toEqual(before);
});

test('awesome-compose postgresql-pgadmin chosen with its .env: the variables fill in and both services run', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  // docker compose reads the .env beside the file; in the page the user picks both together.
  await page.getByTestId('import-input').setInputFiles([
    { name: 'compose.yaml', mimeType: 'application/yaml', buffer: fixture('awesome-compose/postgresql-pgadmin.yaml') },
    { name: '.env', mimeType: 'text/plain', buffer: fixture('awesome-compose/postgresql-pgadmin.env') },
  ]);
  await expect(ws.instances()).toHaveCount(2);
  const env = await page.evaluate(() => window.__utsuwa!.getState().doc.instances.map((i) => (i.kind === 'container' ? `${i.name} ${i.image} ${(i.env ?? []).join(' ')}` : '')));
  expect(env).toEqual([
    'postgres postgres:17 POSTGRES_USER=yourUser POSTGRES_PASSWORD=changeit POSTGRES_DB=postgres',
    'pgadmin dpage/pgadmin4:latest PGADMIN_DEFAULT_EMAIL=your@email.com PGADMIN_DEFAULT_PASSWORD=changeit',
  ]);
  await ws.setSpeed(100);
  await ws.play.click();
  await ws.expectState('postgres', 'running', 40_000);
  await ws.expectState('pgadmin', 'running', 40_000);
  await page.screenshot({ path: 'test-results/import-awesome-pgadmin-en.png' });
});

test('awesome-compose wordpress-mysql dropped on the page: mariadb:10.6.4-focal and wordpress run', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await dropFile(page, 'compose.yaml', fixture('awesome-compose/wordpress-mysql.yaml').toString('utf8'));
  await expect(ws.instances()).toHaveCount(2);
  await ws.setSpeed(100);
  await ws.play.click();
  await ws.expectState('compose-db-1', 'running', 40_000);
  await ws.expectState('compose-wordpress-1', 'running', 40_000);
});
