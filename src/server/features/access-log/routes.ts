import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const accessLogRoutes: FastifyPluginAsyncZod = async () => {};
