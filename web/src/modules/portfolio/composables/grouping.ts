/** A programme and the projects of the current list that belong to it. */
export interface ProgrammeGroup<P, J> {
  programme: P;
  projects: J[];
}

/**
 * Groups a page of projects under their programmes, programmes by title. `alsoShow` adds programmes that
 * have no project to list (a new programme must still be reachable from the portfolio).
 */
export function groupByProgramme<P extends { id: string; title: string }, J extends { programme: P }>(projects: J[], alsoShow: P[] = []): ProgrammeGroup<P, J>[] {
  const groups = new Map<string, ProgrammeGroup<P, J>>();
  for (const project of projects) {
    const group = groups.get(project.programme.id);
    if (group) group.projects.push(project);
    else groups.set(project.programme.id, { programme: project.programme, projects: [project] });
  }
  for (const programme of alsoShow) if (!groups.has(programme.id)) groups.set(programme.id, { programme, projects: [] });
  return [...groups.values()].sort((a, b) => a.programme.title.localeCompare(b.programme.title));
}
