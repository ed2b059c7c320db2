import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CodelistEntry, Country, FocusArea, LegalInstrument, SdgTarget } from './reference.entity.js';
import { LIMIT, text } from '../common/limits.js';

@Resolver()
export class ReferenceResolver {
  @Query(() => [Country], { description: 'All countries, by name.' })
  countries(@Ctx() { em }: Context): Promise<Country[]> {
    return em.find(Country, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [FocusArea], { description: 'The focus areas of the joint programmes.' })
  focusAreas(@Ctx() { em }: Context): Promise<FocusArea[]> {
    return em.find(FocusArea, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [LegalInstrument], { description: 'International legal instruments whose implementation projects support, by family.' })
  legalInstruments(@Ctx() { em }: Context): Promise<LegalInstrument[]> {
    return em.find(LegalInstrument, {}, { orderBy: { family: 'asc', adopted: 'asc', code: 'asc' } });
  }

  @Query(() => [SdgTarget], { description: 'SDG targets, in goal order.' })
  sdgTargets(@Ctx() { em }: Context): Promise<SdgTarget[]> {
    return em.find(SdgTarget, {}, { orderBy: { goal: 'asc', code: 'asc' } });
  }

  @Query(() => [CodelistEntry], { description: 'DAC sectors in one IATI vocabulary: `1` 5-digit purpose codes (default), `2` 3-digit categories.' })
  sectors(@Arg('vocabulary', () => String, { defaultValue: '1', description: text(LIMIT.code) }) vocabulary: string, @Ctx() { em }: Context): Promise<CodelistEntry[]> {
    return em.find(CodelistEntry, { list: vocabulary === '2' ? 'SectorCategory' : 'Sector' }, { orderBy: { code: 'asc' } });
  }

  @Query(() => [CodelistEntry], {
    description:
      'Entries of one IATI code list: ActivityStatus, OrganisationRole, OrganisationType, DocumentCategory, TransactionType, IndicatorMeasure, ResultType, SectorVocabulary, BudgetType, BudgetStatus, Currency, Sector, SectorCategory.',
  })
  codelist(@Arg('name', () => String, { description: text(LIMIT.name) }) name: string, @Ctx() { em }: Context): Promise<CodelistEntry[]> {
    return em.find(CodelistEntry, { list: name }, { orderBy: { code: 'asc' } });
  }
}
