import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject } from '../support/factories.js';

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
    const trained = sheet.getRow(2).values as unknown[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(trained[col('Indicator')]).toBe('Prosecutors trained');
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
});
