import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../access/user.entity.js';

/**
 * Something a user should act on or know about: an update to approve, a report returned, a period due.
 * `key` makes a reminder idempotent: the same reminder for the same user is written once.
 */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['user', 'key'] })
@Index({ name: 'notification_user_created_index', properties: ['user', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** SUBMITTED, RETURNED, APPROVED, UNLOCKED, DUE, OVERDUE. */
  @Property({ type: 'string', length: 20 })
  kind!: string;

  @Property({ type: 'string', length: 300 })
  key!: string;

  @Property({ type: 'text' })
  message!: string;

  /** Where in the SPA to act on it, e.g. /projects/…/logframe?indicator=…&period=…. */
  @Property({ type: 'text', default: '' })
  link: string & Opt = '';

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  /** When the e-mail went out; null when none was sent (no SMTP_URL, or the user has no address). */
  @Property({ type: 'datetime', nullable: true })
  mailedAt?: Date | null;
}
