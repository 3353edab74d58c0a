import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createPerson, readWorkbook } from '../../support/crm-fixtures';
import type { Input } from '../../../src-shared/api/contract';
import { startKavenegarServer, type KavenegarServer } from '../../support/sms-panels/kavenegar-server';
import { PANEL_API_KEY as API_KEY, PANEL_LINE as LINE, usePanel } from '../../support/sms-panels/use-panel';
import { until } from '../../support/until';



describe.each(TRANSPORTS)('SMS through a licensed panel over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  let panel: KavenegarServer;

  beforeEach(async () => {
    panel = await startKavenegarServer({ apiKey: API_KEY, lineNumber: LINE });
    office = await startTestCore(transport, { messagingTiming: { idleMs: 50, panelPollMs: 100, eventThrottleMs: 20 } });
    admin = await setUpOffice(office);
  });
  afterEach(async () => {
    await office.close();
    await panel.close();
  });

  it('sends a merged campaign to a group once per number, skipping opt-outs, logs it on each record and follows delivery', async () => {
    await usePanel(admin, panel);
    const group = await admin.call('groups.create', { name: 'مشتریان ویژه' });
    const sara = await createPerson(admin, { gender: 'female', firstName: 'سارا', lastName: 'احمدی', groupIds: [group.id], contactPoints: [{ kind: 'mobile', value: '۰۹۱۲۱۱۱۲۲۳۳' }] });
    const ali = await createPerson(admin, { gender: 'male', firstName: 'علی', lastName: 'رضایی', groupIds: [group.id], contactPoints: [{ kind: 'mobile', value: '+98 912 444 5566' }] });
    await createPerson(admin, { firstName: 'بی', lastName: 'شماره', groupIds: [group.id] });
    await createPerson(admin, { firstName: 'نخواه', lastName: 'پیامک', groupIds: [group.id], contactPoints: [{ kind: 'mobile', value: '09127778899', noSms: true }] });
    await createPerson(admin, { firstName: 'انصراف', lastName: 'داده', groupIds: [group.id], contactPoints: [{ kind: 'mobile', value: '09350001122' }] });
    await admin.call('messaging.addOptOut', { number: '0935 000 1122' });

    const body = '{خطاب} {نام خانوادگی}، جشنوارهٔ پاییزی پیوند از فردا آغاز می‌شود. با ارائهٔ همین پیامک ۲۰٪ تخفیف بگیرید.';
    const preview = await admin.call('messaging.previewCampaign', { audience: { kind: 'group', groupId: group.id }, body });
    expect(preview.audience).toMatchObject({ recipients: 2, noMobile: 1, optedOut: 2, duplicates: 0 });
    expect(preview.gateway).toBe('panel');
    expect(preview.samples.map((s) => s.text)).toEqual([
      'سرکار خانم احمدی، جشنوارهٔ پاییزی پیوند از فردا آغاز می‌شود. با ارائهٔ همین پیامک ۲۰٪ تخفیف بگیرید.',
      'جناب آقای رضایی، جشنوارهٔ پاییزی پیوند از فردا آغاز می‌شود. با ارائهٔ همین پیامک ۲۰٪ تخفیف بگیرید.',
    ]);
    expect(preview.samples[0]!.parts).toBe(2);

    const started = await admin.call('messaging.startCampaign', { name: 'جشنواره پاییز', audience: { kind: 'group', groupId: group.id }, body });
    expect(started).toMatchObject({ recipients: 2, gateway: 'panel', excluded: { noMobile: 1, optedOut: 2 } });
    const sent = await until(() => admin.call('messaging.getCampaign', { id: started.id }), (c) => c.counts.sent === 2, 'the campaign to be sent');
    expect(sent.status).toBe('done');
    expect(panel.sent.map((m) => [m.receptor, m.message.slice(0, 16)]).sort()).toEqual([
      ['09121112233', 'سرکار خانم احمدی'],
      ['09124445566', 'جناب آقای رضایی،'],
    ]);
    const history = await admin.call('interactions.list', { partyId: sara.id });
    expect(history.rows[0]).toMatchObject({ method: 'sms', direction: 'outgoing', description: expect.stringContaining('سرکار خانم احمدی') });

    for (const message of panel.sent) panel.setStatus(message.messageid, message.receptor === '09121112233' ? 10 : 11);
    const delivered = await until(() => admin.call('messaging.getCampaign', { id: started.id }), (c) => c.counts.delivered + c.counts.failed === 2, 'delivery reports');
    expect(delivered.counts).toMatchObject({ delivered: 1, failed: 1 });
    const outbox = await admin.call('messaging.listOutbox', { campaignId: started.id });
    expect(outbox.rows.find((row) => row.partyId === ali.id)).toMatchObject({ status: 'failed', error: 'panel.undelivered' });
    expect(panel.sent).toHaveLength(2);

    const report = await admin.call('messaging.exportCampaign', { id: started.id, format: 'xlsx' });
    const { sheet, rows } = await readWorkbook(report.contentBase64);
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
    expect(rows[0]!.slice(0, 4)).toEqual(['گیرنده', 'شمارهٔ همراه', 'وضعیت', 'بخش‌های ارسال‌شده']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2]]).sort()).toEqual([
      ['سارا احمدی', '0912 111 2233', 'تحویل‌شده'],
      ['علی رضایی', '0912 444 5566', 'ناموفق'],
    ]);
  });

  it('stores incoming messages, links them to the sender, applies keyword rules and links unknown senders later', async () => {
    await usePanel(admin, panel);
    const sara = await createPerson(admin, { gender: 'female', firstName: 'سارا', lastName: 'احمدی', contactPoints: [{ kind: 'mobile', value: '09121112233' }] });
    await admin.call('messaging.saveRule', { keyword: 'لغو', match: 'exact', action: 'optOut', replyText: '{خطاب} {نام خانوادگی}، شماره شما از فهرست پیامک‌ها حذف شد.' });
    await admin.call('messaging.saveRule', { keyword: 'ساعت کاری', match: 'contains', action: 'reply', replyText: 'ساعت کاری دفتر: شنبه تا چهارشنبه ۸ تا ۱۶' });
    await admin.call('messaging.saveRule', { keyword: 'شکایت', match: 'contains', action: 'refer', referToUserId: 1 });

    panel.queueInbound({ sender: '09121112233', message: 'لغو' });
    panel.queueInbound({ sender: '09359998877', message: 'سلام، ساعت کاری شما چیست؟' });
    panel.queueInbound({ sender: '09359998877', message: 'ساعت کاری؟' });
    panel.queueInbound({ sender: '09359998877', message: 'ساعت کاری!' });
    panel.queueInbound({ sender: '09359998877', message: 'ساعت کاری!!' });
    panel.queueInbound({ sender: '09121112233', message: 'از برخورد فروشنده شکایت دارم' });

    const inbox = await until(() => admin.call('messaging.listInbox', {}), (page) => page.total === 6, 'six incoming messages');
    // The complaint is a task in the user's inbox, about the sender.
    const referred = await admin.call('tasks.openFor', { partyId: sara.id });
    expect(referred).toEqual([expect.objectContaining({ source: 'sms', description: 'از برخورد فروشنده شکایت دارم', assigneeId: 1, referrerId: null })]);
    expect(inbox.rows.find((row) => row.ruleAction === 'refer')).toMatchObject({ referredTo: 1, partyId: sara.id });
    const fromSara = inbox.rows.find((row) => row.partyId === sara.id && row.text === 'لغو')!;
    expect(fromSara).toMatchObject({ text: 'لغو', ruleAction: 'optOut', partyName: 'سارا احمدی' });
    expect((await admin.call('messaging.listOptOuts', {})).rows.map((row) => [row.number, row.source])).toEqual([['+989121112233', 'keyword']]);
    expect((await admin.call('interactions.list', { partyId: sara.id })).rows).toContainEqual(expect.objectContaining({ direction: 'incoming', description: 'لغو' }));

    // The confirmation and at most three replies an hour to the unknown number (loop protection).
    await until(() => Promise.resolve(panel.sent.length), (n) => n === 4, 'the automatic replies');
    expect(panel.sent.find((m) => m.receptor === '09121112233')!.message).toBe('سرکار خانم احمدی، شماره شما از فهرست پیامک‌ها حذف شد.');
    expect(panel.sent.filter((m) => m.receptor === '09359998877')).toHaveLength(3);
    await expect(admin.fail('messaging.send', { to: [{ partyId: sara.id }], text: 'سلام' })).resolves.toMatchObject({ code: 'messaging.optedOut' });

    const unknown = (await admin.call('messaging.listInbox', { unlinked: true })).rows;
    expect(unknown).toHaveLength(4);
    const reza = await createPerson(admin, { firstName: 'رضا', lastName: 'کاظمی' });
    const linked = await admin.call('messaging.linkInbound', { id: unknown[0]!.id, partyId: reza.id });
    expect(linked).toMatchObject({ partyId: reza.id, partyName: 'رضا کاظمی' });
    expect((await admin.call('interactions.list', { partyId: reza.id })).rows).toHaveLength(1);
  });

  it('holds campaigns in quiet hours, pauses, resumes and cancels them; single messages still go', async () => {
    const now = new Date();
    const clock = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    await usePanel(admin, panel, { quietStart: clock(new Date(now.getTime() - 3_600_000)), quietEnd: clock(new Date(now.getTime() + 3_600_000)) });
    const campaign = await admin.call('messaging.startCampaign', { name: 'شب', audience: { kind: 'numbers', text: '09121112233\n۰۹۱۲۴۴۴۵۵۶۶، 0912111223' }, body: 'سلام' });
    expect(campaign.recipients).toBe(2);
    const single = await admin.call('messaging.send', { to: [{ number: '0912 555 6677' }], text: 'نوبت شما فردا ساعت ۱۰ است.' });
    await until(() => Promise.resolve(panel.sent.length), (n) => n === 1, 'the single message');
    expect(panel.sent[0]).toMatchObject({ receptor: '09125556677', localid: String(single.messageIds[0]) });

    expect((await admin.call('messaging.pauseCampaign', { id: campaign.id })).status).toBe('paused');
    expect((await admin.call('messaging.resumeCampaign', { id: campaign.id })).counts.queued).toBe(2);
    const cancelled = await admin.call('messaging.cancelCampaign', { id: campaign.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', counts: { cancelled: 2, queued: 0 } });
    await expect(admin.fail('messaging.resumeCampaign', { id: campaign.id })).resolves.toMatchObject({ code: 'messaging.campaignEnded' });
    expect(panel.sent).toHaveLength(1);
  });

  it('reaches a saved segment, the filtered list and a selection, each once per number', async () => {
    await usePanel(admin, panel);
    const tehran = await createPerson(admin, { firstName: 'نرگس', lastName: 'تهرانی', city: 'تهران', contactPoints: [{ kind: 'mobile', value: '09121110001' }] });
    const shiraz = await createPerson(admin, { firstName: 'کاوه', lastName: 'شیرازی', city: 'شیراز', contactPoints: [{ kind: 'mobile', value: '09121110002' }] });
    const segment = await admin.call('segments.save', { kind: 'person', name: 'تهرانی‌ها', filter: { city: 'تهران' } });
    const body = 'سلام {نام}';
    const names = async (audience: Input<'messaging.previewCampaign'>['audience']) =>
      (await admin.call('messaging.previewCampaign', { audience, body })).samples.map((sample) => sample.text);
    expect(await names({ kind: 'segment', segmentId: segment.id })).toEqual(['سلام نرگس']);
    expect(await names({ kind: 'filter', partyKind: 'person', filter: { city: 'شیراز' } })).toEqual(['سلام کاوه']);
    expect(await names({ kind: 'selection', partyIds: [shiraz.id, tehran.id, shiraz.id] })).toEqual(['سلام کاوه', 'سلام نرگس']);
  });

  it('warns before bulk sending from a personal SIM and past its daily cap, and sends bulk through the panel when there is one', async () => {
    const numbers = Array.from({ length: 60 }, (_, i) => `0912${2_000_000 + i}`).join('\n');
    const audience = { kind: 'numbers' as const, text: numbers };
    const onModem = await usePanel(admin, panel, { panel: null, modemEnabled: true, modemPorts: ['/dev/peyvand-no-such-modem'], modemDailyLimit: 100 });
    expect(onModem.modemEnabled).toBe(true);
    const modemPreview = await admin.call('messaging.previewCampaign', { audience, body: 'سلام' });
    expect(modemPreview).toMatchObject({ gateway: 'modem', totalParts: 60, warnings: ['modem.bulk'] });
    const longBody = 'س'.repeat(100);
    expect((await admin.call('messaging.previewCampaign', { audience, body: longBody })).warnings).toEqual(['modem.bulk', 'modem.dailyCap']);

    await usePanel(admin, panel, { modemEnabled: true, modemPorts: ['/dev/peyvand-no-such-modem'] });
    const viaPanel = await admin.call('messaging.previewCampaign', { audience, body: 'سلام' });
    expect(viaPanel).toMatchObject({ gateway: 'panel', warnings: [] });
    const small = await admin.call('messaging.previewCampaign', { audience: { kind: 'numbers', text: '09121112233' }, body: 'سلام' });
    expect(small.gateway).toBe('panel');
  });

  it('refuses bad input with Persian-worded codes, and sending without the right', async () => {
    expect(await admin.fail('messaging.send', { to: [{ number: '0912' }], text: 'سلام' })).toMatchObject({ code: 'messaging.invalidNumber', status: 400 });
    expect(await admin.fail('messaging.send', { to: [{ number: '09121112233' }], text: 'سلام' })).toMatchObject({ code: 'messaging.noGateway' });
    expect(await admin.fail('messaging.send', { to: [{ number: '09121112233' }], text: '   ' })).toMatchObject({ code: 'input.invalid' });
    const viewer = await admin.call('users.createTemplate', { name: 'فقط دیدن', scope: 'all', permissions: ['messaging.view'] });
    await admin.call('users.create', { username: 'nima', displayName: 'نیما', password: 'nima-pass-1', isAdmin: false, templateId: viewer.id });
    const nima = await signIn(office, 'nima', 'nima-pass-1');
    expect(await nima.fail('messaging.startCampaign', { name: 'x', audience: { kind: 'numbers', text: '09121112233' }, body: 'سلام' })).toMatchObject({
      code: 'auth.forbidden',
      status: 403,
    });
  });
});
