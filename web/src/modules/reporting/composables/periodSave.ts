/**
 * Saving the "Report a period" form: the changed narratives (saveIndicatorUpdate, each with the version read),
 * then ONE setIndicatorValues for every figure, then, for "Save and submit", ONE submitIndicatorUpdates for
 * every report that holds something. Each step is all or nothing on the server; a refused step stops the
 * next, and its errors land on the fields they name. What was typed is never thrown away.
 */
import { ref, type Ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { addFieldError, toFormErrors, type FormErrors } from '../../../apollo/errors';
import { valueConflictsOf } from '../../logframe/composables/conflict';
import { pathOf, pathOfValueField, type ReportBatch } from './periodForm';
import {
  ReportingLogframeQuery,
  ReportValuesMutation,
  SaveIndicatorUpdateMutation,
  SubmitIndicatorUpdatesMutation,
  type IndicatorReport,
} from './reporting';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? 'empty' : typeof v === 'number' ? v.toLocaleString('en-GB') : `“${String(v)}”`);

export function usePeriodSave(projectId: Ref<string>) {
  const { resolveClient } = useApolloClient();
  const saveContent = useMutation(SaveIndicatorUpdateMutation, { throws: 'always' });
  const setValues = useMutation(ReportValuesMutation, { throws: 'always' });
  const submit = useMutation(SubmitIndicatorUpdatesMutation, { throws: 'always' });
  const errors = ref<FormErrors | null>(null);
  const saving = ref(false);

  const reload = () => resolveClient().refetchQueries({ include: ['ReportingLogframe', 'Logframe', 'ReportingStatus'] });

  /** The reports as the server holds them now, to say what someone else changed. */
  async function current(): Promise<Map<string, IndicatorReport[]>> {
    const { data } = await resolveClient().query({ query: ReportingLogframeQuery, variables: { projectId: projectId.value }, fetchPolicy: 'network-only' });
    return new Map(data.logframe.nodes.flatMap((n) => n.indicators).map((i) => [i.id, i.updates]));
  }

  /**
   * Runs the save; `toSubmit` lists the indicators to submit afterwards (null: a draft only).
   * Resolves to the number submitted, or null when something was refused.
   */
  async function run(batch: ReportBatch, reports: Map<string, IndicatorReport>, periodId: string, toSubmit: string[] | null): Promise<number | null> {
    if (Object.keys(batch.problems).length) {
      errors.value = { code: 'BAD_USER_INPUT', summary: 'Some fields need attention; nothing was saved.', fields: batch.problems };
      return null;
    }
    saving.value = true;
    errors.value = null;
    const versions = new Map<string, number>();
    try {
      for (const c of batch.contents) {
        const report = reports.get(c.indicatorId);
        try {
          const saved = await saveContent.mutate({ projectId: projectId.value, update: { indicatorId: c.indicatorId, periodId, version: report?.version ?? 0 }, input: { narrative: c.narrative, links: c.links } });
          if (saved?.data) versions.set(c.indicatorId, saved.data.saveIndicatorUpdate.version);
        } catch (e) {
          errors.value = await contentErrors(e, c.indicatorId, periodId);
          return null;
        }
      }
      if (batch.values.length) {
        try {
          await setValues.mutate({ projectId: projectId.value, values: batch.values });
        } catch (e) {
          errors.value = valueErrors(e, batch);
          return null;
        }
      }
      if (!toSubmit?.length) return 0;
      const refs = toSubmit.map((indicatorId) => {
        const version = versions.get(indicatorId) ?? reports.get(indicatorId)?.version ?? 0;
        // A report opened by the figures just saved has a version this page never read: leave it unchecked.
        return { indicatorId, periodId, version: version > 0 ? version : undefined };
      });
      try {
        await submit.mutate({ projectId: projectId.value, updates: refs });
      } catch (e) {
        const answer = toFormErrors(e);
        const fields = {};
        for (const [path, messages] of Object.entries(answer.fields)) {
          const m = /^updates\.(\d+)/.exec(path);
          const id = m ? toSubmit[Number(m[1])] : undefined;
          for (const message of messages) addFieldError(fields, id ? pathOf(id, 'submit') : path, message);
        }
        errors.value = { ...answer, summary: `Saved as a draft, but not submitted: ${answer.summary}`, fields };
        return null;
      }
      return toSubmit.length;
    } finally {
      saving.value = false;
      await reload();
    }
  }

  async function contentErrors(e: unknown, indicatorId: string, periodId: string): Promise<FormErrors> {
    const answer = toFormErrors(e);
    const fields = {};
    if (answer.code === 'CONFLICT') {
      const now = (await current().catch(() => new Map<string, IndicatorReport[]>())).get(indicatorId)?.find((u) => u.period.id === periodId);
      const what = now ? `someone else changed this report meanwhile (now ${now.state.toLowerCase().replace('_', ' ')}; narrative ${show(now.narrative)}). Your text is still here: check it and save again.` : 'someone else changed this report meanwhile.';
      addFieldError(fields, pathOf(indicatorId, 'narrative'), what);
    } else {
      for (const [path, messages] of Object.entries(answer.fields)) {
        const field = path.startsWith('input.links') ? 'links' : 'narrative';
        for (const message of messages) addFieldError(fields, pathOf(indicatorId, field), message);
      }
    }
    return { ...answer, summary: `Nothing was saved: ${answer.summary}`, fields };
  }

  function valueErrors(e: unknown, batch: ReportBatch): FormErrors {
    const answer = toFormErrors(e);
    const fields = {};
    const conflicts = valueConflictsOf(e)?.conflicts ?? [];
    for (const c of conflicts) {
      const path = pathOfValueField(batch.origins, `values.${c.index}`);
      const saved = c.current.actualText ?? c.current.actual ?? c.current.numerator;
      if (path) addFieldError(fields, path, `someone else saved ${show(saved)} here meanwhile; your figure is still here: check it and save again`);
    }
    for (const [apiPath, messages] of Object.entries(answer.fields)) {
      const path = pathOfValueField(batch.origins, apiPath);
      if (conflicts.length && /\.version$/.test(apiPath)) continue;
      for (const message of messages) addFieldError(fields, path ?? apiPath, message);
    }
    const narratives = batch.contents.length ? ' The narratives were saved.' : '';
    return { ...answer, summary: `The figures were not saved: ${answer.summary}${narratives}`, fields };
  }

  return { run, errors, saving };
}
