import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import LogframeDiff from '../../web/src/modules/logframe/components/LogframeDiff.vue';
import type { LogframeDiffViewFragment } from '../../web/src/gql/graphql';
import { globalWith } from './support';

const empty: LogframeDiffViewFragment = {
  addedNodes: [],
  removedNodes: [],
  movedNodes: [],
  changedNodes: [],
  addedIndicators: [],
  removedIndicators: [],
  changedIndicators: [],
  changedTargets: [],
};

const render = (diff: Partial<LogframeDiffViewFragment>) =>
  mount(LogframeDiff, { props: { diff: { ...empty, ...diff }, organisationName: (id: string) => (id === 'org-naptip' ? 'NAPTIP' : 'another organisation') }, global: globalWith() });

/** What a sighted reader sees: the arrow, without the word "became" that is there for screen readers. */
const seen = (text: string) => text.replace(/\s*→\s*became\s*/g, ' → ');

describe('LogframeDiff', () => {
  it('says so when nothing changed', () => {
    expect(render({}).text()).toBe('No differences: the two versions are the same.');
  });

  it('reads as sentences: what was added, removed, moved and changed, field by field', () => {
    const diff = render({
      addedNodes: [{ id: 'n1', statement: 'Border liaison offices set up', fromCode: null, toCode: '1.1.3' }],
      removedNodes: [{ id: 'n2', statement: 'Hotline run', fromCode: '1.2.2', toCode: null }],
      movedNodes: [{ id: 'n3', statement: 'Judges trained', fromCode: '1.1.2', toCode: '1.1.1' }],
      changedNodes: [
        {
          id: 'n4',
          statement: 'Prosecutors, judges and police trained',
          toCode: '1.1.1',
          changes: [
            { field: 'statement', before: 'Prosecutors trained', after: 'Prosecutors, judges and police trained' },
            { field: 'responsibleOrganisationId', before: null, after: 'org-naptip' },
          ],
        },
      ],
      addedIndicators: [{ id: 'i1', title: 'Meetings held', nodeCode: '1.1.3' }],
      changedIndicators: [{ id: 'i2', title: 'Cases brought to court', nodeCode: '1.1', changes: [{ field: 'baselineValue', before: 0, after: 12 }] }],
      changedTargets: [{ indicatorId: 'i2', indicatorTitle: 'Cases brought to court', period: '2026-Q1', dimension: '', category: '', before: 5, after: 8 }],
    });
    const sections = diff.findAll('section');
    expect(sections.map((s) => s.get('h4').text())).toEqual([
      'Results added (1)',
      'Results removed (1)',
      'Results moved (1)',
      'Results changed (1)',
      'Indicators added (1)',
      'Indicators changed (1)',
      'Targets changed (1)',
    ]);
    expect(sections[0].get('li').text()).toBe('1.1.3 Border liaison offices set up');
    expect(sections[1].get('del').text()).toBe('Hotline run');
    expect(seen(sections[2].text())).toContain('Judges trained: 1.1.2 → 1.1.1');
    expect(sections[2].get('.visually-hidden').text()).toBe('became');
    const changes = sections[3].findAll('.diff__changes li').map((li) => seen(li.text()));
    expect(changes).toEqual(['statement: “Prosecutors trained” → “Prosecutors, judges and police trained”', 'responsible organisation: (none) → NAPTIP']);
    expect(sections[4].text()).toContain('Meetings held on 1.1.3');
    expect(seen(sections[5].text())).toContain('baseline value: 0 → 12');
    const cells = sections[6].findAll('tbody td').map((td) => td.text());
    expect(cells).toEqual(['Cases brought to court', '2026-Q1', 'Total', '5', '8']);
  });

  it('names a disaggregated target by its dimension and value', () => {
    const diff = render({ changedTargets: [{ indicatorId: 'i', indicatorTitle: 'Trained', period: '2026-Q2', dimension: 'sex', category: 'female', before: null, after: 10 }] });
    expect(diff.findAll('tbody td').map((td) => td.text())).toEqual(['Trained', '2026-Q2', 'sex: female', '(none)', '10']);
  });
});
