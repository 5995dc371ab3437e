import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const placementRoutes: FastifyPluginAsyncZod = async () => {};
