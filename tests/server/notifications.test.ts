/**
 * Notifications of the reporting cycle: each transition tells the right people and nobody else, reminders are
 * written once however often the job runs, and each notification is mailed through a local SMTP sink when
 * SMTP_URL is set (never real mail), and not mailed when it is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { useApi, Role, type Client } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { APPROVE, RETURN, RETURN_REASON, SUBMIT, UNLOCK, addDays, reportingFixture, type ReportingFixture } from '../support/notification-fixture.js';
import { configureMail } from '../../server/src/modules/notification/mail.js';
import { sendReminders } from '../../server/src/modules/notification/reminders.js';
import { createLogger } from '../../server/src/logger.js';
import { loadConfig } from '../../server/src/config.js';

const api = useApi();

const NOTIFICATIONS = `query($first: Int, $after: String) { notifications(first: $first, after: $after) { unreadCount hasNextPage endCursor items { id kind message link readAt } } }`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`;
const UNLOCK_REASON = 'The register was recounted after the audit; correct the figure.';

interface Item {
  id: string;
  kind: string;
  message: string;
  link: string;
  readAt: string | null;
}

async function inbox(client: Client): Promise<{ unreadCount: number; items: Item[] }> {
  return (await client.ok(NOTIFICATIONS, { first: 100 })).notifications;
}

interface Mail {
  to: string[];
  subject: string;
  body: string;
}

/** Decodes what nodemailer sends for plain text: quoted-printable when a line is long. */
function parse(raw: string, to: string[]): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  let body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    body = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return { to, subject: /^subject: (.*)$/im.exec(headers)?.[1] ?? '', body };
}

const mails: Mail[] = [];
let sink: SMTPServer;
let f: ReportingFixture;
let partner2: Client & { userId: string };
const log = createLogger('silent');
const em = () => api.orm.em.fork() as EntityManager;
const emailOf = async (userId: string) => (await api.raw(`select email from app_user where id = ?`, [userId]))[0].email as string;

async function mailTo(address: string, subject: string, timeout = 5000): Promise<Mail> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = mails.find((m) => m.to.includes(address) && m.subject === subject);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no mail "${subject}" to ${address}; got ${JSON.stringify(mails.map((m) => [m.to, m.subject]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(parse(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((a) => a.address)));
        done();
      });
    },
  });
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
  configureMail({ smtpUrl: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`, mailFrom: 'Accord <accord@example.test>', publicUrl: 'https://accord.example.test' });

  f = await reportingFixture(api);
  partner2 = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: f.project.id, organisationId: f.partnerOrg.id }], { organisationId: f.partnerOrg.id });
  await f.playCycle();
});

afterAll(async () => {
  configureMail({ mailFrom: 'Accord <accord@example.test>' });
  await new Promise<void>((r) => sink.close(() => r()));
});

describe('notifications of the reporting cycle', () => {
  it('tells the project manager and the programme manager of each submission, linking to the approvals page', async () => {
    for (const manager of [f.users.manager, f.users.programmeManager]) {
      const { items, unreadCount } = await inbox(manager);
      expect(items.map((i) => i.kind)).toEqual(['SUBMITTED', 'SUBMITTED']);
      expect(unreadCount).toBe(2);
      const [latest, first] = items;
      expect(first.message).toMatch(/^Test user \d+ submitted the report of "Victims referred" for .+ on Victim referral in Lagos, for your approval\.$/);
      expect(latest.message).toContain(`2 reports: "Victims referred" for ${f.latest.label}, "Shelter staff trained" for ${f.latest.label}`);
      expect(latest.link).toBe(`/projects/${f.project.id}/approvals?period=${f.latest.id}`);
    }
  });

  it('tells both partner reporters of the responsible organisation of an approval, and of a return with its reason', async () => {
    for (const partner of [f.users.partner, partner2]) {
      const { items } = await inbox(partner);
      expect(items.map((i) => i.kind)).toEqual(['RETURNED', 'APPROVED']);
      expect(items[0].message).toContain(`returned the report of "Shelter staff trained" for ${f.latest.label} on Victim referral in Lagos. Reason: ${RETURN_REASON}`);
      expect(items[0].link).toBe(`/projects/${f.project.id}/logframe?indicator=${f.indicators.trained.id}&period=${f.latest.id}`);
      expect(items[1].message).toContain(`approved the report of "Victims referred" for ${f.earlier.label}`);
    }
  });

  it('tells nobody else: not the other organisation, not the donor, not the administrators while the project has managers', async () => {
    expect((await inbox(f.users.otherPartner)).items).toEqual([]);
    expect((await inbox(f.users.donor)).items).toEqual([]);
    expect((await inbox(api)).items.filter((i) => i.message.includes('Victim referral in Lagos'))).toEqual([]);
  });

  it('tells the partner reporters of an unlock with its reason', async () => {
    await f.users.manager.ok(UNLOCK, { p: f.project.id, u: f.cell(f.indicators.referred.id, f.earlier), r: UNLOCK_REASON });
    const { items } = await inbox(f.users.partner);
    expect(items[0].kind).toBe('UNLOCKED');
    expect(items[0].message).toContain(`unlocked the report of "Victims referred" for ${f.earlier.label} on Victim referral in Lagos so that it can be corrected. Reason: ${UNLOCK_REASON}`);
  });

  it('for a node no organisation is responsible for, tells the other managers of the submission and the submitter of the decision', async () => {
    const cell = f.cell(f.indicators.policy.id, f.latest);
    await f.users.manager.ok(SET, { p: f.project.id, v: [{ ...cell, actual: 1 }] });
    await f.users.manager.ok(SUBMIT, { p: f.project.id, u: [cell] });
    expect((await inbox(f.users.manager)).items).toHaveLength(2);
    expect((await inbox(f.users.programmeManager)).items[0].message).toContain('"Referral policy adopted"');
    await f.users.programmeManager.ok(APPROVE, { p: f.project.id, u: [cell] });
    const mine = (await inbox(f.users.manager)).items[0];
    expect(mine.kind).toBe('APPROVED');
    expect(mine.message).toContain(`approved the report of "Referral policy adopted" for ${f.latest.label}`);
    expect((await inbox(f.users.partner)).items.map((i) => i.message).join()).not.toContain('Referral policy');
  });

  it('tells the administrators of a submission when nobody manages the project', async () => {
    const { project, periods } = await makeLogframeProject(api, { title: 'Unmanaged shelter project' });
    const org = await makeOrganisation(api, { name: 'Shelter NGO', kind: 'NGO' });
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: org.id, role: '4', projectId: project.id } });
    const node = await addNode(api, project.id, { statement: 'Shelters open', responsibleOrganisationId: org.id });
    const indicator = await addIndicator(api, node.id, { title: 'Shelters opened', measure: '1', aggregation: 'SUM' });
    const reporter = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id, organisationId: org.id }], { organisationId: org.id });
    const cell = { indicatorId: indicator.id, periodId: periods[0].id };
    await reporter.ok(SET, { p: project.id, v: [{ ...cell, actual: 2 }] });
    await reporter.ok(SUBMIT, { p: project.id, u: [cell] });
    const admin = (await inbox(api)).items.filter((i) => i.message.includes('Unmanaged shelter project'));
    expect(admin.map((i) => i.kind)).toEqual(['SUBMITTED']);
  });

  it('keeps the transition when the notification cannot be written', async () => {
    const cell = f.cell(f.indicators.trained.id, f.latest);
    await api.raw(`alter table notification rename to notification_away`);
    try {
      const res = await f.users.partner.gql(SUBMIT, { p: f.project.id, u: [cell] });
      expect(res.errors).toBeUndefined();
      expect(res.data.submitIndicatorUpdates[0].state).toBe('SUBMITTED');
    } finally {
      await api.raw(`alter table notification_away rename to notification`);
    }
    await f.users.manager.ok(RETURN, { p: f.project.id, u: cell, r: RETURN_REASON });
  });
});

describe('reading and marking notifications', () => {
  it('pages newest first and marks some, then all, read; another user’s notification is untouched', async () => {
    const first = (await f.users.partner.ok(NOTIFICATIONS, { first: 2 })).notifications;
    expect(first.items).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const rest = (await f.users.partner.ok(NOTIFICATIONS, { first: 100, after: first.endCursor })).notifications;
    const all = (await inbox(f.users.partner)).items;
    expect([...first.items, ...rest.items].map((i: Item) => i.id)).toEqual(all.map((i) => i.id));

    const someoneElses = (await inbox(partner2)).items[0].id;
    const left = (await f.users.partner.ok(MARK, { ids: [all[0].id, someoneElses] })).markNotificationsRead;
    expect(left).toBe(all.length - 1);
    const after = await inbox(f.users.partner);
    expect(after.unreadCount).toBe(all.length - 1);
    expect(after.items[0].readAt).not.toBeNull();
    expect((await inbox(partner2)).items.find((i) => i.id === someoneElses)!.readAt).toBeNull();

    expect((await f.users.partner.ok(MARK, { all: true })).markNotificationsRead).toBe(0);
    expect((await inbox(f.users.partner)).unreadCount).toBe(0);
    const bad = await f.users.partner.gql(MARK, { ids: ['not-an-id'] });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('cost of the notifications list', () => {
  it('reads a page and the unread count in one statement, whatever the page size', async () => {
    api.sql.reset();
    await f.users.partner.ok(NOTIFICATIONS, { first: 1 });
    const one = api.sql.count;
    api.sql.reset();
    await f.users.partner.ok(NOTIFICATIONS, { first: 100 });
    expect(api.sql.count).toBe(one);
    expect(api.sql.statements.filter((s) => /from notification/.test(s))).toHaveLength(1);
  });
});

describe('reminders', () => {
  it('reminds each partner reporter once per project, period and kind, however often and however concurrently the job runs', async () => {
    // Three days before the latest period's results are due: it is due soon, the periods before it are overdue.
    const day = addDays(f.latest.endDate, 365 - 3);
    const runs = await Promise.all([sendReminders(em(), log, day), sendReminders(em(), log, day)]);
    expect(await sendReminders(em(), log, day)).toBe(0);
    const periodsBefore = f.periods.filter((p) => p.endDate > '2024-06-30' && p.endDate < f.latest.endDate).length;

    for (const partner of [f.users.partner, partner2]) {
      const reminders = (await inbox(partner)).items.filter((i) => i.kind === 'DUE' || i.kind === 'OVERDUE');
      const due = reminders.filter((i) => i.kind === 'DUE');
      expect(due).toHaveLength(1);
      expect(due[0].message).toBe(`The report of "Shelter staff trained" on Victim referral in Lagos for ${f.latest.label} is due on ${addDays(f.latest.endDate, 365)}.`);
      expect(due[0].link).toBe(`/projects/${f.project.id}/logframe?period=${f.latest.id}`);
      expect(reminders.filter((i) => i.kind === 'OVERDUE')).toHaveLength(periodsBefore);
    }
    const others = (await inbox(f.users.otherPartner)).items;
    expect(others.every((i) => i.message.includes('"Border posts equipped"'))).toBe(true);
    // The two concurrent runs wrote each reminder once between them (other tests' projects have reminders too).
    const [stored] = await api.raw(`select count(*)::int as n, count(distinct (user_id, key))::int as distinct from notification where kind in ('DUE', 'OVERDUE')`);
    expect(runs[0] + runs[1]).toBe(stored.n);
    expect(stored.distinct).toBe(stored.n);
    expect(stored.n).toBeGreaterThanOrEqual(2 * (periodsBefore + 1) + others.length);
    for (const user of [f.users.manager, f.users.donor]) expect((await inbox(user)).items.filter((i) => i.kind === 'DUE' || i.kind === 'OVERDUE')).toEqual([]);
  });
});

describe('e-mail', () => {
  it('mails each notification to the user’s address, naming the indicator, the period and the reason', async () => {
    const partnerEmail = await emailOf(f.users.partner.userId);
    const returned = await mailTo(partnerEmail, 'Accord: A report was returned to you');
    expect(returned.body).toContain(`"Shelter staff trained" for ${f.latest.label}`);
    expect(returned.body).toContain(RETURN_REASON);
    expect(returned.body).toContain(`Open it in Accord: https://accord.example.test/projects/${f.project.id}/logframe?indicator=${f.indicators.trained.id}`);

    const managerMail = await mailTo(await emailOf(f.users.programmeManager.userId), 'Accord: Reports waiting for your approval');
    expect(managerMail.body).toContain('"Victims referred"');
    const due = await mailTo(partnerEmail, 'Accord: Reports due soon');
    expect(due.body).toContain(`for ${f.latest.label} is due on`);
    // Never to someone the notification is not for.
    expect(mails.filter((m) => m.to.includes(partnerEmail)).every((m) => !m.body.includes('Border posts equipped'))).toBe(true);

    const [row] = await api.raw(`select count(*)::int as n from notification where user_id = ? and mailed_at is null`, [f.users.partner.userId]);
    expect(row.n).toBe(0);
  });

  it('sends nothing when no SMTP_URL is set', async () => {
    configureMail({ mailFrom: 'Accord <accord@example.test>' });
    const before = mails.length;
    const cell = f.cell(f.indicators.trained.id, f.latest);
    await f.users.partner.ok(SUBMIT, { p: f.project.id, u: [cell] });
    await f.users.manager.ok(RETURN, { p: f.project.id, u: cell, r: 'Still short of the register.' });
    const [row] = await api.raw(`select count(*)::int as n from notification where user_id = ? and mailed_at is null and message like '%Still short%'`, [f.users.partner.userId]);
    expect(row.n).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(mails.length).toBe(before);
  });

  it('takes PUBLIC_URL as an http or https address for the links, and stops at start on anything else', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://accord.example.org/' }).publicUrl).toBe('https://accord.example.org');
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(() => loadConfig({ PUBLIC_URL: 'accord.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });
});
