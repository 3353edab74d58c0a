import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api/contract';
import type { Person } from '../../src-shared/api/people';
import { addDays, formatJalaliDate, fromJalali, jalaliMonthLength, toJalali } from '../../src-shared/domain/jalali';
import { errorMessage, validationMessages } from '../../src-shared/i18n/fa';
import { AppFrame } from './page-models/app-frame';
import { HeaderSearch } from './page-models/header-search';
import { LoginPage } from './page-models/login-page';
import { PeoplePage } from './page-models/people-page';
import { isFocused, PersonForm } from './page-models/person-form';
import { PersonRecord } from './page-models/person-record';
import { launchBrowser, openPage, screenshot as fullPageScreenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectCount, expectText, todayInTehran } from './support/ui-expect';

const PERSON = 'علی کاظمی‌نژاد';

// What another user's form would send back for this person, unchanged.
function personDraftOf(person: Person): Input<'people.create'> {
  const { id: _id, kind: _kind, displayName: _name, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = person;
  return {
    ...fields,
    groupIds: person.groups.map((group) => group.id),
    managerIds: person.managers.map((manager) => manager.id),
    contactPoints: person.contactPoints.map(({ lookupKey: _key, ...point }) => point),
    companyLinks: person.companyLinks.map(({ companyId, position }) => ({ companyId, position })),
  };
}
const COMPANY = 'شرکت نمونه';
const ASCII_DIGIT = /[0-9]/;

describe('people, companies and groups: lists, forms, record pages and search', () => {
  let server: RunningServer;
  let token: string;
  let browser: Browser;
  let admin: Page;
  let saraContext: BrowserContext | null = null;
  let groups: { customers: number; tehran: number };

  // From the top: a full-page capture of a scrolled page draws the sticky header over the content.
  async function screenshot(page: Page, name: string): Promise<void> {
    await page.evaluate('window.scrollTo(0, 0)');
    await fullPageScreenshot(page, name);
  }

  // Nothing on the page may be wider than the window: long names and values wrap or are cut with an ellipsis.
  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
  }

  beforeAll(async () => {
    server = await startServer();
    token = await setUpOffice(server.url);
    const customers = await apiCall(server.url, 'groups.create', { name: 'مشتریان' }, token);
    const tehran = await apiCall(server.url, 'groups.create', { name: 'تهران', parentId: customers.id }, token);
    await apiCall(server.url, 'groups.create', { name: 'همکاران', parentId: null }, token);
    groups = { customers: customers.id, tehran: tehran.id };
    await apiCall(
      server.url,
      'companies.create',
      { name: COMPANY, companyType: 'سهامی خاص', contactPoints: [{ kind: 'phone', value: '02166554433' }] },
      token,
    );
    browser = await launchBrowser();
    ({ page: admin } = await openPage(browser, server.url));
    await new LoginPage(admin).signIn(ADMIN.username, ADMIN.password);
    await admin.getByRole('heading', { level: 1, name: /خوش آمدید/ }).waitFor();
  });

  afterAll(async () => {
    await saraContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('creates a person with a mobile, two landlines and a company link through the form; the page shows them in Persian digits', async () => {
    const people = new PeoplePage(admin);
    await people.open();
    await admin.getByRole('link', { name: 'شخص جدید' }).click();
    await admin.getByRole('heading', { level: 1, name: 'شخص جدید' }).waitFor();
    const form = new PersonForm(admin);

    await form.field('عنوان').fill('مهندس');
    await form.field('جنسیت').selectOption({ label: 'مرد' });
    await form.field('نام').fill('علی');
    await form.field('نام خانوادگی').fill('کاظمی‌نژاد');
    await form.field('کد ملی').fill('0084575948');
    // A birthday three days from now (thirty Jalali years back), typed as a Jalali date.
    const soon = toJalali(addDays(todayInTehran(), 3));
    const birth = fromJalali(soon.jy - 30, soon.jm, Math.min(soon.jd, jalaliMonthLength(soon.jy - 30, soon.jm)));
    await form.field('تاریخ تولد').fill(formatJalaliDate(birth));
    await form.field('تاریخ تولد').press('Enter');

    // The first row is an empty mobile; a landline typed with Persian digits; one without its area code.
    await form.fillContact(form.contactRow(1), 'شمارهٔ همراه', '0912 123 4567');
    await form.fillContact(await form.addContact('تلفن ثابت'), 'شمارهٔ تلفن', '۰۲۱-۸۸۷۷۶۶۵۵', 'محل کار');
    await form.fillContact(await form.addContact('تلفن ثابت'), 'شمارهٔ تلفن', '22334455', 'منزل');
    await form.linkCompany('نمونه', COMPANY, 'مدیر فروش');
    await form.checkGroup('تهران');
    await form.toggleRole('مشتری');
    await screenshot(admin, '40-person-form');
    await form.save();

    const record = new PersonRecord(admin);
    await record.heading(PERSON).waitFor();
    await expectText(new AppFrame(admin).toasts(), `شخص «${PERSON}» ذخیره شد.`);
    const contacts = (await record.contacts().innerText()).replace(/\s+/g, ' ');
    expect(contacts).toContain('همراه ۰۹۱۲ ۱۲۳ ۴۵۶۷');
    expect(contacts).toContain('تلفن ثابت (محل کار) ۰۲۱ ۸۸۷۷ ۶۶۵۵');
    expect(contacts).toContain('تلفن ثابت (منزل) ۰۲۱ ۲۲۳۳ ۴۴۵۵');
    expect(contacts).not.toMatch(ASCII_DIGIT);
    expect(await record.contacts().locator('bdi[dir="ltr"]').count()).toBe(3);
    await expectText(admin.getByRole('region', { name: 'شرکت‌ها' }), `${COMPANY} — مدیر فروش`);
    expect(await record.chips().innerText()).toMatch(/مشتری[\s\S]*مشتریان › تهران/);
    await expectText(admin.locator('.badge--birthday'), 'تولد: ۳ روز دیگر');
    await expectText(admin.locator('.record-header__subtitle'), `مهندس، مدیر فروش در ${COMPANY}`);
    await screenshot(admin, '41-person-page');
  });

  it('finds that person from the header search by part of the name typed with Arabic ي and by the mobile in Persian digits', async () => {
    await admin.goto('/#/');
    await admin.getByRole('heading', { level: 1, name: /خوش آمدید/ }).waitFor();
    const search = new HeaderSearch(admin);
    await admin.keyboard.press('Control+K');
    expect(await isFocused(search.box())).toBe(true);
    await admin.keyboard.type('علي');
    const hit = search.option(PERSON);
    await hit.waitFor();
    expect((await hit.innerText()).replace(/\s+/g, ' ')).toMatch(/^شخص علی کاظمی‌نژاد کد [۰-۹]+ ۰۹۱۲ ۱۲۳ ۴۵۶۷ از نام$/);
    await screenshot(admin, '42-header-search');
    await admin.keyboard.press('Enter');
    await new PersonRecord(admin).heading(PERSON).waitFor();

    // «/» from anywhere that is not a field; the mobile typed with Persian digits finds the same person.
    await new PeoplePage(admin).open();
    await admin.locator('body').click({ position: { x: 600, y: 700 } });
    await admin.keyboard.press('/');
    await admin.keyboard.type('۰۹۱۲۱۲۳۴۵۶۷');
    await search.option(/از تلفن/).waitFor();
    await expectCount(search.results().getByRole('option'), 1);
    await admin.keyboard.press('ArrowDown');
    await admin.keyboard.press('Enter');
    await new PersonRecord(admin).heading(PERSON).waitFor();

    // Escape closes the results.
    await search.box().fill('کاظمی');
    await search.option(PERSON).waitFor();
    await admin.keyboard.press('Escape');
    await expectCount(search.results(), 0);
  });

  it('an invalid national code and an invalid mobile show Persian messages next to their fields', async () => {
    await admin.goto('/#/people/new');
    const form = new PersonForm(admin);
    await form.field('نام خانوادگی').waitFor();
    await form.field('نام خانوادگی').fill('آزمایشی');
    await form.field('کد ملی').fill('1234567890');
    await form.fillContact(form.contactRow(1), 'شمارهٔ همراه', '0912123');
    await form.save();

    await expectText(form.problem(), errorMessage({ code: 'input.invalid' }));
    expect(await form.errorOf(form.field('کد ملی'))).toBe(validationMessages['validation.nationalCode.checksum']);
    expect(await form.errorOf(form.contactRow(1).getByLabel('شمارهٔ همراه'))).toBe(validationMessages['validation.mobile.length']);
    // The first wrong field takes the focus; nothing was saved.
    expect(await isFocused(form.field('کد ملی'))).toBe(true);
    await screenshot(admin, '43-person-form-errors');
    const list = await apiCall(server.url, 'people.list', { filter: { q: 'آزمایشی' } }, token);
    expect(list.total).toBe(0);
  });

  it('records an interaction from the person page and shows it with the changes in the timeline', async () => {
    const people = new PeoplePage(admin);
    await people.open();
    await people.openRecord(PERSON);
    const record = new PersonRecord(admin);
    await record.openTab('ارتباطات');
    await admin.getByRole('button', { name: 'ارتباط جدید' }).click();
    const dialog = admin.getByRole('dialog', { name: 'ارتباط جدید' });
    await dialog.getByLabel('موضوع').fill('تماس برای قرار ملاقات');
    await dialog.getByLabel('روش', { exact: true }).selectOption({ label: 'تماس تلفنی' });
    await dialog.getByLabel('جهت').selectOption({ label: 'خروجی' });
    await dialog.getByLabel('در نقش').selectOption({ label: COMPANY });
    await dialog.getByLabel('نتیجه').fill('جلسه برای هفتهٔ بعد گذاشته شد');
    await screenshot(admin, '44-interaction-dialog');
    await dialog.getByRole('button', { name: 'ثبت ارتباط' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = record.interactions().getByRole('row').filter({ hasText: 'تماس برای قرار ملاقات' });
    await expectText(row, 'تماس تلفنی');
    await expectText(row, 'خروجی');

    await record.openTab('گاه‌شمار');
    const items = record.timeline().getByRole('listitem').filter({ has: admin.locator('time') });
    const call = items.filter({ hasText: 'تماس برای قرار ملاقات' });
    await expectText(call, `تماس تلفنی خروجی، توسط ${ADMIN.displayName}، در نقش «${COMPANY}»`);
    await expectText(items.filter({ hasText: 'سمت تازه‌ای ثبت کرد:' }), `شرکت: ${COMPANY}`);
    const created = items.filter({ hasText: 'این رکورد را ایجاد کرد.' });
    await expectCount(created, 1);
    const added = items.filter({ hasText: 'راه ارتباطی تازه افزود:' });
    expect(await added.count()).toBe(3);
    expect((await record.timeline().innerText()).replace(/\s+/g, ' ')).toContain('مقدار: ۰۲۱ ۸۸۷۷ ۶۶۵۵');
    await screenshot(admin, '45-person-timeline');
  });

  it('saving over a newer version offers a reload, and a national code already used names its owner with a link', async () => {
    const people = new PeoplePage(admin);
    await people.open();
    await people.openRecord(PERSON);
    const id = Number(/people\/(\d+)/.exec(admin.url())![1]);
    await admin.getByRole('link', { name: 'ویرایش' }).click();
    const form = new PersonForm(admin);
    await admin.getByRole('heading', { level: 1, name: `ویرایش «${PERSON}»` }).waitFor();

    // Someone else saves the same person meanwhile.
    const current = await apiCall(server.url, 'people.get', { id }, token);
    await apiCall(server.url, 'people.update', { ...personDraftOf(current), id, version: current.version, religion: 'اسلام' }, token);
    await form.field('رشتهٔ تحصیلی').fill('مهندسی صنایع');
    await form.save();
    await expectText(form.problem(), errorMessage({ code: 'record.versionConflict' }));
    await screenshot(admin, '58-person-form-conflict');
    await form.problem().getByRole('button', { name: /^بارگذاری دوباره/ }).click();
    await expectCount(form.problem(), 0);
    expect(await form.field('دین').inputValue()).toBe('اسلام');
    expect(await form.field('رشتهٔ تحصیلی').inputValue()).toBe('');

    // A second person with the same national code is refused, naming the first with a link to it.
    await admin.goto('/#/people/new');
    await form.field('نام خانوادگی').fill('تکراری');
    await form.field('کد ملی').fill('۰۰۸۴۵۷۵۹۴۸');
    await form.save();
    const duplicate = errorMessage({ code: 'parties.duplicate', details: { field: 'nationalCode', value: '0084575948', name: PERSON } });
    await expectText(form.problem(), duplicate);
    expect(await form.errorOf(form.field('کد ملی'))).toBe(duplicate);
    await form.problem().getByRole('link', { name: `باز کردن «${PERSON}»` }).click();
    await new PersonRecord(admin).heading(PERSON).waitFor();
  });

  it('merges two duplicate people through the merge dialog; the survivor has both numbers, the interaction and the group', async () => {
    const kept = await apiCall(
      server.url,
      'people.create',
      { code: '7001', firstName: 'مریم', lastName: 'احمدی', contactPoints: [{ kind: 'mobile', value: '09125551111' }] },
      token,
    );
    const duplicate = await apiCall(
      server.url,
      'people.create',
      {
        code: '7002',
        firstName: 'مريم',
        lastName: 'احمدي',
        groupIds: [groups.customers],
        contactPoints: [{ kind: 'mobile', value: '09355552222' }],
      },
      token,
    );
    await apiCall(
      server.url,
      'interactions.create',
      { partyId: duplicate.id, subject: 'پیگیری پیش‌فاکتور', method: 'call', direction: 'outgoing', occurredAt: Date.now() - 3_600_000 },
      token,
    );

    await admin.goto(`/#/people/${kept.id}`);
    const record = new PersonRecord(admin);
    await record.heading('مریم احمدی').waitFor();
    await record.actions().getByRole('button', { name: 'ادغام با رکورد تکراری' }).click();
    const dialog = record.mergeDialog('مریم احمدی');
    await dialog.getByRole('combobox', { name: 'جستجوی رکورد تکراری' }).fill('احمدی');
    // The record itself is not offered; its duplicate is.
    await dialog.getByRole('option').filter({ hasText: '۷۰۰۲' }).click();
    const compare = dialog.getByRole('table', { name: 'مقایسهٔ دو رکورد' });
    await expectText(compare, '۰۹۳۵ ۵۵۵ ۲۲۲۲');
    expect(await compare.getByRole('radio', { name: 'این رکورد بماند' }).isChecked()).toBe(true);
    await screenshot(admin, '46-merge-dialog');
    await dialog.getByRole('button', { name: 'ادغام دو رکورد' }).click();
    await dialog.waitFor({ state: 'detached' });

    await record.heading('مریم احمدی').waitFor();
    await expectText(record.contacts(), '۰۹۳۵ ۵۵۵ ۲۲۲۲');
    await expectText(record.contacts(), '۰۹۱۲ ۵۵۵ ۱۱۱۱');
    await expectText(record.chips(), 'مشتریان');
    await record.openTab('ارتباطات');
    await expectText(record.interactions().getByRole('row').filter({ hasText: 'پیگیری پیش‌فاکتور' }), 'تماس تلفنی');
    await screenshot(admin, '47-merged-survivor');

    const people = new PeoplePage(admin);
    await people.open();
    await people.search('احمدی');
    await expectCount(people.rows(), 1);
    await expectText(people.rows().first(), '۷۰۰۱');
    await people.showDeleted(true);
    await expectCount(people.rows(), 1);
    await expectText(people.rows().first(), '۷۰۰۲');
    await expectText(people.rows().first(), 'حذف‌شده');
    await expectText(people.total(), '۱ شخص حذف‌شده');
    await screenshot(admin, '48-people-deleted-filter');
    await admin.getByRole('button', { name: 'پاک کردن فیلترها' }).click();
    await expectText(people.total(), /^[۰-۹]+ شخص$/);
  });

  it('a user whose template sees only their own records finds only those in the list and the header search, and not another record by its address', async () => {
    const template = await apiCall(
      server.url,
      'users.createTemplate',
      { name: 'پذیرش محدود', scope: 'own', permissions: ['people.view', 'people.create', 'people.edit', 'companies.view', 'interactions.view'] },
      token,
    );
    const sara = await apiCall(
      server.url,
      'users.create',
      { username: 'sara', displayName: 'سارا رحیمی', password: 'sara-pass-1403', isAdmin: false, templateId: template.id },
      token,
    );
    await apiCall(
      server.url,
      'people.create',
      { firstName: 'نگار', lastName: 'صالحی', managerIds: [sara.id], contactPoints: [{ kind: 'mobile', value: '09127770001' }] },
      token,
    );
    const notHers = await apiCall(server.url, 'people.create', { firstName: 'رضا', lastName: 'صالحی' }, token);

    let page: Page;
    ({ context: saraContext, page } = await openPage(browser, server.url));
    await new LoginPage(page).signIn('sara', 'sara-pass-1403');
    await page.getByRole('heading', { level: 1, name: /خوش آمدید/ }).waitFor();
    const people = new PeoplePage(page);
    await people.open();
    await expectText(people.total(), '۱ شخص');
    await expectCount(people.rows(), 1);
    await expectText(people.rows().first(), 'نگار صالحی');
    await screenshot(page, '49-own-scope-list');

    const search = new HeaderSearch(page);
    await search.box().fill('صالحی');
    await search.option('نگار صالحی').waitFor();
    await expectCount(search.results().getByRole('option'), 1);
    await search.box().fill('رضا صالحی');
    await expectText(search.status(), 'چیزی پیدا نشد.');
    await page.keyboard.press('Escape');

    await page.goto(`/#/people/${notHers.id}`);
    await page.getByRole('heading', { level: 1, name: 'رکورد پیدا نشد' }).waitFor();
    await expectText(page.getByRole('alert'), errorMessage({ code: 'record.notFound' }));
    expect(await page.locator('body').innerText()).not.toContain('رضا صالحی');
    await screenshot(page, '50-own-scope-not-found');
  });

  it('the company page lists its people with their positions; the company form and list are Persian and right-to-left', async () => {
    const companies = new PeoplePage(admin, 'شرکت‌ها');
    await companies.open();
    await expectText(companies.row(COMPANY), '۰۲۱ ۶۶۵۵ ۴۴۳۳');
    await screenshot(admin, '51-companies-list');
    await companies.openRecord(COMPANY);
    await expectText(admin.getByRole('region', { name: 'اشخاص این شرکت' }), `${PERSON} — مدیر فروش`);
    await screenshot(admin, '52-company-page');

    await admin.getByRole('link', { name: 'ایجاد مشابه' }).click();
    await admin.getByRole('heading', { level: 1, name: 'شرکت جدید' }).waitFor();
    const form = new PersonForm(admin);
    // A similar record copies the fields but not the code or the contact points.
    expect(await form.field('نام شرکت').inputValue()).toBe(COMPANY);
    expect(await form.field('کد').inputValue()).toBe('');
    expect(await form.contactRow(1).getByLabel('شمارهٔ همراه').inputValue()).toBe('');
    await form.field('نام شرکت').fill('شرکت نمونهٔ دوم');
    await form.field('شناسهٔ ملی').fill('10101010101');
    await form.field('درآمد (ریال)').pressSequentially('۱۲۰۰۰۰۰');
    expect(await form.field('درآمد (ریال)').inputValue()).toBe('۱٬۲۰۰٬۰۰۰');
    await form.save();
    expect(await form.errorOf(form.field('شناسهٔ ملی'))).toBe(validationMessages['validation.legalNationalId.checksum']);
    await screenshot(admin, '53-company-form');
  });

  it('the groups page shows the tree with counts; groups are created, moved and deleted there', async () => {
    await new AppFrame(admin).open('گروه‌ها');
    const tree = admin.getByRole('region', { name: 'درخت گروه‌ها' });
    await expectText(tree.getByRole('listitem').filter({ hasText: 'تهران' }).first(), 'تهران۱ عضو');

    await admin.getByRole('button', { name: 'گروه جدید' }).click();
    const create = admin.getByRole('dialog', { name: 'گروه جدید' });
    await create.getByLabel('نام گروه').fill('تأمین‌کنندگان');
    await create.getByLabel('گروه بالاتر').selectOption({ label: '— بالاترین سطح —' });
    await screenshot(admin, '54-group-dialog');
    await create.getByRole('button', { name: 'ساخت گروه' }).click();
    await create.waitFor({ state: 'detached' });

    const row = (name: string) => tree.locator('.group-tree__row').filter({ hasText: name });
    await row('تأمین‌کنندگان').getByRole('button', { name: 'انتقال' }).click();
    const move = admin.getByRole('dialog', { name: 'انتقال گروه «تأمین‌کنندگان»' });
    await move.getByLabel('گروه بالاتر').selectOption({ label: 'همکاران' });
    await move.getByRole('button', { name: 'انتقال' }).click();
    await move.waitFor({ state: 'detached' });
    await expectCount(tree.locator('.group-tree__node').filter({ hasText: 'همکاران' }).locator('.group-tree__row').filter({ hasText: 'تأمین‌کنندگان' }), 1);
    await screenshot(admin, '55-groups');

    await row('تأمین‌کنندگان').getByRole('button', { name: 'حذف' }).click();
    const confirm = admin.getByRole('alertdialog', { name: 'حذف گروه' });
    await expectText(confirm, 'زیرگروه‌های آن به «همکاران» منتقل می‌شوند');
    await confirm.getByRole('button', { name: 'حذف گروه' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expectCount(row('تأمین‌کنندگان'), 0);
  });

  it('long Persian names and long values neither widen the page nor overlap in the list and on the record page', async () => {
    const long = await apiCall(
      server.url,
      'people.create',
      {
        firstName: 'عبدالحسین محمدرضا سیدعلی‌اصغر',
        lastName: 'میرزاخانی‌نژاد طباطبایی‌پور حسینی‌زاده اصفهانی‌فرد کرمانشاهی',
        roles: ['customer', 'supplier', 'agent', 'marketer', 'نمایندهٔ انحصاری استان‌های شمالی'],
        groupIds: [groups.customers, groups.tehran],
        city: 'شهرستان بسیار طولانی نام برای آزمودن چیدمان',
        description: 'ت'.repeat(100),
        contactPoints: [
          { kind: 'mobile', value: '09131112233', preferred: true },
          { kind: 'email', value: `${'very.long.address.of.someone'.repeat(2)}@example-company-with-long-domain.com` },
          { kind: 'address', city: 'اصفهان', addressLine: 'خیابان '.repeat(14) + 'پلاک ۱۲', postalCode: '8174673111' },
        ],
      },
      token,
    );
    const people = new PeoplePage(admin);
    await people.open();
    const chooser = admin.getByRole('button', { name: 'ستون‌ها' });
    await chooser.click();
    for (const column of ['ایمیل', 'تاریخ تولد', 'تاریخ ایجاد']) {
      await admin.getByRole('group', { name: 'ستون‌های فهرست' }).getByLabel(column).check();
    }
    await chooser.click();
    await people.row('عبدالحسین').waitFor();
    await expectNoSidewaysScroll(admin);
    await screenshot(admin, '56-people-list-long-values');

    // The choice of columns is kept for this user.
    await admin.reload();
    await people.heading().waitFor();
    await expectCount(people.table().getByRole('columnheader', { name: 'ایمیل' }), 1);

    await admin.goto(`/#/people/${long.id}`);
    await new PersonRecord(admin).heading(/عبدالحسین/).waitFor();
    await expectNoSidewaysScroll(admin);
    await screenshot(admin, '57-person-page-long-values');

    await admin.getByRole('link', { name: 'ویرایش' }).click();
    const form = new PersonForm(admin);
    await form.field('نام خانوادگی').waitFor();
    expect(await form.contactRow(3).getByLabel('کد پستی').inputValue()).toBe('۸۱۷۴۶۷۳۱۱۱');
    await form.form().getByRole('button', { name: '+ رتبه' }).click();
    await form.form().getByLabel('رتبه', { exact: true }).fill('طلایی');
    await form.form().getByRole('button', { name: '+ زبان' }).click();
    await form.form().getByLabel('زبان', { exact: true }).fill('انگلیسی');
    await expectNoSidewaysScroll(admin);
    await screenshot(admin, '59-person-edit-long-values');
    await form.save();
    await new PersonRecord(admin).heading(/عبدالحسین/).waitFor();
    await expectText(admin.locator('.record-header__meta'), 'رتبهٔ طلایی');
  });

  it('the people list follows records created and deleted elsewhere without a reload', async () => {
    const people = new PeoplePage(admin);
    await people.open();
    await new AppFrame(admin).waitUntilLive();
    await people.row(PERSON).waitFor();
    const before = await apiCall(server.url, 'people.list', {}, token);
    const created = await apiCall(server.url, 'people.create', { firstName: 'آرش', lastName: 'آزادی' }, token);
    await people.row('آرش آزادی').waitFor();
    await apiCall(server.url, 'people.remove', { id: created.id }, token);
    await expectCount(people.row('آرش آزادی'), 0);
    await expectText(people.total(), `${String(before.total).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)))} شخص`);
  });
});
