import { expect, type Locator, type Page } from '@playwright/test';

/** The workspace as a user sees it: find things by test id, act with the mouse and keyboard. */
export class WorkspacePage {
  readonly host: Locator;
  readonly play: Locator;
  readonly clock: Locator;
  readonly notice: Locator;
  readonly eventLog: Locator;

  constructor(readonly page: Page) {
    this.host = page.getByTestId('host');
    this.play = page.getByTestId('play');
    this.clock = page.getByTestId('clock');
    this.notice = page.getByTestId('notice');
    this.eventLog = page.getByTestId('event-log');
  }

  /** Opens the workspace (a preset id, `empty`, or nothing for the default/autosave) and waits for the first load. */
  async open(scenario?: string): Promise<this> {
    await this.page.goto(scenario ? `./?scenario=${scenario}` : './');
    await this.page.waitForFunction(() => window.__utsuwa?.getState().loaded === true && window.__utsuwa.getState().view !== null);
    return this;
  }

  instances(): Locator {
    return this.page.getByTestId('instance');
  }

  instance(name: string): Locator {
    return this.page.locator(`[data-testid="instance"][data-name="${name}"]`);
  }

  paletteItem(kind: 'vm' | 'container'): Locator {
    return this.page.getByTestId(`palette-${kind}`);
  }

  /** A pointer drag, slow enough for @dnd-kit's sensor to see it start and move. */
  async drag(source: Locator, target: Locator): Promise<void> {
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('drag: source or target not visible');
    const m = this.page.mouse;
    await m.move(from.x + from.width / 2, from.y + from.height / 2);
    await m.down();
    await m.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    await m.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 60), { steps: 12 });
    await m.up();
  }

  async setSpeed(speed: number): Promise<void> {
    await this.page.getByTestId('speed').selectOption(String(speed));
  }

  /**
   * Presses Play and waits until it plays: the button is pressed, or the clock has moved (a
   * short run at 100× can reach its end, where playback stops by itself, between two polls).
   */
  async startPlaying(): Promise<void> {
    const before = await this.clock.textContent();
    await this.play.click();
    await expect.poll(async () => (await this.play.getAttribute('aria-pressed')) === 'true' || (await this.clock.textContent()) !== before).toBe(true);
  }

  async expectState(name: string, state: string, timeout = 20_000): Promise<void> {
    await expect(this.instance(name)).toHaveAttribute('data-state', state, { timeout });
  }

  documentInstanceNames(): Promise<string[]> {
    return this.page.evaluate(() => window.__utsuwa!.getState().doc.instances.map((i) => i.name));
  }
}
