import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ResultNode } from './result-node.entity.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorValue, ReportingPeriod } from './reporting.entity.js';
import { orderTree } from './tree.service.js';

const groupBy = <T>(items: T[], key: (t: T) => string) => {
  const map = new Map<string, T[]>();
  for (const i of items) map.set(key(i), [...(map.get(key(i)) ?? []), i]);
  return map;
};

/** Batch loaders of the logframe, one query per kind for all the projects, nodes or indicators of a response. */
export function logframeLoaders(em: EntityManager) {
  return {
    /** Code and depth of every node, per project. */
    tree: new DataLoader(async (projectIds: readonly string[]) => {
      const nodes = await em.find(ResultNode, { project: { $in: [...projectIds] } });
      const byProject = groupBy(nodes, (n) => n.project.id);
      return projectIds.map((id) => orderTree(byProject.get(id) ?? []));
    }),
    indicatorsByNode: new DataLoader(async (nodeIds: readonly string[]) => {
      const byNode = groupBy(await em.find(Indicator, { node: { $in: [...nodeIds] } }, { orderBy: { position: 'asc' } }), (i) => i.node.id);
      return nodeIds.map((id) => byNode.get(id) ?? []);
    }),
    valuesByIndicator: new DataLoader(async (indicatorIds: readonly string[]) => {
      const values = await em.find(IndicatorValue, { indicator: { $in: [...indicatorIds] } }, { populate: ['period'] });
      const byIndicator = groupBy(values, (v) => v.indicator.id);
      return indicatorIds.map((id) => (byIndicator.get(id) ?? []).sort((a, b) => a.period.getEntity().startDate.localeCompare(b.period.getEntity().startDate)));
    }),
    periodsByProject: new DataLoader(async (projectIds: readonly string[]) => {
      const byProject = groupBy(await em.find(ReportingPeriod, { project: { $in: [...projectIds] } }, { orderBy: { startDate: 'asc' } }), (p) => p.project.id);
      return projectIds.map((id) => byProject.get(id) ?? []);
    }),
  };
}

export type LogframeLoaders = ReturnType<typeof logframeLoaders>;
