import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { Context } from './context.js';
import { recordWrite, type Freshness } from '../db/freshness.js';

/**
 * Read-your-own-writes when reads may go to a replica: a mutation's request reads from the primary from the
 * moment its operation is known, and when it has been answered the caller's session or token records the
 * change, so the caller's next requests, on any instance, read from the primary too (reader.ts).
 */
export function readRoutingPlugin(orm: MikroORM, writerOf: (ctx: Context) => Freshness['writer'] | null): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let mutation = false;
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation !== 'mutation') return;
          mutation = true;
          contextValue.route.usePrimary();
        },
        async willSendResponse({ contextValue }) {
          const writer = mutation && contextValue.route.replicaConfigured ? writerOf(contextValue) : null;
          if (writer) await recordWrite(orm, writer);
        },
      };
    },
  };
}
