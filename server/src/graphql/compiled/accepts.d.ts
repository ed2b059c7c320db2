// The `accepts` package (Express's own content negotiation) ships no types; this is the part used here.
declare module 'accepts' {
  import type { IncomingMessage } from 'node:http';
  interface Accepts {
    /** The best of `types` for the request's Accept header, or false when it accepts none. */
    type(types: string[]): string | false;
  }
  export default function accepts(req: IncomingMessage): Accepts;
}
