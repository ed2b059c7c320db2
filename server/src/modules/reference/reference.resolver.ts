import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CodelistEntry, Country, FocusArea, LegalInstrument, SdgTarget } from './reference.entity.js';
import { LIMIT, text } from '../common/limits.js';

/** Reference lists are read as plain rows, and may come from the read replica: they change only with a release. */
@Resolver()
export class ReferenceResolver {
  @Query(() => [Country], { description: 'All countries, by name.' })
  countries(@Ctx() { reader }: Context): Promise<Country[]> {
    return reader.rows<Country>('select code, name, region from country order by name asc');
  }

  @Query(() => [FocusArea], { description: 'The focus areas of the joint programmes.' })
  focusAreas(@Ctx() { reader }: Context): Promise<FocusArea[]> {
    return reader.rows<FocusArea>('select code, name, description from focus_area order by name asc');
  }

  @Query(() => [LegalInstrument], { description: 'International legal instruments whose implementation projects support, by family.' })
  legalInstruments(@Ctx() { reader }: Context): Promise<LegalInstrument[]> {
    return reader.rows<LegalInstrument>('select code, name, short_name as "shortName", family, adopted::text as adopted from legal_instrument order by family asc, adopted asc, code asc');
  }

  @Query(() => [SdgTarget], { description: 'SDG targets, in goal order.' })
  sdgTargets(@Ctx() { reader }: Context): Promise<SdgTarget[]> {
    return reader.rows<SdgTarget>('select code, goal, title from sdg_target order by goal asc, code asc');
  }

  @Query(() => [CodelistEntry], { description: 'DAC sectors in one IATI vocabulary: `1` 5-digit purpose codes (default), `2` 3-digit categories.' })
  sectors(@Arg('vocabulary', () => String, { defaultValue: '1', description: text(LIMIT.code) }) vocabulary: string, @Ctx() { reader }: Context): Promise<CodelistEntry[]> {
    return codelist(reader, vocabulary === '2' ? 'SectorCategory' : 'Sector');
  }

  @Query(() => [CodelistEntry], {
    description:
      'Entries of one IATI code list: ActivityStatus, OrganisationRole, OrganisationType, DocumentCategory, TransactionType, IndicatorMeasure, ResultType, SectorVocabulary, BudgetType, BudgetStatus, Currency, Sector, SectorCategory.',
  })
  codelist(@Arg('name', () => String, { description: text(LIMIT.name) }) name: string, @Ctx() { reader }: Context): Promise<CodelistEntry[]> {
    return codelist(reader, name);
  }
}

const codelist = (reader: Context['reader'], list: string) =>
  reader.rows<CodelistEntry>('select id, list, code, name, description, category from codelist_entry where list = ? order by code asc', [list]);
