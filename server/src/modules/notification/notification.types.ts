import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../common/pagination.js';
import { LIMIT, TextField } from '../common/limits.js';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ReportingPeriod } from '../logframe/reporting.entity.js';
import type { PeriodRow } from '../logframe/logframe.reads.js';
import { UpdateState } from '../reporting/update.entity.js';

@ObjectType({ simpleResolvers: true, description: 'One report (an indicator for a period) that waits on the caller.' })
export class ReportingTask {
  @Field(() => ID, { description: 'The project.' }) projectId!: string;
  @Field(() => String, { description: "The project's title." }) projectTitle!: string;
  @Field(() => ID, { description: 'The indicator.' }) indicatorId!: string;
  @Field(() => String, { description: "The indicator's title." }) indicatorTitle!: string;
  @Field(() => String, { nullable: true, description: 'The code of the logframe node the indicator hangs on, e.g. 1.2.' }) nodeCode!: string | null;
  @Field(() => ReportingPeriod, { description: 'The reporting period.' }) period!: PeriodRow;
  @Field(() => GraphQLLocalDate, { description: "When the results are due: the period's last day plus the project's due days." }) dueDate!: string;
  @Field(() => Boolean, { description: 'The due date has passed.' }) overdue!: boolean;
  @Field(() => UpdateState, { description: 'Where the report stands.' }) state!: UpdateState;
  @Field(() => String, { description: 'Why a manager returned it; empty unless returned.' }) returnReason!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last submitted.' }) submittedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Who last submitted it.' }) submittedByName!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'How many reports each list holds in all; a list shows at most 200 of them.' })
export class ReportingTotals {
  @Field(() => Int, { description: 'Reports to write and submit, not yet due.' }) toReport!: number;
  @Field(() => Int, { description: 'Reports returned by a manager, to fix and resubmit.' }) returned!: number;
  @Field(() => Int, { description: 'Reports past their due date, not yet submitted.' }) overdue!: number;
  @Field(() => Int, { description: 'Submitted reports waiting for the caller to approve or return them.' }) awaitingApproval!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "What waits on the caller in the reporting cycle. A partner reporter reports on the indicators of the nodes its organisation is responsible for; a manager approves its projects' submitted reports and reports on the indicators no organisation is responsible for. Only periods that have ended or end within 14 days, inside the project's dates and not locked, count. The lists do not overlap; each shows at most 200, oldest due date first.",
})
export class MyReporting {
  @Field(() => [ReportingTask], { description: 'Not reported yet, or a draft, and not yet due.' }) toReport!: ReportingTask[];
  @Field(() => [ReportingTask], { description: 'Returned by a manager with the reason, to fix and resubmit.' }) returned!: ReportingTask[];
  @Field(() => [ReportingTask], { description: 'Not reported yet, or a draft, and past the due date.' }) overdue!: ReportingTask[];
  @Field(() => [ReportingTask], { description: 'Submitted, waiting for the caller (a manager of the project) to approve or return it; oldest submission first.' }) awaitingApproval!: ReportingTask[];
  @Field(() => ReportingTotals, { description: 'How many each list holds in all.' }) totals!: ReportingTotals;
}

@ObjectType('Notification', { simpleResolvers: true, description: 'Something the user should act on or know about in the reporting cycle.' })
export class NotificationView {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => String, { description: 'SUBMITTED, RETURNED, APPROVED, UNLOCKED, DUE or OVERDUE.' }) kind!: string;
  @Field(() => String, { description: 'What happened, in a sentence or two.' }) message!: string;
  @Field(() => String, { description: 'Where in Accord to act on it, a path such as /projects/…/logframe?indicator=….' }) link!: string;
  @Field(() => GraphQLDateTime, { description: 'When it was written.' }) createdAt!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the user marked it read; null while unread.' }) readAt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One page of the caller's notifications, newest first unless asked otherwise; walk them with `pageInfo.endCursor` as `after`." })
export class NotificationPage {
  @Field(() => [NotificationView], { description: 'The notifications on this page, in the order asked for.' }) items!: NotificationView[];
  @Field(() => Int, { description: 'How many of the caller’s notifications match the filter in all.' }) totalCount!: number;
  @Field(() => Int, { description: 'How many of all the caller’s notifications are unread.' }) unreadCount!: number;
  @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to get it.' }) pageInfo!: PageInfo;
  @Field(() => Boolean, { description: 'Whether another page follows.', deprecationReason: 'Use pageInfo.hasNextPage.' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.', deprecationReason: 'Use pageInfo.endCursor.' }) endCursor!: string | null;
}

@InputType({ description: "Which of the caller's notifications to list. Every condition given must hold." })
export class NotificationFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only unread notifications (true) or only read ones (false); both when omitted.' })
  unread?: boolean;

  @TextField(LIMIT.code, { nullable: true, description: 'Only notifications of this kind: SUBMITTED, RETURNED, APPROVED, UNLOCKED, DUE or OVERDUE.' })
  kind?: string;
}

export enum NotificationOrderField {
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(NotificationOrderField, {
  name: 'NotificationOrderField',
  description: 'What the notifications are sorted by; the id breaks ties.',
  valuesConfig: { CREATED_AT: { description: 'By when the notification was written; naturally newest first.' } },
});
