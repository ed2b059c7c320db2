import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../common/errors.js';

/**
 * The kinds of evidence accepted, by the media type read from the bytes. A bare ZIP is refused: it can hold
 * anything, and readers could not see what it holds before downloading it.
 */
const ACCEPTED = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/** Refused for its content: HTTP 415. */
export class UnsupportedMedia extends DomainError {
  constructor(readonly detected: string) {
    super('BAD_USER_INPUT', `Files of type ${detected} are not accepted as evidence. Upload a PDF, an image (PNG, JPEG, GIF, WebP), an Office or OpenDocument file, or plain text (.txt, .csv).`, [
      { field: 'body', message: `not accepted: ${detected}` },
    ]);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text has no magic number: it is text only when it decodes as UTF-8 and holds no NUL, as no binary format does. */
function isText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The media type of an upload, from its content; the name only chooses between plain text and CSV. */
export async function mediaTypeOf(bytes: Buffer, name: string): Promise<string> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    if (ACCEPTED.has(found.mime)) return found.mime;
    throw new UnsupportedMedia(found.mime);
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (isText(bytes)) {
    // Served as text/plain or text/csv with nosniff, as an attachment: markup in a .txt stays inert text.
    if (extension === 'txt') return 'text/plain';
    if (extension === 'csv') return 'text/csv';
    throw new UnsupportedMedia(/^\s*</.test(bytes.subarray(0, 512).toString('utf8')) ? 'text/html or XML' : 'text not named .txt or .csv');
  }
  throw new UnsupportedMedia('an unknown binary format');
}
