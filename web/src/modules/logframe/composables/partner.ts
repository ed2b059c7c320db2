import { computed, type Ref } from 'vue';
import type { SessionUserFragment } from '../../../gql/graphql';
import { useSession } from '../../access/composables/session';

/**
 * The organisations the user reports for on one project: a partner reporter reports results on the nodes
 * its organisation is responsible for (the API's rule; `canReport` on each node says the same per node).
 * A grant names its organisation, or else the user's own organisation stands for it.
 */
export function reportingOrganisations(user: Pick<SessionUserFragment, 'organisation' | 'roles'> | null | undefined, projectId: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of user?.roles ?? []) {
    if (r.role !== 'PARTNER_REPORTER' || r.project?.id !== projectId) continue;
    const org = r.organisation ?? user?.organisation;
    if (org) out.set(org.id, org.name);
  }
  return out;
}

interface TreeLike {
  id: string;
  parentId?: string | null;
  responsibleOrganisation?: { id: string; name: string; acronym?: string | null } | null;
}

/** The nodes to show for `keep`, in reading order: those, and every node above them for context. */
export function withAncestors<T extends TreeLike>(nodes: readonly T[], keep: ReadonlySet<string>): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const shown = new Set<string>();
  for (const id of keep) for (let n = byId.get(id); n && !shown.has(n.id); n = n.parentId ? byId.get(n.parentId) : undefined) shown.add(n.id);
  return nodes.filter((n) => shown.has(n.id));
}

/** The signed-in user's part in a logframe: whether it reports on it, and on which nodes. */
export function usePartnerView<T extends TreeLike>(projectId: Ref<string>, nodes: Ref<readonly T[]>) {
  const session = useSession();
  const organisations = computed(() => reportingOrganisations(session.user, projectId.value));
  const ownIds = computed(() => new Set(nodes.value.filter((n) => n.responsibleOrganisation && organisations.value.has(n.responsibleOrganisation.id)).map((n) => n.id)));
  // Named as the logframe names it (by acronym when it has one), which the session does not know.
  const organisationName = computed(() => {
    const named = new Map(organisations.value);
    for (const n of nodes.value) if (n.responsibleOrganisation && named.has(n.responsibleOrganisation.id)) named.set(n.responsibleOrganisation.id, n.responsibleOrganisation.acronym ?? n.responsibleOrganisation.name);
    return [...named.values()].join(', ');
  });
  return { organisations, ownIds, organisationName, reports: computed(() => ownIds.value.size > 0) };
}
