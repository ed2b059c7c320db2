import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import ProjectForm from '../../web/src/modules/project/components/ProjectForm.vue';
import { emptyProjectForm, markersInputFrom, projectChecks, projectFormFrom, projectInputFrom } from '../../web/src/modules/project/composables/projectForm';
import { markerRow } from '../../web/src/modules/project/composables/policyMarkers';
import type { ProjectDetailFragment } from '../../web/src/gql/graphql';
import { shareRow } from '../../web/src/modules/activity/composables/shares';
import { toFormErrors } from '../../web/src/apollo/errors';
import { fixtureClient, globalWith, programmeOptions, referenceData } from './support';

/** The refusal the API sends for a project with several problems at once. */
const refusal = new ApolloError({
  graphQLErrors: [
    new GraphQLError('The input is not valid.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'iatiIdentifier', message: 'the IATI identifier XM-1 is already used by another programme or project' },
          { field: 'plannedEnd', message: 'the planned end date cannot be before the start date' },
          { field: 'recipientCountries.1.country', message: '"XX" is not a known ISO 3166 country code' },
          { field: 'recipientCountries', message: 'Country percentages must add up to 100 (they add up to 90)' },
          { field: 'sectors.0.percentage', message: 'a percentage must be more than 0' },
        ],
      },
    }),
  ],
});

async function form(errors = toFormErrors(refusal)) {
  const values = { ...emptyProjectForm('p1'), title: 'Border liaison offices', recipientCountries: [shareRow('NG', 60), shareRow('NE', 30)] };
  const wrapper = mount(ProjectForm, {
    props: { modelValue: values, errors, saving: false, submitLabel: 'Create project', editing: false },
    global: globalWith(fixtureClient({ ReferenceData: referenceData, ProgrammeOptions: programmeOptions })),
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

/** The control and its message must share the nearest field wrapper, and the control must point at the message. */
function expectBeside(wrapper: Awaited<ReturnType<typeof form>>, path: string, container: string, message: string) {
  const id = `f-${path.replace(/\./g, '-')}`;
  const control = wrapper.get(`#${id}`);
  const error = wrapper.get(`#${id}-error`);
  expect(error.text()).toBe(message);
  expect(control.attributes('aria-invalid')).toBe('true');
  expect(control.attributes('aria-describedby')).toContain(`${id}-error`);
  expect(control.element.closest(container)).toBe(error.element.closest(container));
}

describe('ProjectForm with errors from the API', () => {
  it('shows each message beside its own field', async () => {
    const wrapper = await form();
    expectBeside(wrapper, 'iatiIdentifier', '.field', 'the IATI identifier XM-1 is already used by another programme or project');
    expectBeside(wrapper, 'plannedEnd', '.field', 'the planned end date cannot be before the start date');
    expectBeside(wrapper, 'recipientCountries.1.country', '[data-testid="share-row"]', '"XX" is not a known ISO 3166 country code');
    expectBeside(wrapper, 'sectors.0.percentage', '[data-testid="share-row"]', 'a percentage must be more than 0');
    expect(wrapper.get('fieldset#f-recipientCountries #f-recipientCountries-error').text()).toBe('Country percentages must add up to 100 (they add up to 90)');

    // Fields without a problem stay unmarked.
    expect(wrapper.get('#f-title').attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.find('#f-title-error').exists()).toBe(false);
    expect(wrapper.findAll('.field-error')).toHaveLength(5);
    wrapper.unmount();
  });

  it('lists every problem in the summary at the top, named the way the form names the field', async () => {
    const wrapper = await form();
    const summary = wrapper.get('.error-summary');
    expect(summary.attributes('role')).toBe('alert');
    expect(summary.findAll('li a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['IATI identifier: the IATI identifier XM-1 is already used by another programme or project', '#f-iatiIdentifier'],
      ['Planned end: the planned end date cannot be before the start date', '#f-plannedEnd'],
      ['Recipient countries, row 2, country: "XX" is not a known ISO 3166 country code', '#f-recipientCountries-1-country'],
      ['Recipient countries: Country percentages must add up to 100 (they add up to 90)', '#f-recipientCountries'],
      ['Sectors, row 1, share: a percentage must be more than 0', '#f-sectors-0-percentage'],
    ]);
    // The user's input is untouched by the refusal.
    expect((wrapper.get('#f-title').element as HTMLInputElement).value).toBe('Border liaison offices');
    wrapper.unmount();
  });

  it('fills the programme’s focus areas into a new project', async () => {
    const wrapper = await form(null as never);
    expect(wrapper.props('modelValue').focusAreas).toEqual(['TIP_SOM']);
    wrapper.unmount();
  });
});

describe('project checks made before sending', () => {
  it('flags only what would make the request itself invalid', () => {
    const values = { ...emptyProjectForm(null), recipientCountries: [shareRow('NG', 60), shareRow(null, null)], sectors: [] };
    expect(projectChecks(values)).toEqual({
      programmeId: ['choose the programme'],
      iatiIdentifier: ['an IATI identifier is required'],
      title: ['a title is required'],
      plannedStart: ['a planned start date is required'],
      plannedEnd: ['a planned end date is required'],
      'recipientCountries.1.country': ['choose a country or remove the row'],
      'recipientCountries.1.percentage': ['enter a percentage'],
    });
  });
});

describe('project form values', () => {
  it('sends back every stored sector as loaded, SDG goals and targets included, and the policy markers', () => {
    const stored = {
      programme: { id: 'p1' },
      iatiIdentifier: 'XM-1',
      title: 'T',
      description: '',
      status: '2',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      actualStart: null,
      actualEnd: null,
      focusAreas: [],
      recipientCountries: [],
      sectors: [
        { code: '15130', name: 'Legal and judicial development', percentage: 100, vocabulary: '1' },
        { code: '16', name: null, percentage: 100, vocabulary: '7' },
        { code: '16.4', name: null, percentage: 70, vocabulary: '8' },
        { code: '5.2', name: null, percentage: 30, vocabulary: '8' },
      ],
      policyMarkers: [{ code: '1', significance: '2' }],
    } as unknown as ProjectDetailFragment;
    const values = projectFormFrom(stored);
    expect(projectInputFrom(values).sectors).toEqual([
      { code: '15130', percentage: 100, vocabulary: '1' },
      { code: '16', percentage: 100, vocabulary: '7' },
      { code: '16.4', percentage: 70, vocabulary: '8' },
      { code: '5.2', percentage: 30, vocabulary: '8' },
    ]);
    expect(markersInputFrom(values)).toEqual([{ code: '1', significance: '2' }]);
  });

  it('asks for a policy marker and its significance on every row, each marker once, at the API’s paths', () => {
    const values = { ...emptyProjectForm('p1'), policyMarkers: [markerRow('1', '2'), markerRow('1', null), markerRow(null, '0')] };
    const errors = projectChecks(values);
    expect(errors['markers.1.code']).toEqual(['Gender equality is listed twice']);
    expect(errors['markers.1.significance']).toEqual(['choose the significance']);
    expect(errors['markers.2.code']).toEqual(['choose a policy marker or remove the row']);
    expect(errors['markers.0.code']).toBeUndefined();
  });
});
