import { graphql } from '../../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      hasNextPage
      items {
        id
        kind
        message
        link
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const KIND_LABELS: Record<string, string> = {
  SUBMITTED: 'Waiting for approval',
  RETURNED: 'Returned',
  APPROVED: 'Approved',
  UNLOCKED: 'Unlocked',
  DUE: 'Due soon',
  OVERDUE: 'Overdue',
};

export const KIND_ICONS: Record<string, string> = {
  SUBMITTED: 'pi-inbox',
  RETURNED: 'pi-replay',
  APPROVED: 'pi-check-circle',
  UNLOCKED: 'pi-lock-open',
  DUE: 'pi-calendar',
  OVERDUE: 'pi-exclamation-triangle',
};

/** The bell's accessible name says the count, so a screen reader hears it without opening the list. */
export function bellLabel(unread: number): string {
  return unread ? `Notifications, ${unread} unread` : 'Notifications, none unread';
}

/** "5 minutes ago", "yesterday", or the date: enough to place a notification in time. */
export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return iso.slice(0, 10);
}
