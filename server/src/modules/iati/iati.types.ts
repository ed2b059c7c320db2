import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ComplianceIssue } from './compliance.js';

export enum ComplianceSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}

registerEnumType(ComplianceSeverity, {
  name: 'ComplianceSeverity',
  description: 'How much an IATI compliance item matters.',
  valuesConfig: {
    ERROR: { description: 'The IATI record would be invalid, or the export has to leave something out.' },
    WARNING: { description: 'The record is valid but weak: something IATI users expect is missing.' },
  },
});

@ObjectType({ description: 'Something to fix before a programme or project is published in IATI, with the record and field to fix.' })
export class IatiComplianceItem implements ComplianceIssue {
  @Field(() => String, { description: 'Stable code of the rule, e.g. `SECTOR_PERCENTAGES`, `BASELINE_MISSING`, `ORGANISATION_REF_MISSING`.' })
  code!: string;

  @Field(() => ComplianceSeverity, { description: 'ERROR (invalid or left out) or WARNING (weak).' })
  severity!: ComplianceSeverity;

  @Field(() => String, { description: 'What is wrong, in words.' })
  message!: string;

  @Field(() => String, { description: 'The kind of record to fix: Programme, Project, Organisation, Budget, Transaction, Document, ResultNode or Indicator.' })
  recordType!: string;

  @Field(() => String, { description: 'Id of the record to fix.' })
  recordId!: string;

  @Field(() => String, { nullable: true, description: 'The field of that record to fix, e.g. `iatiRef`, `recipientCountries`, `baselineValue`.' })
  field!: string | null;

  @Field(() => ID, { nullable: true, description: 'The project the record belongs to, where it belongs to one (the page to fix it on); null for the programme and its own records.' })
  projectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the record when it is not the programme or project itself, e.g. the organisation without an IATI identifier.' })
  recordName!: string | null;
}
