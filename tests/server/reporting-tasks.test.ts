/**
 * myReporting: what waits on each user in the reporting cycle, for a project whose reports went through the
 * cycle by the API. Partner reporters see what their organisation must report; managers what waits on their
 * approval and the indicators nobody else reports on; others nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { addDays, reportingFixture, today, type Period, type ReportingFixture } from '../support/notification-fixture.js';

const api = useApi();

const MY_REPORTING = `{ myReporting {
  toReport { ...task } returned { ...task } overdue { ...task } awaitingApproval { ...task }
  totals { toReport returned overdue awaitingApproval } } }
  fragment task on ReportingTask { projectId projectTitle indicatorId indicatorTitle nodeCode period { id label startDate endDate } dueDate overdue state returnReason submittedByName }`;

interface Task {
  projectId: string;
  indicatorTitle: string;
  nodeCode: string | null;
  period: Period;
  dueDate: string;
  overdue: boolean;
  state: string;
  returnReason: string;
  submittedByName: string | null;
}

const names = (tasks: Task[]) => tasks.map((t) => `${t.indicatorTitle} ${t.period.label} ${t.state}`).sort();

let f: ReportingFixture;
/** Periods the cycle asks about today: ended or ending within 14 days, after the lock date. */
let open: Period[];
const dueOf = (p: Period) => addDays(p.endDate, 365);

beforeAll(async () => {
  f = await reportingFixture(api);
  await f.playCycle();
  open = f.periods.filter((p) => p.endDate <= addDays(today(), 14) && p.endDate > '2024-06-30');
});

describe('myReporting for a partner reporter', () => {
  it('lists the reports its organisation still owes, split by due date, and the returned one with its reason', async () => {
    const { myReporting: r } = await f.users.partner.ok(MY_REPORTING);
    const owed = open.flatMap((p) => [
      ...(p.id === f.latest.id || p.id === f.earlier.id ? [] : [`Victims referred ${p.label} NOT_REPORTED`]),
      ...(p.id === f.latest.id ? [] : [`Shelter staff trained ${p.label} ${p.id === f.earlier.id ? 'DRAFT' : 'NOT_REPORTED'}`]),
    ]);
    const late = new Set(open.filter((p) => dueOf(p) < today()).map((p) => p.label));
    expect(names(r.overdue)).toEqual(owed.filter((n) => late.has(n.split(' ').at(-2)!)).sort());
    expect(names(r.toReport)).toEqual(owed.filter((n) => !late.has(n.split(' ').at(-2)!)).sort());
    expect(r.totals).toEqual({ toReport: r.toReport.length, overdue: r.overdue.length, returned: 1, awaitingApproval: 0 });
    expect(r.toReport.length + r.overdue.length).toBeGreaterThan(2);

    expect(r.returned).toHaveLength(1);
    expect(r.returned[0]).toMatchObject({
      projectId: f.project.id,
      projectTitle: 'Victim referral in Lagos',
      indicatorTitle: 'Shelter staff trained',
      nodeCode: '1',
      period: { id: f.latest.id, label: f.latest.label },
      dueDate: dueOf(f.latest),
      state: 'RETURNED',
      returnReason: expect.stringContaining('attendance sheets'),
    });
    expect(r.awaitingApproval).toEqual([]);
    for (const t of [...r.toReport, ...r.overdue]) {
      expect(t.dueDate).toBe(dueOf(t.period));
      expect(t.overdue).toBe(t.dueDate < today());
    }
  });

  it('never lists another organisation’s indicators, locked periods, or periods ending more than 14 days ahead', async () => {
    const { myReporting: r } = await f.users.partner.ok(MY_REPORTING);
    const all: Task[] = [...r.toReport, ...r.overdue, ...r.returned];
    expect(all.map((t) => t.indicatorTitle)).not.toContain('Border posts equipped');
    expect(all.map((t) => t.indicatorTitle)).not.toContain('Referral policy adopted');
    expect(all.every((t) => t.period.endDate > '2024-06-30' && t.period.endDate <= addDays(today(), 14))).toBe(true);

    const other = (await f.users.otherPartner.ok(MY_REPORTING)).myReporting;
    expect([...new Set([...other.toReport, ...other.overdue].map((t: Task) => t.indicatorTitle))]).toEqual(['Border posts equipped']);
    expect(other.toReport.length + other.overdue.length).toBe(open.length);
    expect(other.returned).toEqual([]);
  });
});

describe('myReporting for managers', () => {
  it('lists the submitted report waiting for approval to the project manager and to the programme manager', async () => {
    for (const manager of [f.users.manager, f.users.programmeManager]) {
      const { myReporting: r } = await manager.ok(MY_REPORTING);
      expect(names(r.awaitingApproval)).toEqual([`Victims referred ${f.latest.label} SUBMITTED`]);
      expect(r.awaitingApproval[0]).toMatchObject({ projectId: f.project.id, nodeCode: '1', submittedByName: expect.stringMatching(/^Test user/) });
      expect(r.totals.awaitingApproval).toBe(1);
      // Their own reporting: the outcome no organisation is responsible for, numbered 3 in the logframe.
      const own: Task[] = [...r.toReport, ...r.overdue];
      expect(own.map((t) => t.indicatorTitle).every((t) => t === 'Referral policy adopted')).toBe(true);
      expect(own).toHaveLength(open.length);
      expect(own[0].nodeCode).toBe('3');
      expect(r.returned).toEqual([]);
    }
  });

  it('shows a donor nothing to do, and moves a report out of the approval list once it is approved', async () => {
    const { myReporting: d } = await f.users.donor.ok(MY_REPORTING);
    expect(d.totals).toEqual({ toReport: 0, returned: 0, overdue: 0, awaitingApproval: 0 });

    await f.users.manager.ok(`mutation($p: ID!, $u: [UpdateRefInput!]!) { approveIndicatorUpdates(projectId: $p, updates: $u) { id } }`, {
      p: f.project.id,
      u: [f.cell(f.indicators.referred.id, f.latest)],
    });
    const { myReporting: r } = await f.users.manager.ok(MY_REPORTING);
    expect(r.awaitingApproval).toEqual([]);
    const { myReporting: p } = await f.users.partner.ok(MY_REPORTING);
    expect(names([...p.toReport, ...p.overdue])).not.toContain(`Victims referred ${f.latest.label} SUBMITTED`);
  });
});

describe('myReporting cost', () => {
  it('reads every list in one statement, however many tasks there are', async () => {
    api.sql.reset();
    await f.users.donor.ok(MY_REPORTING);
    const none = api.sql.count;
    api.sql.reset();
    await f.users.partner.ok(MY_REPORTING);
    expect(api.sql.count).toBe(none);
    expect(api.sql.statements.filter((s) => s.includes('reporter as')).length).toBe(1);
  });

  it('refuses an anonymous caller', async () => {
    const res = await api.anonymous.gql(MY_REPORTING);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
