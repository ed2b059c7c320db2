import type { ProjectDetailFragment, ProjectInput } from '../../../gql/graphql';
import { missing } from '../../../components/ui/useFormState';
import { shareRow, type ShareRow } from '../../activity/composables/shares';
import { describeFieldWith, type FieldErrors } from '../../../apollo/errors';
import { markerChecks, markerRow, type MarkerRow } from './policyMarkers';

export interface ProjectFormValues {
  programmeId: string | null;
  iatiIdentifier: string;
  title: string;
  description: string;
  status: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  focusAreas: string[];
  recipientCountries: ShareRow[];
  sectors: ShareRow[];
  /** Saved with `setPolicyMarkers` once the project itself is saved. */
  policyMarkers: MarkerRow[];
}

export function emptyProjectForm(programmeId: string | null = null): ProjectFormValues {
  return {
    programmeId,
    iatiIdentifier: '',
    title: '',
    description: '',
    status: '1',
    plannedStart: '',
    plannedEnd: '',
    actualStart: '',
    actualEnd: '',
    focusAreas: [],
    recipientCountries: [shareRow()],
    sectors: [shareRow()],
    policyMarkers: [],
  };
}

export function projectFormFrom(p: ProjectDetailFragment): ProjectFormValues {
  return {
    programmeId: p.programme.id,
    iatiIdentifier: p.iatiIdentifier,
    title: p.title,
    description: p.description,
    status: p.status,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    actualStart: p.actualStart ?? '',
    actualEnd: p.actualEnd ?? '',
    focusAreas: p.focusAreas.map((f) => f.code),
    recipientCountries: p.recipientCountries.map((c) => shareRow(c.country.code, c.percentage)),
    sectors: p.sectors.map((s) => shareRow(s.code, s.percentage, s.vocabulary)),
    policyMarkers: p.policyMarkers.map((m) => markerRow(m.code, m.significance)),
  };
}

/** The create input; an update sends the same fields without the programme, which a project never leaves. */
export function projectInputFrom(v: ProjectFormValues): ProjectInput {
  return {
    programmeId: v.programmeId ?? '',
    iatiIdentifier: v.iatiIdentifier.trim(),
    title: v.title.trim(),
    description: v.description,
    status: v.status,
    plannedStart: v.plannedStart,
    plannedEnd: v.plannedEnd,
    // An emptied date is sent as null so that the stored one is cleared.
    actualStart: v.actualStart || null,
    actualEnd: v.actualEnd || null,
    focusAreas: v.focusAreas,
    recipientCountries: v.recipientCountries.map((c) => ({ country: c.code ?? '', percentage: c.percentage ?? 0 })),
    sectors: v.sectors.map((s) => ({ code: s.code ?? '', percentage: s.percentage ?? 0, vocabulary: s.vocabulary ?? '1' })),
  };
}

const rowChecks = (rows: ShareRow[], path: string, codeField: string, what: string): [string, unknown, string][] =>
  rows.flatMap((r, i): [string, unknown, string][] => [
    [`${path}.${i}.${codeField}`, r.code, `choose a ${what} or remove the row`],
    [`${path}.${i}.percentage`, r.percentage, 'enter a percentage'],
  ]);

/** The `setPolicyMarkers` argument. */
export const markersInputFrom = (v: ProjectFormValues) => v.policyMarkers.map((m) => ({ code: m.code ?? '', significance: m.significance ?? '' }));

export function projectChecks(v: ProjectFormValues): FieldErrors {
  return { ...projectFieldChecks(v), ...markerChecks(v.policyMarkers) };
}

function projectFieldChecks(v: ProjectFormValues): FieldErrors {
  return missing([
    ['programmeId', v.programmeId, 'choose the programme'],
    ['iatiIdentifier', v.iatiIdentifier, 'an IATI identifier is required'],
    ['title', v.title, 'a title is required'],
    ['plannedStart', v.plannedStart, 'a planned start date is required'],
    ['plannedEnd', v.plannedEnd, 'a planned end date is required'],
    ...rowChecks(v.recipientCountries, 'recipientCountries', 'country', 'country'),
    ...rowChecks(v.sectors, 'sectors', 'code', 'sector'),
  ]);
}

export const describeProjectField = describeFieldWith({
  programmeId: 'Programme',
  iatiIdentifier: 'IATI identifier',
  title: 'Title',
  description: 'Description',
  status: 'Status',
  plannedStart: 'Planned start',
  plannedEnd: 'Planned end',
  actualStart: 'Actual start',
  actualEnd: 'Actual end',
  focusAreas: 'Focus areas',
  recipientCountries: 'Recipient countries',
  'recipientCountries.country': 'country',
  'recipientCountries.percentage': 'share',
  sectors: 'Sectors',
  'sectors.code': 'sector',
  'sectors.percentage': 'share',
  markers: 'Policy markers',
  'markers.code': 'policy marker',
  'markers.significance': 'significance',
});
