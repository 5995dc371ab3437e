import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const journalRoutes: FastifyPluginAsyncZod = async () => {};
