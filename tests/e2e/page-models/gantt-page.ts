import type { Locator, Page, Response } from 'playwright-core';

export type GanttWindowLabel = 'ماه' | 'فصل' | 'بازهٔ دلخواه';

// «نمودار گانت» (#/gantt): filters, the window, and the chart whose bars are dragged (or moved with the keyboard).
export class GanttPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'نمودار گانت', exact: true });
  }

  // Runs what reloads the chart and waits for tasks.gantt's answer and the frame that draws it; gives the answer.
  async afterReload(action: () => Promise<unknown>): Promise<Response> {
    const answered = this.page.waitForResponse((response) => response.url().includes('/api/tasks.gantt'));
    await action();
    const response = await answered;
    await this.nextFrame();
    return response;
  }

  async nextFrame(): Promise<void> {
    await this.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  }

  // Opens the screen afresh (a reload when it is already on screen).
  async open(): Promise<void> {
    const here = new URL(this.page.url()).hash === '#/gantt';
    await this.afterReload(() => (here ? this.page.reload() : this.page.goto('/#/gantt')));
    await this.heading().waitFor();
  }

  windowButton(label: GanttWindowLabel): Locator {
    return this.page.getByRole('group', { name: 'بازهٔ زمانی' }).getByRole('button', { name: label, exact: true });
  }

  async chooseWindow(label: GanttWindowLabel): Promise<Response> {
    return this.afterReload(() => this.windowButton(label).click());
  }

  // «بازهٔ دلخواه» from one Jalali day to another («۱۴۰۵/۰۹/۰۳»).
  async chooseDays(from: string, to: string): Promise<void> {
    if ((await this.windowButton('بازهٔ دلخواه').getAttribute('aria-pressed')) !== 'true') await this.chooseWindow('بازهٔ دلخواه');
    for (const [label, value] of [
      ['تا', to],
      ['از', from],
    ] as const) {
      const box = this.page.getByLabel(label, { exact: true });
      if ((await box.inputValue()) === value) continue;
      await this.afterReload(async () => {
        await box.fill(value);
        await box.press('Enter');
      });
    }
  }

  chart(): Locator {
    return this.page.getByRole('group', { name: 'نمودار گانت', exact: true });
  }

  // How many tasks are drawn with a bar or a milestone.
  async barCount(): Promise<number> {
    return Number(await this.chart().getAttribute('data-bars'));
  }

  async dayWidth(): Promise<number> {
    return Number(await this.chart().getAttribute('data-day-width'));
  }

  bar(taskId: number): Locator {
    return this.chart().locator(`[data-task-id="${taskId}"]`);
  }

  barBody(taskId: number): Locator {
    return this.bar(taskId).locator('.gantt-bar__body');
  }

  // Drags a bar by its middle `days` day widths towards later dates (leftwards, right to left), as a mouse does.
  async dragLater(taskId: number, days: number): Promise<Response> {
    const box = await this.barBody(taskId).boundingBox();
    if (!box) throw new Error(`the bar of task ${taskId} is not on screen`);
    const distance = days * (await this.dayWidth());
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const saved = this.page.waitForResponse((response) => response.url().includes('/api/tasks.reschedule'));
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x - distance / 2, y, { steps: 5 });
    await this.page.mouse.move(x - distance, y, { steps: 5 });
    await this.page.mouse.up();
    return saved;
  }
}
