import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Role } from '../access/user.entity.js';
import { deliver } from './mail.js';
import { OPEN_REPORTS, TODAY, todayIso } from './open-reports.sql.js';

/** A reminder goes out when results fall due within this many days, and again once they are overdue. */
export const DUE_SOON_DAYS = 7;

/**
 * Reminds partner reporters of what they still have to report: one DUE notification per (user, project, period)
 * when the results fall due within a week, and one OVERDUE once the due date has passed. The key names those four,
 * so running it again (every hour, on every instance at once) writes nothing new: the unique (user, key) and
 * `on conflict do nothing` decide, with no lock to hold. Returns how many reminders it wrote.
 */
export async function sendReminders(em: EntityManager, log: Logger, today = todayIso()): Promise<number> {
  const written: { id: string }[] = await em.getConnection().execute(
    `with ${TODAY},
     reporter as (
       select distinct ra.user_id, ra.project_id, ra.organisation_id from role_assignment ra
         join app_user u on u.id = ra.user_id and u.active
        where ra.role = '${Role.PARTNER_REPORTER}' and ra.organisation_id is not null
     ),
     pending as (${OPEN_REPORTS}),
     due as (
       select o.user_id, o.project_id, o.period_id, o.project_title, o.label, o.due_date,
              case when o.due_date < today.d then 'OVERDUE' else 'DUE' end as kind,
              count(*) as n, (array_agg(o.indicator_title order by o.indicator_title))[1:3] as titles
         from pending o cross join today
        where o.due_date <= today.d + ${DUE_SOON_DAYS}
        group by o.user_id, o.project_id, o.period_id, o.project_title, o.label, o.due_date, today.d
     )
     insert into notification (id, user_id, kind, key, message, link, created_at)
     select gen_random_uuid(), d.user_id, d.kind, d.kind || ':' || d.project_id || ':' || d.period_id,
            case when d.n = 1 then 'The report of "' || d.titles[1] || '"' else d.n || ' reports ("' || array_to_string(d.titles, '", "') || '"' || case when d.n > 3 then ' and ' || (d.n - 3) || ' more)' else ')' end end
              || ' on ' || d.project_title || ' for ' || d.label
              || case when d.kind = 'DUE' then case when d.n = 1 then ' is' else ' are' end || ' due on ' || to_char(d.due_date, 'YYYY-MM-DD') || '.'
                      else case when d.n = 1 then ' was' else ' were' end || ' due on ' || to_char(d.due_date, 'YYYY-MM-DD') || ' and ' || case when d.n = 1 then 'is' else 'are' end || ' overdue.' end,
            '/projects/' || d.project_id || '/logframe' || ? || d.period_id, now()
       from due d
     on conflict (user_id, key) do nothing
     returning id`,
    // The query string's "?" goes in as a binding: knex would read one in the SQL as a placeholder.
    [today, '?period='],
  );
  if (written.length) log.info({ reminders: written.length }, 'reporting reminders written');
  await deliver(em, written.map((w) => w.id), log);
  return written.length;
}
