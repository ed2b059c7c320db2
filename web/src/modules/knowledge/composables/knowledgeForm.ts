import type { KnowledgeItemInput, KnowledgeItemQuery, KnowledgeKind } from '../../../gql/graphql';
import { missing } from '../../../components/ui/useFormState';
import { describeFieldWith, type FieldErrors, type FormErrors } from '../../../apollo/errors';

export interface LinkedProject {
  id: string;
  title: string;
}

export interface KnowledgeFormValues {
  kind: KnowledgeKind;
  title: string;
  summary: string;
  body: string;
  publishedOn: string;
  focusAreas: string[];
  countries: string[];
  projects: LinkedProject[];
  authorOrganisationId: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

export function emptyKnowledgeForm(): KnowledgeFormValues {
  return { kind: 'BEST_PRACTICE', title: '', summary: '', body: '', publishedOn: today(), focusAreas: [], countries: [], projects: [], authorOrganisationId: null };
}

export function knowledgeFormFrom(item: KnowledgeItemQuery['knowledgeItem']): KnowledgeFormValues {
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    body: item.body,
    publishedOn: item.publishedOn,
    focusAreas: item.focusAreas.map((f) => f.code),
    countries: item.countries.map((c) => c.code),
    projects: item.projects.map((p) => ({ id: p.id, title: p.title })),
    authorOrganisationId: item.authorOrganisation?.id ?? null,
  };
}

export function knowledgeInputFrom(v: KnowledgeFormValues): KnowledgeItemInput {
  return {
    kind: v.kind,
    title: v.title.trim(),
    summary: v.summary.trim(),
    body: v.body,
    publishedOn: v.publishedOn,
    focusAreas: v.focusAreas,
    countries: v.countries,
    projectIds: v.projects.map((p) => p.id),
    authorOrganisationId: v.authorOrganisationId || null,
  };
}

export function knowledgeChecks(v: KnowledgeFormValues): FieldErrors {
  return missing([
    ['title', v.title, 'a title is required'],
    ['summary', v.summary, 'a summary is required'],
    ['publishedOn', v.publishedOn, 'a publication date is required'],
  ]);
}

/**
 * The server names a bad entry of a list by its place (`countries.1`); the form has one control per list, so
 * the message is shown at the list's control, which is also where the error summary leads.
 */
export function foldListErrors(errors: FormErrors | null): FormErrors | null {
  if (!errors) return null;
  const fields: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors.fields)) {
    const list = /^(focusAreas|countries|projectIds)\.\d+$/.exec(path)?.[1];
    (fields[list === 'projectIds' ? 'projects' : (list ?? path)] ??= []).push(...messages);
  }
  return { ...errors, fields };
}

export const describeKnowledgeField = describeFieldWith({
  kind: 'Kind',
  title: 'Title',
  summary: 'Summary',
  body: 'Text',
  publishedOn: 'Publication date',
  focusAreas: 'Focus areas',
  countries: 'Countries',
  projects: 'Projects',
  authorOrganisationId: 'Author organisation',
});
