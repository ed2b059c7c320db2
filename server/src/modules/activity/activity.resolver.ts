import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Country } from '../reference/reference.entity.js';
import { SectorShare } from './sector-share.entity.js';
import { RecipientCountry } from './recipient-country.entity.js';
import type { RecipientCountryRow, SectorShareRow } from './activity.reads.js';

@Resolver(() => SectorShare)
export class SectorShareResolver {
  @FieldResolver(() => String, { description: 'Name of the sector.' })
  name(@Root() s: SectorShareRow, @Ctx() { codes }: Context) {
    return codes.name(s.vocabulary === '2' ? 'SectorCategory' : 'Sector', s.code);
  }
}

@Resolver(() => RecipientCountry)
export class RecipientCountryResolver {
  @FieldResolver(() => Country, { description: 'The country.' })
  country(@Root() c: RecipientCountryRow) {
    return c.country;
  }
}
