import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Danish validation messages: the zod configuration lives with the shared schema primitives.
import '../contracts/common.js';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Db } from './db/index.js';
import { AppError, badRequest } from './errors.js';
import { responseSerializer } from './serialize.js';
import { NUL_MESSAGE, nulFields } from './input.js';
import { loadSession, SESSION_COOKIE } from './auth/sessions.js';
import { sameString } from './auth/routes.js';
import { requirePasswordChanged } from './auth/password-gate.js';
import { apiRoutes } from './features/index.js';
import { bufferedLogging } from './logging.js';
import { JobQueue } from './jobs/index.js';

export interface AppOptions {
  db: Db;
  logger?: boolean | object;
  /** Built web app to serve; omitted in API tests. */
  webDir?: string;
  /** Fastify's trustProxy: false, a hop count or proxy addresses (config.ts parseTrustProxy). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Where the log goes when the logger is on: a file or descriptor, stdout by default. */
  logDestination?: string | number;
  /** Where requests send background work (main.ts attaches the running queue to it). */
  jobs?: JobQueue;
}

const BODY_LIMIT = 1024 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Postgres errors that are the client's fault, by SQLSTATE. */
const pgClientErrors: Record<string, [number, string, string]> = {
  '23505': [409, 'duplicate', 'Findes allerede.'],
  '23P01': [409, 'overlap', 'Overlapper en eksisterende registrering (fx en plads der allerede er optaget i perioden).'],
  '23503': [400, 'invalid_reference', 'Henviser til noget der ikke findes.'],
  '23514': [400, 'invalid_input', 'Ugyldige værdier.'],
  '22007': [400, 'invalid_input', 'Ugyldig dato.'],
  '22008': [400, 'invalid_input', 'Ugyldig dato.'],
  '22P02': [400, 'invalid_input', 'Ugyldigt format.'],
  '22003': [400, 'invalid_input', 'Et tal er uden for det tilladte område.'],
  '22001': [400, 'invalid_input', 'Teksten er for lang.'],
  // A NUL byte (PostgreSQL text cannot hold one) that got past the input check below.
  '22021': [400, 'invalid_input', NUL_MESSAGE],
};

/** Builds the Mestring server: JSON API under /api and the built web app. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: opts.trustProxy ?? false,
    logger:
      opts.logger === false
        ? false
        : {
            level: process.env.LOG_LEVEL ?? 'info',
            // Routes, never query strings or bodies: personal data stays out of the log.
            serializers: {
              req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched', id: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', '*.cpr', 'cpr'],
            ...bufferedLogging(opts.logDestination),
            ...(typeof opts.logger === 'object' ? opts.logger : {}),
          },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('db', opts.db);
  app.decorate('jobs', opts.jobs ?? new JobQueue());
  // Every route, as registered: the route × role × scope test checks it covers them all.
  const apiRouteList: Array<{ method: string; url: string }> = [];
  app.decorate('apiRoutes', apiRouteList);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') apiRouteList.push({ method, url: route.url });
  });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Mestring API', version: '0.1.0', description: 'Mestring: plans, goals and daily notes for adult social care.' },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  // Who is asking: the session cookie → the actor. CSRF: every state-changing API request but login.
  // Decided on the matched route, never the raw URL: /%61pi/… reaches the same routes.
  app.addHook('onRequest', async (req) => {
    const route = req.routeOptions.url;
    if (!route?.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const session = await loadSession(opts.db, token);
      if (session) {
        req.actor = session.actor;
        req.csrfToken = session.csrfToken;
        req.passwordStatus = session.passwordStatus;
      }
    }
    requirePasswordChanged(req);
    if (SAFE_METHODS.has(req.method) || route === '/api/auth/login') return;
    if (!req.actor) throw new AppError(401, 'unauthenticated', 'Du skal logge ind.');
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !req.csrfToken || !sameString(sent, req.csrfToken)) {
      throw new AppError(403, 'csrf', 'Sikkerhedstoken mangler eller er forkert. Genindlæs siden.');
    }
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, fields: err.fields, ...err.extra } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const path = (v.instancePath || '/').replace(/^\//, '').replaceAll('/', '.') || '_';
        const keys = (v.params as { keys?: string[] }).keys;
        if (v.keyword === 'unrecognized_keys' && keys) for (const k of keys) fields[path === '_' ? k : `${path}.${k}`] = 'Ukendt felt.';
        else fields[path] ??= v.message ?? 'Ugyldig værdi.';
      }
      return reply.status(400).send({ error: { code: 'invalid_input', message: 'Nogle felter er ikke udfyldt korrekt.', fields } });
    }
    const pgCode = (err as { code?: string }).code;
    if (pgCode && pgClientErrors[pgCode]) {
      const [status, code, message] = pgClientErrors[pgCode];
      return reply.status(status).send({ error: { code, message } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code = err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'too_large' : err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported_media_type' : 'bad_request';
      const message = code === 'too_large' ? 'Forespørgslen er for stor (højst 1 MB).' : code === 'bad_request' ? 'Forespørgslen kunne ikke læses (ugyldig JSON?).' : 'Forkert indholdstype.';
      return reply.status(err.statusCode).send({ error: { code, message } });
    }
    req.log.error({ err: { type: err.name, code: pgCode, stack: err.stack } }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Der skete en fejl. Prøv igen, eller kontakt support med tidspunktet.' } });
  });

  await app.register(
    async (api) => {
      api.setValidatorCompiler(validatorCompiler);
      api.setSerializerCompiler(responseSerializer);
      // Hooks inside the /api scope run for every route it matched, however the URL was spelled.
      api.addHook('onRequest', async (_req, reply) => {
        // Answers carry personal data: no browser or proxy keeps a copy.
        reply.header('cache-control', 'no-store');
      });
      api.addHook('preValidation', async (req) => {
        const fields = { ...nulFields(req.params), ...nulFields(req.query), ...nulFields(req.body) };
        if (Object.keys(fields).length) throw badRequest('Nogle felter er ikke udfyldt korrekt.', fields);
      });
      api.get('/health', { schema: { hide: true } }, async (_req, reply) => {
        try {
          await opts.db.query('SELECT 1');
          return { ok: true };
        } catch {
          return reply.status(503).send({ ok: false });
        }
      });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(apiRoutes);
      api.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: { code: 'not_found', message: 'Findes ikke.' } }));
    },
    { prefix: '/api' },
  );

  const webDir = opts.webDir ?? fileURLToPath(new URL('../../dist/web/', import.meta.url));
  if (existsSync(webDir)) {
    const assetsDir = path.join(path.resolve(webDir), 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: webDir,
      // Files are looked up per request, so a rebuilt app is served without a restart.
      wildcard: true,
      // The build writes .br and .gz beside each file (scripts/web-assets.ts); sent by Accept-Encoding.
      preCompressed: true,
      cacheControl: false,
      dotfiles: 'ignore',
      // Files under /assets/ have their content's hash in their name: cached for good. index.html
      // names the current ones, so it is asked for again every time.
      setHeaders: (reply, file) => reply.header('cache-control', file.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    app.setNotFoundHandler((req, reply) => {
      // Only page addresses fall back to the app; a missing script or API route is a real 404.
      if (req.method !== 'GET' || req.url.startsWith('/api/') || req.url.startsWith('/assets/')) {
        return reply.status(404).send({ error: { code: 'not_found', message: 'Findes ikke.' } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
