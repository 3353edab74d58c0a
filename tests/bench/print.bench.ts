import { createPerson, waitForJob } from '../support/crm-fixtures';
import { setUpOffice, startTestCore, type TestClient } from '../support/test-core';
import { round, timeMs, type Figure } from './figures';
import { seededName } from './seed-crm';

const RECIPIENTS = 1000;

// A one-page letter body with the usual merge fields, about a hundred words.
const BODY = [
  'با سلام و احترام،',
  'بدین‌وسیله به استحضار {خطاب} {نام خانوادگی} می‌رساند که نمایشگاه سالانهٔ محصولات شرکت در تاریخ {تاریخ امروز} برگزار می‌شود و حضور شما مایهٔ افتخار ماست.',
  'نشانی شما در پروندهٔ ما {نشانی} با کد پستی {کد پستی} ثبت شده است؛ در صورت تغییر، لطفاً با شمارهٔ ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگیرید. مانده اعتبار شما {کیف پول:حروف} است.',
].join('\n');

async function seedRecipients(admin: TestClient): Promise<number> {
  const group = await admin.call('groups.create', { name: 'دعوت‌شدگان نمایشگاه', parentId: null });
  for (let i = 0; i < RECIPIENTS; i++) {
    await createPerson(admin, {
      ...seededName(i),
      gender: i % 2 ? 'female' : 'male',
      groupIds: [group.id],
      contactPoints: [{ kind: 'address', province: 'تهران', city: 'تهران', addressLine: `خیابان ولیعصر، کوچهٔ ${(i % 90) + 1}، پلاک ${(i % 40) + 1}`, postalCode: String(1_100_000_000 + i * 7919).slice(0, 10) }],
    });
  }
  return group.id;
}

// The whole run as a user starts it: recipients, merge, letter numbers, register rows and interactions
// (letters), and the file, until the job is done.
async function timedRun(admin: TestClient, templateId: number, groupId: number, format: 'pdf' | 'docx'): Promise<number> {
  let job: Awaited<ReturnType<typeof waitForJob>> | null = null;
  const ms = await timeMs(async () => {
    const started = await admin.call('printing.startRun', { templateId, audience: { kind: 'group', groupId }, format });
    job = await waitForJob(admin, started.id);
  });
  const finished = job as unknown as { state: string; result: { printed: number } };
  if (finished.state !== 'done' || finished.result.printed !== RECIPIENTS) throw new Error(`print run did not finish: ${JSON.stringify(finished).slice(0, 300)}`);
  return ms;
}

export async function printBench(): Promise<Figure[]> {
  const office = await startTestCore('direct');
  try {
    const admin = await setUpOffice(office);
    const groupId = await seedRecipients(admin);
    const templates = await admin.call('printing.listTemplates', {});
    const letter = templates.find((t) => t.kind === 'letter')!;
    await admin.call('printing.saveTemplate', { id: letter.id, version: letter.version, name: letter.name, layout: { ...letter.layout, subject: 'دعوت به نمایشگاه', body: BODY } as never });
    const labels = templates.find((t) => t.kind === 'labels')!;
    // One warm-up run each: the first PDF of a process loads and subsets the fonts.
    await timedRun(admin, labels.id, groupId, 'pdf');
    const letters = await timedRun(admin, letter.id, groupId, 'pdf');
    const docx = await timedRun(admin, letter.id, groupId, 'docx');
    const labelSheets = await timedRun(admin, labels.id, groupId, 'pdf');
    const note = (goal: number) => `1,000 recipients from a group, through printing.startRun to the finished job; goal <= ${goal} s`;
    return [
      { name: 'print.merge1000.s', value: round(letters / 1000, 2), unit: 's', n: 1, note: `${note(3)}; numbered, registered and logged letters in one PDF` },
      { name: 'print.labels1000.s', value: round(labelSheets / 1000, 2), unit: 's', n: 1, note: `${note(1)}; 3×8 sheets` },
      { name: 'print.docx1000.s', value: round(docx / 1000, 2), unit: 's', n: 1, note: `${note(5)}; the same letters to Word` },
    ];
  } finally {
    await office.close();
  }
}
