/**
 * A manager's decisions on reports: approve (one or many, all or nothing), return with a reason, unlock with
 * a reason; and a reporter's submit. Each refetches the reports, the logframe and the status counts.
 */
import { ref, type Ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { toFormErrors, type FormErrors } from '../../../apollo/errors';
import {
  ApproveIndicatorUpdatesMutation,
  ReturnIndicatorUpdateMutation,
  SubmitIndicatorUpdatesMutation,
  UnlockIndicatorUpdateMutation,
  refetchReporting,
} from './reporting';

export interface UpdateRef {
  indicatorId: string;
  periodId: string;
  version: number;
}

const ref0 = (r: UpdateRef) => ({ indicatorId: r.indicatorId, periodId: r.periodId, version: r.version });

export function useDecisions(projectId: Ref<string>) {
  const approveM = useMutation(ApproveIndicatorUpdatesMutation, { throws: 'always', ...refetchReporting });
  const submitM = useMutation(SubmitIndicatorUpdatesMutation, { throws: 'always', ...refetchReporting });
  const returnM = useMutation(ReturnIndicatorUpdateMutation, { throws: 'always', ...refetchReporting });
  const unlockM = useMutation(UnlockIndicatorUpdateMutation, { throws: 'always', ...refetchReporting });
  const { resolveClient } = useApolloClient();
  const busy = ref(false);
  const errors = ref<FormErrors | null>(null);

  async function attempt(action: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    errors.value = null;
    try {
      await action();
      return true;
    } catch (e) {
      errors.value = toFormErrors(e);
      // A refusal often means the reports moved on (someone else decided, a version changed): show them as they are.
      if (errors.value.code === 'CONFLICT') await resolveClient().refetchQueries({ include: refetchReporting.refetchQueries });
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    busy,
    errors,
    approve: (refs: UpdateRef[]) => attempt(() => approveM.mutate({ projectId: projectId.value, updates: refs.map(ref0) })),
    submit: (refs: UpdateRef[]) => attempt(() => submitM.mutate({ projectId: projectId.value, updates: refs.map(ref0) })),
    sendBack: (r: UpdateRef, reason: string) => attempt(() => returnM.mutate({ projectId: projectId.value, update: ref0(r), input: { reason } })),
    unlock: (r: UpdateRef, reason: string) => attempt(() => unlockM.mutate({ projectId: projectId.value, update: ref0(r), input: { reason } })),
  };
}
