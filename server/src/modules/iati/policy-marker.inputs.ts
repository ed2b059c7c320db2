import { InputType } from 'type-graphql';
import { LIMIT, TextField } from '../common/limits.js';

@InputType({ description: 'A policy marker of a project and its significance.' })
export class PolicyMarkerInput {
  @TextField(LIMIT.code, { description: 'IATI PolicyMarker code, 1–12.' })
  code!: string;

  @TextField(LIMIT.code, { description: 'IATI PolicySignificance code, 0–4.' })
  significance!: string;
}

/** At most one per marker code, and there are twelve codes. */
export const MAX_MARKERS = 12;
