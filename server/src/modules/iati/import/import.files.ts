import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

const ID = /^[0-9a-f-]{36}$/;

/** Uploaded IATI files, one per import job, under `DATA_DIR/iati-imports`. Names come from job ids only. */
export class ImportFiles {
  constructor(readonly dir: string) {}

  path(id: string): string {
    if (!ID.test(id)) throw new Error(`not an import id: ${JSON.stringify(id)}`);
    return path.join(this.dir, `${id}.xml`);
  }

  open(id: string): Readable {
    return fs.createReadStream(this.path(id), { highWaterMark: 256 * 1024 });
  }

  /**
   * Streams `body` to the job's file, stopping at `maxBytes` (then resolves `tooLarge` and keeps nothing).
   * Written aside and renamed, so a worker never reads half a file.
   */
  async save(id: string, body: Readable, maxBytes: number): Promise<{ bytes: number; tooLarge: boolean }> {
    await fsp.mkdir(this.dir, { recursive: true });
    const target = this.path(id);
    const partial = `${target}.${randomBytes(4).toString('hex')}.part`;
    let bytes = 0;
    let tooLarge = false;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        // Past the limit the rest is read and dropped, so that the client can read the 413; past twice the
        // limit the connection is cut.
        if (bytes > 2 * maxBytes) done(new Error('far too large'));
        else if (bytes > maxBytes) {
          tooLarge = true;
          done();
        } else done(null, chunk);
      },
    });
    try {
      await pipeline(body, limit, fs.createWriteStream(partial, { flags: 'wx' }));
      if (tooLarge) {
        await fsp.rm(partial, { force: true });
        return { bytes, tooLarge };
      }
      await fsp.rename(partial, target);
      return { bytes, tooLarge: false };
    } catch (err) {
      await fsp.rm(partial, { force: true });
      if (tooLarge) return { bytes, tooLarge: true };
      throw err;
    }
  }

  async remove(id: string): Promise<void> {
    await fsp.rm(this.path(id), { force: true });
  }
}
