import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, OrganisationKind } from '../../organisation/organisation.entity.js';
import type { OrgRef } from './records.js';

/** IATI OrganisationType → Accord's kind of body; a funder without a type is a donor. */
function kindOf(type: string | null, role: string): OrganisationKind {
  switch (type) {
    case '10':
    case '11':
    case '15':
      return OrganisationKind.GOVERNMENT;
    case '40':
      return OrganisationKind.UN_ENTITY;
    case '60':
      return OrganisationKind.DONOR;
    case '80':
      return OrganisationKind.ACADEMIC;
    case null:
      return role === '1' ? OrganisationKind.DONOR : OrganisationKind.NGO;
    default:
      return OrganisationKind.NGO;
  }
}

/**
 * Finds the Accord organisation an IATI file means: by IATI organisation identifier, else by exact name; creates
 * it when there is none. Existing organisations are never changed. Only ids are kept between activities.
 */
export class OrganisationMatcher {
  private readonly byRef = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  created = 0;

  constructor(private readonly tx: EntityManager) {}

  async find(org: OrgRef, role: string): Promise<{ id: string }> {
    const name = org.name.trim().slice(0, 255);
    const ref = org.ref?.trim().slice(0, 255) || null;
    const cached = (ref && this.byRef.get(ref)) || (!ref && this.byName.get(name));
    if (cached) return { id: cached };
    const [row] = ref
      ? await this.tx.execute(`select id from organisation where iati_ref = ? union all (select id from organisation where name = ? and iati_ref is null order by created_at limit 1) limit 1`, [ref, name])
      : await this.tx.execute(`select id from organisation where name = ? order by (iati_ref is null) desc, created_at limit 1`, [name]);
    let id: string = row?.id;
    if (!id) {
      const created = this.tx.create(Organisation, { name, kind: kindOf(org.type, role), iatiType: org.type, iatiRef: ref });
      await this.tx.flush();
      id = created.id;
      this.created++;
    }
    if (ref) this.byRef.set(ref, id);
    else this.byName.set(name, id);
    return { id };
  }
}
