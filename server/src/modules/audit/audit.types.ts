import { Field, ObjectType } from 'type-graphql';

/** One changed field in words, for people: codes as labels, linked records by name, masked values as `hidden`. */
@ObjectType({ description: 'One changed field of a record, in words: codes as their labels, linked records by their names, a value you may not read as `hidden`.' })
export class AuditChangeText {
  @Field(() => String, { description: 'The field as `changes` names it, e.g. `actual`.' })
  field!: string;

  @Field(() => String, { description: 'The field in words, e.g. `means of verification`.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The value before, in words; null when the record was made by this change.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, in words; null when the record was deleted by this change.' })
  after!: string | null;

  @Field(() => String, { description: 'The change as one phrase, e.g. `actual 12 → 15` or `direction higher is better → lower is better`.' })
  text!: string;
}
