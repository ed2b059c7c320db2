// Preloaded into both servers (node --import): counts every statement a pg client sends (BEGIN and COMMIT
// included), and answers the benchmark's { type: 'statements' } message with the count so far. Both servers reach
// PostgreSQL through this one `pg` package, so both are counted the same way.
import pg from 'pg';

let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  count++;
  return query.apply(this, args);
};

if (process.send) {
  process.on('message', (m) => {
    if (m?.type === 'statements') process.send({ type: 'statements', count });
  });
  // The benchmark went away without stopping us: stop as on Ctrl-C.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
