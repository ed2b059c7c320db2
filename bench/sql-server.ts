/**
 * The hand-written side of the benchmark: a bare Node HTTP handler that answers POST /op/<operation> with the
 * operation's one SQL statement (see operations.ts), run as a prepared statement on a pg Pool as large as Accord's.
 * PostgreSQL builds the JSON; the handler passes its text through. Started by run.ts with DATABASE_URL and PORT.
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { operations, type Operation } from './operations.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const ops = operations as Record<string, Operation>;

function sessionHash(cookie: string | undefined): string {
  const secret = /(?:^|;\s*)accord_session=([^;]*)/.exec(cookie ?? '')?.[1];
  return secret ? createHash('sha256').update(decodeURIComponent(secret)).digest('hex') : '';
}

function reply(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') return reply(res, 200, '{"status":"ok"}');
  const name = req.url?.startsWith('/op/') ? req.url.slice(4) : '';
  const op = ops[name];
  if (req.method !== 'POST' || !op) return reply(res, 404, '{"errors":[{"message":"no such operation"}]}');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const { rows } = await pool.query({ name, text: op.sql, values: [sessionHash(req.headers.cookie), ...op.params(variables)] });
      if (!rows.length) return reply(res, 200, '{"errors":[{"message":"not found or not allowed","extensions":{"code":"NOT_FOUND"}}],"data":null}');
      reply(res, 200, `{"data":${rows[0].data}}`);
    } catch (err) {
      reply(res, 500, JSON.stringify({ errors: [{ message: (err as Error).message }] }));
    }
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections();
  server.close(() => void pool.end().then(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
