import type { TrendNoteInput, TrendNoteRowFragment } from '../../../gql/graphql';
import { missing } from '../../../components/ui/useFormState';
import { describeFieldWith, type FieldErrors, type FormErrors } from '../../../apollo/errors';

export interface SourceRow {
  title: string;
  url: string;
}

export interface TrendNoteFormValues {
  title: string;
  notedOn: string;
  body: string;
  focusAreas: string[];
  countries: string[];
  sources: SourceRow[];
  authorOrganisationId: string | null;
}

export function trendNoteFormFrom(note: TrendNoteRowFragment | null, preset: { focusArea?: string | null; country?: string | null } = {}): TrendNoteFormValues {
  if (!note) {
    return {
      title: '',
      notedOn: new Date().toISOString().slice(0, 10),
      body: '',
      focusAreas: preset.focusArea ? [preset.focusArea] : [],
      countries: preset.country ? [preset.country] : [],
      sources: [],
      authorOrganisationId: null,
    };
  }
  return {
    title: note.title,
    notedOn: note.notedOn,
    body: note.body,
    focusAreas: note.focusAreas.map((f) => f.code),
    countries: note.countries.map((c) => c.code),
    sources: note.sources.map((s) => ({ title: s.title, url: s.url ?? '' })),
    authorOrganisationId: note.authorOrganisation?.id ?? null,
  };
}

export function trendNoteInputFrom(v: TrendNoteFormValues): TrendNoteInput {
  return {
    title: v.title.trim(),
    notedOn: v.notedOn,
    body: v.body,
    focusAreas: v.focusAreas,
    countries: v.countries,
    sources: v.sources.map((s) => ({ title: s.title.trim(), url: s.url.trim() || null })),
    authorOrganisationId: v.authorOrganisationId || null,
  };
}

export function trendNoteChecks(v: TrendNoteFormValues): FieldErrors {
  return missing([
    ['title', v.title, 'a title is required'],
    ['notedOn', v.notedOn, 'a date is required'],
    ['body', v.body, 'the analysis is required'],
    ...v.sources.map((s, i): [string, unknown, string] => [`sources.${i}.title`, s.title, 'give the source a title or remove it']),
  ]);
}

/** A bad focus area or country is named by its place in the list; the form shows it at the list's control. */
export function foldNoteErrors(errors: FormErrors | null): FormErrors | null {
  if (!errors) return null;
  const fields: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors.fields)) (fields[/^(focusAreas|countries)\.\d+$/.exec(path)?.[1] ?? path] ??= []).push(...messages);
  return { ...errors, fields };
}

export const describeTrendNoteField = describeFieldWith({
  title: 'Title',
  notedOn: 'Date',
  body: 'Analysis',
  focusAreas: 'Focus areas',
  countries: 'Countries',
  sources: 'Sources',
  'sources.title': 'title',
  'sources.url': 'address',
  authorOrganisationId: 'Author organisation',
});
