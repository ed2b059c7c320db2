import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ImportState } from './import.entity.js';

registerEnumType(ImportState, {
  name: 'IatiImportState',
  description: 'Where an IATI import stands.',
  valuesConfig: {
    UPLOADED: { description: 'Received; waiting to be read.' },
    PREVIEWING: { description: 'Being read and checked; `progress` says how far.' },
    READY: { description: 'Read without errors: the preview says what an import would do. Import it with commitIatiImport.' },
    INVALID: { description: 'The file has errors (see `errors`, with line numbers); nothing can be imported from it.' },
    QUEUED: { description: 'The import was asked for and waits for the worker.' },
    IMPORTING: { description: 'Being written, in one transaction: all of it or nothing.' },
    IMPORTED: { description: 'Written; `result` says what was created and updated.' },
    FAILED: { description: 'Stopped without writing anything; `failure` says why. It can be imported again.' },
    CANCELLED: { description: 'Cancelled by its owner.' },
  },
});

export enum IatiActivityKind {
  PROGRAMME = 'PROGRAMME',
  PROJECT = 'PROJECT',
}
registerEnumType(IatiActivityKind, {
  name: 'IatiActivityKind',
  description: 'What an IATI activity becomes in Accord: a programme (a parent activity) or a project (a child activity).',
  valuesConfig: { PROGRAMME: { description: 'A joint programme: an activity with child activities.' }, PROJECT: { description: 'A project: a child activity of a programme.' } },
});

export enum IatiImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
}
registerEnumType(IatiImportAction, {
  name: 'IatiImportAction',
  description: 'Whether the import creates the activity or updates the one Accord holds with the same IATI identifier.',
  valuesConfig: { CREATE: { description: 'Accord holds no activity with this IATI identifier: the import creates it.' }, UPDATE: { description: 'Accord holds an activity with this IATI identifier: the import updates it.' } },
});

@ObjectType({ description: 'An error or a warning found in an IATI file, with where it is.' })
export class IatiImportIssue {
  @Field(() => String, { nullable: true, description: 'The IATI identifier of the activity it is about, when known.' })
  activity!: string | null;

  @Field(() => Int, { description: 'Line in the file, from 1.' })
  line!: number;

  @Field(() => Int, { description: 'Column in the line, from 1.' })
  column!: number;

  @Field(() => String, { description: 'What is wrong, or what is left out or changed, in words.' })
  message!: string;
}

@ObjectType({ description: 'What an import will do with one activity of the file.' })
export class IatiImportActivity {
  @Field(() => String, { description: 'IATI activity identifier, as published.' })
  identifier!: string;

  @Field(() => Int, { description: 'Line of its <iati-activity>.' })
  line!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => IatiActivityKind, { description: 'Programme or project.' })
  kind!: IatiActivityKind;

  @Field(() => IatiImportAction, { description: 'Created, or updated by identifier.' })
  action!: IatiImportAction;

  @Field(() => String, { nullable: true, description: "A project's parent programme (IATI identifier), in the file or in Accord." })
  parent!: string | null;

  @Field(() => Boolean, { description: 'A project whose parent is neither in the file nor in Accord: it goes to the programme chosen when importing.' })
  orphan!: boolean;

  @Field(() => Int, { description: 'Organisations it names (reporting, participating, providers and receivers).' })
  organisations!: number;

  @Field(() => Int, { description: 'Budget lines kept.' })
  budgets!: number;

  @Field(() => Int, { description: 'Transactions kept.' })
  transactions!: number;

  @Field(() => Int, { description: 'Results.' })
  results!: number;

  @Field(() => Int, { description: 'Indicators of its results.' })
  indicators!: number;

  @Field(() => Int, { description: 'Indicator periods.' })
  periods!: number;

  @Field(() => Int, { description: 'Document links kept.' })
  documents!: number;
}

@ObjectType({ description: 'A programme or project written by an import.' })
export class IatiImportedActivity {
  @Field(() => String, { description: 'IATI activity identifier.' })
  identifier!: string;

  @Field(() => IatiActivityKind, { description: 'Programme or project.' })
  kind!: IatiActivityKind;

  @Field(() => ID, { description: 'Its id in Accord.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;
}

@ObjectType({ description: 'What an import wrote.' })
export class IatiImportResult {
  @Field(() => Int, { description: 'Programmes created.' }) programmesCreated!: number;
  @Field(() => Int, { description: 'Programmes updated.' }) programmesUpdated!: number;
  @Field(() => Int, { description: 'Projects created.' }) projectsCreated!: number;
  @Field(() => Int, { description: 'Projects updated.' }) projectsUpdated!: number;
  @Field(() => Int, { description: 'Organisations created (the others were found by IATI identifier or by name).' }) organisationsCreated!: number;
  @Field(() => Int, { description: 'Budget lines written.' }) budgets!: number;
  @Field(() => Int, { description: 'Transactions written.' }) transactions!: number;
  @Field(() => Int, { description: 'Results written (logframe nodes from IATI results).' }) results!: number;
  @Field(() => Int, { description: 'Indicators written.' }) indicators!: number;
  @Field(() => [IatiImportedActivity], { description: 'The programmes and projects written, in file order.' }) activities!: IatiImportedActivity[];
}

@ObjectType({ description: 'An uploaded IATI file and its import: progress, preview, errors and warnings, result.' })
export class IatiImport {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ImportState, { description: 'Where it stands.' })
  state!: ImportState;

  @Field(() => Float, { description: 'How far the current reading (preview or import) has come, 0–1.' })
  progress!: number;

  @Field(() => Float, { description: 'Size of the file in bytes.' })
  bytesTotal!: number;

  @Field(() => Float, { description: 'Bytes of the file read so far by the current reading.' })
  bytesRead!: number;

  @Field(() => String, { nullable: true, description: 'The IATI version the file declares (2.01, 2.02, 2.03).' })
  iatiVersion!: string | null;

  @Field(() => [IatiImportActivity], { description: 'The preview: each activity of the file and what importing does with it. Empty until read.' })
  activities!: IatiImportActivity[];

  @Field(() => [IatiImportIssue], { description: 'Errors, by line: any of them means nothing is imported. At most 500 are listed; see errorCount.' })
  errors!: IatiImportIssue[];

  @Field(() => Int, { description: 'How many errors the file has.' })
  errorCount!: number;

  @Field(() => [IatiImportIssue], { description: 'Warnings, by line: what IATI 2.03 or Accord cannot hold, left out or adjusted. At most 500 are listed; see warningCount.' })
  warnings!: IatiImportIssue[];

  @Field(() => Int, { description: 'How many warnings the file has.' })
  warningCount!: number;

  @Field(() => ID, { nullable: true, description: 'The programme chosen for the projects whose parent is not in the file or in Accord.' })
  programmeId!: string | null;

  @Field(() => IatiImportResult, { nullable: true, description: 'What the import wrote, once IMPORTED.' })
  result!: IatiImportResult | null;

  @Field(() => String, { nullable: true, description: 'Why it FAILED, in words.' })
  failure!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: "A page of the caller's IATI imports, newest first." })
export class IatiImportPage {
  @Field(() => [IatiImport], { description: 'The imports of this page.' })
  items!: IatiImport[];

  @Field(() => Boolean, { description: 'Whether another page follows.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item, for `after`.' })
  endCursor!: string | null;
}
