import type { Locator, Page } from 'playwright-core';

export type InboxTabLabel = 'امروز' | 'پیش رو' | 'عقب‌افتاده' | 'انجام‌شده' | 'ارجاع‌شده به من' | 'ارجاع‌داده‌شده توسط من';
export type TaskPriorityLabel = 'زیاد' | 'متوسط' | 'کم';

export interface NewTaskInput {
  title: string;
  priority?: TaskPriorityLabel;
  // Jalali, typed as people do: «۱۴۰۵/۰۹/۰۳» or «1405/09/03».
  dueDate?: string;
  // «۱۴:۳۰» or «14:30»; without it the task is due at the end of the day.
  dueTime?: string;
  // Searched in the person box and picked from the list (the first hit whose text has it).
  person?: string;
  // A user's display name from users.directory; another user = the task is referred to them at once.
  assignee?: string;
  description?: string;
  // true: save with Enter in the title box instead of clicking «ثبت کار».
  submitWithEnter?: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The «کارتابل» screen (#/tasks): six tabs with counts, quick filters, the task list and its dialogs; the
// new-task dialog is app-wide (it also opens from the call pop-up and the missed-calls list). The same form edits.
export class TasksPage {
  constructor(private readonly page: Page) {}

  menuLink(): Locator {
    return this.page.getByRole('navigation', { name: 'بخش‌های برنامه' }).getByRole('link', { name: 'کارتابل', exact: true });
  }

  async open(tab?: InboxTabLabel): Promise<void> {
    if (new URL(this.page.url()).hash === '#/tasks') await this.afterReload(() => this.page.reload());
    else await this.afterReload(() => this.page.goto('/#/tasks'));
    await this.page.getByRole('heading', { level: 1, name: 'کارتابل', exact: true }).waitFor();
    if (tab) await this.openTab(tab);
  }

  // ---------- tabs ----------

  tabs(): Locator {
    return this.page.getByRole('tablist', { name: 'بخش‌های کارتابل' });
  }

  // A tab's accessible name is its label followed by its count («امروز ۳»).
  tab(label: InboxTabLabel): Locator {
    return this.tabs().getByRole('tab', { name: new RegExp(`^${escapeRegExp(label)}\\s`) });
  }

  async openTab(label: InboxTabLabel): Promise<void> {
    if ((await this.tab(label).getAttribute('aria-selected')) === 'true') return;
    await this.afterReload(() => this.tab(label).click());
    await this.page.locator('[role="tab"][aria-selected="true"]', { hasText: label }).waitFor();
    await this.table(label).waitFor();
  }

  // Runs an action that reloads the list and waits for the inbox's answer (and a frame to paint it).
  async afterReload(action: () => Promise<unknown>): Promise<void> {
    const answered = this.page.waitForResponse((response) => response.url().includes('/api/tasks.inbox'));
    await action();
    await answered;
    // The answer has arrived; its rows are on screen after the next frame.
    await this.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  }

  // The same when the inbox is on screen (a change from its dialogs reloads it); elsewhere just the action.
  private async reloadIfShown(action: () => Promise<unknown>): Promise<void> {
    if ((await this.tabs().count()) === 0) await action();
    else await this.afterReload(action);
  }

  // Reads the list again (after a change made elsewhere, through the API).
  async reload(): Promise<void> {
    await this.afterReload(() => this.page.reload());
    await this.page.getByRole('heading', { level: 1, name: 'کارتابل', exact: true }).waitFor();
  }

  async selectedTab(): Promise<string> {
    return ((await this.tabs().locator('[aria-selected="true"]').textContent()) ?? '').replace(/[۰-۹\d]+$/, '').trim();
  }

  // The count beside a tab, as shown (Persian digits: «۳»).
  async tabCount(label: InboxTabLabel): Promise<string> {
    return ((await this.tab(label).locator('[data-field="count"]').textContent()) ?? '').trim();
  }

  // The same as a number.
  async tabCountNumber(label: InboxTabLabel): Promise<number> {
    const shown = await this.tabCount(label);
    return Number(shown.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))));
  }

  // The quick filters narrow the list and the tabs' counts.
  async filterPriority(priority: TaskPriorityLabel | 'همه'): Promise<void> {
    await this.afterReload(() => this.filters().getByLabel('اولویت', { exact: true }).selectOption({ label: priority }));
  }

  async filterType(type: string): Promise<void> {
    await this.afterReload(() => this.filters().getByLabel('نوع', { exact: true }).selectOption({ label: type }));
  }

  async filterPerson(name: string): Promise<void> {
    await this.filters().getByRole('combobox', { name: 'شخص یا شرکت', exact: true }).fill(name);
    await this.afterReload(() => this.filters().getByRole('listbox').getByRole('option').filter({ hasText: name }).first().click());
  }

  filters(): Locator {
    return this.page.getByRole('group', { name: 'فیلتر کارها' });
  }

  shortcutsHint(): Locator {
    return this.page.getByLabel('میان‌برهای صفحه‌کلید');
  }

  // ---------- the list ----------

  // The list of the tab on screen (its caption is «کارهای <tab>»).
  table(tab?: InboxTabLabel): Locator {
    return tab ? this.page.getByRole('table', { name: `کارهای ${tab}`, exact: true }) : this.page.locator('.tasks table.data-table');
  }

  // Body rows of the tab on screen; filter by a title, a code, a person's name…
  rows(hasText?: string | RegExp): Locator {
    const rows = this.table().locator('tbody tr').filter({ has: this.page.locator('[data-task-id]') });
    return hasText === undefined ? rows : rows.filter({ hasText });
  }

  row(title: string): Locator {
    return this.rows(title).first();
  }

  async titles(): Promise<string[]> {
    return (await this.table().locator('tbody .task-title__text').allTextContents()).map((text) => text.trim());
  }

  // Column texts of one row: code, title (and its type), priority, person, due (Jalali), assignee / referrer, state
  // (with the status and progress); the type and progress («۲۰٪») also on their own.
  async rowCells(title: string): Promise<{ code: string; title: string; type: string; priority: string; person: string; due: string; people: string; state: string; percent: string }> {
    const row = this.row(title);
    const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
    const [code = '', , priority = '', person = '', due = '', people = '', state = ''] = cells;
    const type = row.locator('.task-type');
    return {
      code,
      title: ((await row.locator('.task-title').textContent()) ?? '').trim(),
      type: (await type.count()) === 0 ? '' : ((await type.textContent()) ?? '').trim(),
      priority,
      person,
      due,
      people,
      state,
      percent: ((await row.locator('.task-percent').textContent()) ?? '').trim(),
    };
  }

  // Puts the keyboard on a row (its code), as the shortcuts need.
  async focusRow(title: string): Promise<void> {
    await this.row(title).locator('[data-task-id]').focus();
  }

  // The row's person link: opens their record.
  async openPerson(title: string): Promise<void> {
    await this.row(title).locator('td').nth(3).getByRole('button').click();
  }

  // ---------- new task ----------

  newTaskDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'کار جدید', exact: true });
  }

  // «کار جدید» on this screen (or press N / ن with `viaKeyboard`).
  async openNewTask({ viaKeyboard = false }: { viaKeyboard?: boolean } = {}): Promise<Locator> {
    if (viaKeyboard) {
      // Off any text field first: the shortcut is not taken while typing.
      await this.page.getByRole('heading', { level: 1, name: 'کارتابل', exact: true }).click();
      await this.page.keyboard.press('n');
    } else {
      await this.page.getByRole('main').getByRole('button', { name: 'کار جدید', exact: true }).click();
    }
    await this.newTaskDialog().waitFor();
    return this.newTaskDialog();
  }

  // Fills the open new-task dialog (wherever it was opened from) and saves; waits for it to close.
  async fillNewTask(task: NewTaskInput): Promise<void> {
    const dialog = this.newTaskDialog();
    if (task.priority) await dialog.getByLabel('اولویت', { exact: true }).selectOption({ label: task.priority });
    if (task.dueDate) {
      const date = dialog.getByLabel('تاریخ موعد', { exact: true });
      await date.fill(task.dueDate);
      await date.blur();
    }
    if (task.dueTime) await dialog.getByLabel('ساعت موعد', { exact: true }).fill(task.dueTime);
    if (task.person) {
      await dialog.getByRole('combobox', { name: 'شخص', exact: true }).fill(task.person);
      await dialog.getByRole('listbox').getByRole('option').filter({ hasText: task.person }).first().click();
      await dialog.locator('[data-field="party"]').waitFor();
    }
    if (task.assignee) {
      const select = dialog.getByLabel('انجام‌دهنده', { exact: true });
      await select.locator('option', { hasText: task.assignee }).first().waitFor({ state: 'attached' });
      const value = await select.locator('option', { hasText: task.assignee }).first().getAttribute('value');
      await select.selectOption(value ?? '');
    }
    if (task.description) await dialog.getByLabel('شرح', { exact: true }).fill(task.description);
    const title = dialog.getByLabel('عنوان', { exact: true });
    await title.fill(task.title);
    await this.saveForm(dialog, { withEnter: task.submitWithEnter ?? false });
  }

  // Saves the open task form (with Enter in the title box, or its button) and waits for it to close.
  async saveForm(dialog: Locator, { withEnter = false }: { withEnter?: boolean } = {}): Promise<void> {
    await this.reloadIfShown(async () => {
      if (withEnter) await dialog.getByLabel('عنوان', { exact: true }).press('Enter');
      else await dialog.getByRole('button', { name: /^(ثبت کار|ذخیرهٔ تغییرات)$/ }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  }

  editDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `ویرایش کار «${title}»`, exact: true });
  }

  // «ویرایش» of a row: focus it and press E, and wait for the form.
  async openEdit(title: string): Promise<Locator> {
    await this.focusRow(title);
    await this.page.keyboard.press('e');
    await this.editDialog(title).waitFor();
    return this.editDialog(title);
  }

  async createTask(task: NewTaskInput, options: { viaKeyboard?: boolean } = {}): Promise<void> {
    await this.openNewTask(options);
    await this.fillNewTask(task);
  }

  // The prefilled person in the open dialog (a call's caller, a record's person), or null.
  async newTaskPerson(): Promise<string | null> {
    const shown = this.newTaskDialog().locator('[data-field="party"] strong');
    return (await shown.count()) === 0 ? null : ((await shown.textContent()) ?? '').trim();
  }

  async newTaskTitle(): Promise<string> {
    return this.newTaskDialog().getByLabel('عنوان', { exact: true }).inputValue();
  }

  // A field's Persian error in the new-task dialog, by its label.
  fieldError(label: string): Locator {
    return this.newTaskDialog().locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).locator('.field__error');
  }

  // ---------- row actions ----------

  completeDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^انجام کار «/ });
  }

  referDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^ارجاع کار «/ });
  }

  // «انجام شد», with an optional result; `viaKeyboard`: focus the row and press C, then Enter.
  async complete(title: string, { result, viaKeyboard = false }: { result?: string; viaKeyboard?: boolean } = {}): Promise<void> {
    if (viaKeyboard) {
      await this.focusRow(title);
      await this.page.keyboard.press('c');
    } else {
      await this.row(title).getByRole('button', { name: 'انجام شد', exact: true }).click();
    }
    const dialog = this.completeDialog();
    await dialog.waitFor();
    if (result) await dialog.getByLabel('نتیجه (اختیاری)', { exact: true }).fill(result);
    await this.reloadIfShown(async () => {
      if (viaKeyboard) await dialog.getByLabel('نتیجه (اختیاری)', { exact: true }).press('Enter');
      else await dialog.getByRole('button', { name: 'انجام شد', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  }

  // «ارجاع» to a user (by display name) with an optional note; `viaKeyboard`: focus the row and press R.
  async refer(title: string, toUser: string, { note, viaKeyboard = false }: { note?: string; viaKeyboard?: boolean } = {}): Promise<void> {
    if (viaKeyboard) {
      await this.focusRow(title);
      await this.page.keyboard.press('r');
    } else {
      await this.row(title).getByRole('button', { name: 'ارجاع', exact: true }).click();
    }
    const dialog = this.referDialog();
    await dialog.waitFor();
    const select = dialog.getByLabel('ارجاع به', { exact: true });
    await select.locator('option', { hasText: toUser }).first().waitFor({ state: 'attached' });
    const value = await select.locator('option', { hasText: toUser }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    if (note) await dialog.getByLabel('یادداشت ارجاع (اختیاری)', { exact: true }).fill(note);
    await this.reloadIfShown(async () => {
      await dialog.getByRole('button', { name: 'ارجاع', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  }

  // ---------- details ----------

  detailsDialog(title?: string): Locator {
    return title ? this.page.getByRole('dialog', { name: `کار «${title}»`, exact: true }) : this.page.getByRole('dialog', { name: /^کار «/ });
  }

  async openDetails(title: string): Promise<Locator> {
    await this.row(title).getByRole('button', { name: 'جزئیات', exact: true }).click();
    const dialog = this.detailsDialog(title);
    await dialog.waitFor();
    await dialog.getByText('در حال خواندن…').waitFor({ state: 'detached' });
    return dialog;
  }

  // The referral chain in the open details dialog, oldest first: «from ← to», the Jalali time and the note.
  async referralChain(dialog: Locator = this.detailsDialog()): Promise<{ from: string; to: string; at: string; note: string | null }[]> {
    const items = dialog.getByRole('region', { name: 'زنجیرهٔ ارجاع' }).getByRole('listitem');
    const chain: { from: string; to: string; at: string; note: string | null }[] = [];
    for (const item of await items.all()) {
      const names = (await item.locator('.task-chain__who strong').allTextContents()).map((text) => text.trim());
      const note = item.locator('.task-chain__note');
      chain.push({
        from: names[0] ?? '',
        to: names[1] ?? '',
        at: ((await item.locator('bdi').first().textContent()) ?? '').trim(),
        note: (await note.count()) === 0 ? null : ((await note.textContent()) ?? '').trim(),
      });
    }
    return chain;
  }

  async closeDialog(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'بستن', exact: true }).first().click();
    await dialog.waitFor({ state: 'detached' });
  }

  // ---------- «مناسبت‌های پیش رو» (#/tasks/occasions) ----------

  async openOccasions(): Promise<void> {
    await this.page.getByRole('link', { name: 'مناسبت‌های پیش رو', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'مناسبت‌های پیش رو', exact: true }).waitFor();
  }

  occasionsTable(): Locator {
    return this.page.getByRole('table', { name: 'مناسبت‌ها', exact: true });
  }

  // Body rows: day (Jalali, with its weekday), occasion, years, name, mobile.
  async occasionRows(): Promise<string[][]> {
    await this.occasionsTable().waitFor();
    const rows = await this.occasionsTable().locator('tbody tr').all();
    return Promise.all(rows.map(async (row) => (await row.locator('td').allTextContents()).slice(1).map((text) => text.trim())));
  }

  async chooseSpan(label: '۱ روز آینده' | '۷ روز آینده' | '۳۰ روز آینده'): Promise<void> {
    const answered = this.page.waitForResponse((response) => response.url().includes('/api/tasks.occasions'));
    await this.page.getByRole('button', { name: label, exact: true }).click();
    await answered;
  }

  // «ارسال پیامک تبریک» for everyone reachable: a template, the preview, then the confirmation.
  async greetEveryone(template: string): Promise<Locator> {
    await this.page.getByRole('checkbox', { name: /^انتخاب همه/ }).check();
    await this.page.getByRole('button', { name: 'ارسال پیامک تبریک', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'ارسال پیامک تبریک', exact: true });
    await dialog.getByLabel('قالب پیام', { exact: true }).selectOption({ label: template });
    await dialog.getByRole('button', { name: 'پیش‌نمایش', exact: true }).click();
    await dialog.getByRole('region', { name: 'پیش‌نمایش ارسال' }).waitFor();
    return dialog;
  }

  // ---------- from the telephony screens ----------

  // «کار جدید» in an incoming-call pop-up; the dialog opens prefilled («پیگیری تماس …», the caller).
  async newTaskFromPopup(popup: Locator): Promise<Locator> {
    await popup.getByRole('button', { name: 'کار جدید', exact: true }).click();
    await this.newTaskDialog().waitFor();
    return this.newTaskDialog();
  }

  // «کار جدید» on a row of «تماس‌های بی‌پاسخ» (by the caller's name or Persian-digit number).
  async newTaskFromMissedCall(hasText: string | RegExp): Promise<Locator> {
    await this.page
      .getByRole('table', { name: 'تماس‌های بی‌پاسخ' })
      .getByRole('row')
      .filter({ hasText })
      .getByRole('button', { name: /^کار جدید/ })
      .first()
      .click();
    await this.newTaskDialog().waitFor();
    return this.newTaskDialog();
  }
}
