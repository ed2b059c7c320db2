/**
 * Prints a portfolio summary: projects per programme, budget, spent, and indicators by status.
 *
 *   ACCORD_URL=https://accord.example.org ACCORD_TOKEN=acc_… npx tsx examples/portfolio-client/index.ts
 */
import { pathToFileURL } from 'node:url';
import { AccordClient, AccordError, formatPortfolio, readPortfolio } from './portfolio';

export async function main(env: Record<string, string | undefined> = process.env, print: (text: string) => void = console.log): Promise<number> {
  const url = env.ACCORD_URL;
  const token = env.ACCORD_TOKEN;
  if (!url || !token) {
    print('Set ACCORD_URL (e.g. https://accord.example.org) and ACCORD_TOKEN (an API token from My account → API tokens).');
    return 2;
  }
  try {
    print(formatPortfolio(await readPortfolio(new AccordClient(url, token))));
    return 0;
  } catch (err) {
    if (err instanceof AccordError) {
      print(`Accord refused the request: ${err.message} (${err.code}, HTTP ${err.status})`);
      return 1;
    }
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
