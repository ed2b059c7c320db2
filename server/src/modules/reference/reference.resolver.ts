import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CodelistEntry, Country, FocusArea, LegalInstrument, SdgTarget } from './reference.entity.js';
import { LIMIT, text } from '../common/limits.js';
import * as reads from './reference.reads.js';

/** Reference lists are read as plain rows, and may come from the read replica: they change only with a release. */
@Resolver()
export class ReferenceResolver {
  @Query(() => [Country], { description: 'All countries, by name.' })
  countries(@Ctx() { reader }: Context): Promise<Country[]> {
    return reads.listCountries(reader);
  }

  @Query(() => [FocusArea], { description: 'The focus areas of the joint programmes.' })
  focusAreas(@Ctx() { reader }: Context): Promise<FocusArea[]> {
    return reads.listFocusAreas(reader);
  }

  @Query(() => [LegalInstrument], { description: 'International legal instruments whose implementation projects support, by family.' })
  legalInstruments(@Ctx() { reader }: Context): Promise<LegalInstrument[]> {
    return reads.listLegalInstruments(reader);
  }

  @Query(() => [SdgTarget], { description: 'SDG targets, in goal order.' })
  sdgTargets(@Ctx() { reader }: Context): Promise<SdgTarget[]> {
    return reads.listSdgTargets(reader);
  }

  @Query(() => [CodelistEntry], { description: 'DAC sectors in one IATI vocabulary: `1` 5-digit purpose codes (default), `2` 3-digit categories.' })
  sectors(@Arg('vocabulary', () => String, { defaultValue: '1', description: text(LIMIT.code) }) vocabulary: string, @Ctx() { reader }: Context): Promise<CodelistEntry[]> {
    return reads.listCodelist(reader, vocabulary === '2' ? 'SectorCategory' : 'Sector');
  }

  @Query(() => [CodelistEntry], {
    description:
      'Entries of one IATI code list: ActivityStatus, OrganisationRole, OrganisationType, DocumentCategory, TransactionType, IndicatorMeasure, ResultType, SectorVocabulary, BudgetType, BudgetStatus, Currency, Sector, SectorCategory.',
  })
  codelist(@Arg('name', () => String, { description: text(LIMIT.name) }) name: string, @Ctx() { reader }: Context): Promise<CodelistEntry[]> {
    return reads.listCodelist(reader, name);
  }
}
