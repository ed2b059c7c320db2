import type { TransactionInput, TransactionRowFragment } from '../../../gql/graphql';
import { missing } from '../../../components/ui/useFormState';
import type { FieldErrors } from '../../../apollo/errors';

/** Who the transaction belongs to: a programme's pooled fund, or one project. */
export interface TransactionOwner {
  programmeId?: string;
  projectId?: string;
}

/** A logframe output a transaction can be spent on; the responsible organisation limits a partner reporter. */
export interface OutputChoice {
  id: string;
  code?: string | null;
  statement: string;
  responsibleOrganisationId?: string | null;
}

export interface TransactionValues {
  type: string;
  transactionDate: string;
  valueDate: string;
  amount: string;
  currency: string;
  providerId: string | null;
  receiverId: string | null;
  receiverProjectId: string | null;
  outputId: string | null;
  description: string;
  advance: boolean;
  reversesId: string | null;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

export function blankTransaction(defaults: Partial<TransactionValues> = {}): TransactionValues {
  return {
    type: '4',
    transactionDate: todayIso(),
    valueDate: '',
    amount: '',
    currency: 'USD',
    providerId: null,
    receiverId: null,
    receiverProjectId: null,
    outputId: null,
    description: '',
    advance: false,
    reversesId: null,
    ...defaults,
  };
}

export function valuesOf(t: TransactionRowFragment): TransactionValues {
  return {
    type: t.type,
    transactionDate: t.transactionDate,
    // The API fills the value date with the transaction date; shown empty, it keeps following it.
    valueDate: t.valueDate === t.transactionDate ? '' : t.valueDate,
    amount: t.amount.amount,
    currency: t.amount.currency,
    providerId: t.provider?.id ?? null,
    receiverId: t.receiver?.id ?? null,
    receiverProjectId: t.receiverProject?.id ?? null,
    outputId: t.output?.id ?? null,
    description: t.description,
    advance: t.advance,
    reversesId: t.reversesId ?? null,
  };
}

/** Only a disbursement from a programme's fund names the project it is for, and may be an advance. */
export const isFundDisbursement = (owner: TransactionOwner, type: string) => !!owner.programmeId && type === '3';

export function toTransactionInput(owner: TransactionOwner, v: TransactionValues): TransactionInput {
  const fund = isFundDisbursement(owner, v.type);
  return {
    programmeId: owner.programmeId ?? null,
    projectId: owner.projectId ?? null,
    type: v.type,
    transactionDate: v.transactionDate,
    valueDate: v.valueDate || null,
    // Sent as typed (trimmed, without thousands separators): the server checks and stores the exact decimal.
    amount: v.amount.trim().replace(/[,\s]/g, ''),
    currency: v.currency,
    providerId: v.providerId || null,
    receiverId: v.receiverId || null,
    receiverProjectId: fund ? v.receiverProjectId || null : null,
    outputId: owner.projectId ? v.outputId || null : null,
    description: v.description.trim() || null,
    advance: fund ? v.advance : false,
    reversesId: v.reversesId || null,
  };
}

export function transactionChecks(v: TransactionValues): FieldErrors {
  return missing([
    ['type', v.type, 'choose a transaction type'],
    ['transactionDate', v.transactionDate, 'a transaction date is required'],
    ['amount', v.amount, 'an amount is required'],
    ['currency', v.currency, 'choose a currency'],
  ]);
}

/** The form's labels, for the error summary; the API names fields as they are in TransactionInput. */
export const TRANSACTION_LABELS: Record<string, string> = {
  type: 'Type',
  transactionDate: 'Transaction date',
  valueDate: 'Value date',
  amount: 'Amount',
  currency: 'Currency',
  providerId: 'Provider',
  receiverId: 'Receiver',
  receiverProjectId: 'Receiving project',
  outputId: 'Output',
  description: 'Description',
  advance: 'Advance',
  reversesId: 'Reverses',
  projectId: 'Project',
  programmeId: 'Programme',
};

/** Errors keyed without the argument's name: `input.amount` and `amount` are the same field. */
export function withoutArgument(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(fields)) (out[path.replace(/^input\./, '')] ??= []).push(...messages);
  return out;
}
