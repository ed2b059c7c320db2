import type { ProgrammeDetailFragment, ProgrammeInput } from '../../../gql/graphql';
import { missing } from '../../../components/ui/useFormState';
import { shareRow, type ShareRow } from '../../activity/composables/shares';
import { describeFieldWith, type FieldErrors } from '../../../apollo/errors';

/** What the programme form edits; lists of codes as the API takes them, sectors as editable rows. */
export interface ProgrammeFormValues {
  iatiIdentifier: string;
  title: string;
  description: string;
  status: string;
  leadAgencyId: string | null;
  startDate: string;
  endDate: string;
  focusAreas: string[];
  legalInstruments: string[];
  sdgTargets: string[];
  countries: string[];
  sectors: ShareRow[];
}

export function emptyProgrammeForm(): ProgrammeFormValues {
  return {
    iatiIdentifier: '',
    title: '',
    description: '',
    status: '2',
    leadAgencyId: null,
    startDate: '',
    endDate: '',
    focusAreas: [],
    legalInstruments: [],
    sdgTargets: [],
    countries: [],
    sectors: [shareRow()],
  };
}

export function programmeFormFrom(p: ProgrammeDetailFragment): ProgrammeFormValues {
  return {
    iatiIdentifier: p.iatiIdentifier,
    title: p.title,
    description: p.description,
    status: p.status,
    leadAgencyId: p.leadAgency.id,
    startDate: p.startDate,
    endDate: p.endDate,
    focusAreas: p.focusAreas.map((f) => f.code),
    legalInstruments: p.legalInstruments.map((l) => l.code),
    sdgTargets: p.sdgTargets.map((s) => s.code),
    countries: p.countries.map((c) => c.code),
    sectors: p.sectors.map((s) => shareRow(s.code, s.percentage, s.vocabulary)),
  };
}

export function programmeInputFrom(v: ProgrammeFormValues): ProgrammeInput {
  return {
    iatiIdentifier: v.iatiIdentifier.trim(),
    title: v.title.trim(),
    description: v.description,
    status: v.status,
    leadAgencyId: v.leadAgencyId ?? '',
    startDate: v.startDate,
    endDate: v.endDate,
    focusAreas: v.focusAreas,
    legalInstruments: v.legalInstruments,
    sdgTargets: v.sdgTargets,
    countries: v.countries,
    sectors: v.sectors.map((s) => ({ code: s.code ?? '', percentage: s.percentage ?? 0, vocabulary: s.vocabulary ?? '1' })),
  };
}

export function programmeChecks(v: ProgrammeFormValues): FieldErrors {
  return missing([
    ['iatiIdentifier', v.iatiIdentifier, 'an IATI identifier is required'],
    ['title', v.title, 'a title is required'],
    ['leadAgencyId', v.leadAgencyId, 'choose the lead agency'],
    ['startDate', v.startDate, 'a start date is required'],
    ['endDate', v.endDate, 'an end date is required'],
    ...v.sectors.flatMap((s, i): [string, unknown, string][] => [
      [`sectors.${i}.code`, s.code, 'choose a sector or remove the row'],
      [`sectors.${i}.percentage`, s.percentage, 'enter a percentage'],
    ]),
  ]);
}

export const describeProgrammeField = describeFieldWith({
  iatiIdentifier: 'IATI identifier',
  title: 'Title',
  description: 'Description',
  status: 'Status',
  leadAgencyId: 'Lead agency',
  startDate: 'Start date',
  endDate: 'End date',
  focusAreas: 'Focus areas',
  legalInstruments: 'Legal instruments',
  sdgTargets: 'SDG targets',
  countries: 'Countries',
  sectors: 'Sectors',
  'sectors.code': 'sector',
  'sectors.percentage': 'share',
});
