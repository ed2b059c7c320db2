/**
 * Reads the portfolio an API token may see and sums it up by programme. The GraphQL documents are typed by
 * the schema (`npm run codegen` writes ./gql from them); the requests are plain `fetch`.
 */
import { graphql } from './gql';
import type { PortfolioProjectsQuery, TypedDocumentString } from './gql/graphql';

const PortfolioProjects = graphql(`
  query PortfolioProjects($first: Int!, $after: String) {
    projects(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      items {
        id
        iatiIdentifier
        title
        programme {
          id
          title
        }
      }
    }
  }
`);

const ProjectFigures = graphql(`
  query ProjectFigures($id: ID!) {
    project(id: $id) {
      finance {
        reportingCurrency
        totals {
          budget {
            amount
          }
          spent {
            amount
          }
        }
      }
    }
    logframe(projectId: $id) {
      nodes {
        indicators {
          progress {
            status
          }
        }
      }
    }
  }
`);

/** The largest page the API serves; fewer requests for the same list. */
const PAGE_SIZE = 100;

export type IndicatorStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

export interface ProgrammeLine {
  programme: string;
  projects: number;
  /** Cents in the reporting currency; null when a project's total lacks an exchange rate. */
  budgetCents: bigint | null;
  spentCents: bigint | null;
  indicators: Record<IndicatorStatus, number>;
}

export interface Portfolio {
  currency: string;
  programmes: ProgrammeLine[];
  total: ProgrammeLine;
}

/** An API error, with the code the API gave it (`extensions.code`). */
export class AccordError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class AccordClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  /** Runs one operation; throws AccordError for an HTTP failure or any error in the answer. */
  async request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
    const res = await fetch(`${this.url.replace(/\/$/, '')}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    if (error || !res.ok || !body.data) throw new AccordError(error?.message ?? `HTTP ${res.status}`, error?.extensions?.code ?? 'HTTP_ERROR', res.status);
    return body.data;
  }
}

/** "1234.5" or "-12.30" → cents; amounts are exact decimals of at most two places, never floats. */
export function toCents(amount: string): bigint {
  const [, sign, whole, fraction = ''] = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount) ?? [];
  if (whole === undefined) throw new Error(`not a money amount: ${amount}`);
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

const add = (a: bigint | null, b: string | null | undefined) => (a === null || b === null || b === undefined ? null : a + toCents(b));

const emptyLine = (programme: string): ProgrammeLine => ({
  programme,
  projects: 0,
  budgetCents: 0n,
  spentCents: 0n,
  indicators: { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0 },
});

/** Pages through every project with cursors, reads each one's figures, and sums them by programme. */
export async function readPortfolio(client: AccordClient): Promise<Portfolio> {
  const lines = new Map<string, ProgrammeLine>();
  const total = emptyLine('Total');
  let currency = '';
  let after: string | null = null;
  do {
    // Annotated: `after` is both read and written in this loop, which TypeScript cannot infer through.
    const { projects }: PortfolioProjectsQuery = await client.request(PortfolioProjects, { first: PAGE_SIZE, after });
    for (const project of projects.items) {
      const figures = await client.request(ProjectFigures, { id: project.id });
      const totals = figures.project.finance.totals;
      currency = figures.project.finance.reportingCurrency;
      let line = lines.get(project.programme.id);
      if (!line) lines.set(project.programme.id, (line = emptyLine(project.programme.title)));
      for (const l of [line, total]) {
        l.projects += 1;
        l.budgetCents = add(l.budgetCents, totals.budget.amount);
        l.spentCents = add(l.spentCents, totals.spent.amount);
        for (const node of figures.logframe.nodes) for (const indicator of node.indicators) l.indicators[indicator.progress.status] += 1;
      }
    }
    after = projects.pageInfo.hasNextPage ? (projects.pageInfo.endCursor ?? null) : null;
  } while (after);
  const programmes = [...lines.values()].sort((a, b) => a.programme.localeCompare(b.programme));
  return { currency, programmes, total };
}

/** Cents as "1,234,567.89". */
export function formatCents(cents: bigint | null): string {
  if (cents === null) return 'n/a';
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

const COLUMNS = ['Projects', 'Budget', 'Spent', 'On track', 'At risk', 'Off track', 'No data'];

/** The summary as a text table, one line per programme and a total line. */
export function formatPortfolio(portfolio: Portfolio): string {
  const rows = [...portfolio.programmes, portfolio.total].map((l) => [
    l.programme,
    String(l.projects),
    formatCents(l.budgetCents),
    formatCents(l.spentCents),
    String(l.indicators.ON_TRACK),
    String(l.indicators.AT_RISK),
    String(l.indicators.OFF_TRACK),
    String(l.indicators.NO_DATA),
  ]);
  const header = ['Programme', ...COLUMNS];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `Portfolio: ${portfolio.total.projects} projects in ${portfolio.programmes.length} programmes; money in ${portfolio.currency || 'the reporting currency'}, indicators by status.`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(0, -1).map(line),
    line(widths.map((w) => '-'.repeat(w))),
    line(rows[rows.length - 1]),
  ].join('\n');
}
