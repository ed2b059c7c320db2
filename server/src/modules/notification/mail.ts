import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { IN_IDS, idList } from '../../db/rows.js';

export interface MailSettings {
  /** smtp://host:port (or smtps://); without it no e-mail is sent. */
  smtpUrl?: string;
  /** The sender of every message. */
  mailFrom: string;
  /** Where users reach Accord; links in messages start with it, or stay paths without it. */
  publicUrl?: string;
}

/**
 * Set once at start (main.ts) from the configuration; a process-wide setting because notifications are written
 * from resolvers and from the reminder job alike, and neither carries the configuration.
 */
let mailer: { transport: Transporter; from: string; publicUrl: string } | null = null;

export function configureMail(settings: MailSettings): void {
  mailer?.transport.close();
  // Pooled, so a batch of reminders reuses one connection; every wait is bounded, so a dead relay cannot hold a job.
  const options = { url: settings.smtpUrl, pool: true, maxConnections: 2, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  mailer = settings.smtpUrl ? { transport: nodemailer.createTransport(options), from: settings.mailFrom, publicUrl: settings.publicUrl ?? '' } : null;
}

const SUBJECTS: Record<string, string> = {
  SUBMITTED: 'Reports waiting for your approval',
  RETURNED: 'A report was returned to you',
  APPROVED: 'Your report was approved',
  UNLOCKED: 'A report was unlocked',
  DUE: 'Reports due soon',
  OVERDUE: 'Reports overdue',
};

interface Outgoing {
  id: string;
  kind: string;
  message: string;
  link: string;
  email: string;
  name: string;
}

/**
 * Mails these notifications, each once: a row is claimed (mailed_at set) before it is sent, and released again
 * if sending fails, so two deliveries of one row cannot both send it. Never throws: a notification stays in
 * the app whether or not its e-mail went out.
 */
export async function deliver(em: EntityManager, ids: readonly string[], log: Logger): Promise<void> {
  const current = mailer;
  if (!current || !ids.length) return;
  try {
    const conn = em.getConnection();
    const claimed: Outgoing[] = await conn.execute(
      `update notification n set mailed_at = now() from app_user u
        where u.id = n.user_id and u.active and u.email <> '' and n.id in ${IN_IDS} and n.mailed_at is null
        returning n.id, n.kind, n.message, n.link, u.email, u.name`,
      [idList(ids)],
    );
    for (const n of claimed) {
      try {
        await current.transport.sendMail({
          from: current.from,
          to: { name: n.name, address: n.email },
          subject: `Accord: ${SUBJECTS[n.kind] ?? 'Notification'}`,
          text: `${n.message}\n\n${n.link ? `Open it in Accord: ${current.publicUrl}${n.link}\n\n` : ''}You receive this because of your role in Accord's reporting cycle.\n`,
        });
      } catch (err) {
        log.warn({ err, notification: n.id }, 'a notification could not be mailed; it stays in the app');
        await conn.execute(`update notification set mailed_at = null where id = ?`, [n.id]);
      }
    }
  } catch (err) {
    log.warn({ err }, 'notifications could not be mailed; they stay in the app');
  }
}
