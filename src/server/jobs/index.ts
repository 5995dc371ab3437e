import { fromPglite, PgBoss, type Clock, type ScheduleOptions } from 'pg-boss';
import { connectionOf, type Db } from '../db/index.js';

export type JobLog = (level: 'info' | 'warn' | 'error', msg: string, detail?: unknown) => void;

/** One kind of background work: its queue name, when it runs by itself, and what it does. */
export interface JobDefinition<T extends object = object> {
  name: string;
  /** A cron expression and its options (time zone, catch-up of runs missed while no server ran). */
  schedule?: { cron: string; options: ScheduleOptions };
  /** Attempts after a failed one, `retryDelaySeconds` apart. */
  retries?: { limit: number; delaySeconds: number };
  /** How often a worker asks for this job's work, where someone waits for it (30 s otherwise). */
  pollingIntervalSeconds?: number;
  run(db: Db, data: T, log: JobLog): Promise<void>;
}

export interface StartJobsOptions {
  log: JobLog;
  /** How often each worker asks for work (overrides the jobs' own); queues here are few and slow, so not every 2 s as pg-boss would. */
  pollingIntervalSeconds?: number;
  /** pg-boss's clock (tests drive a TestClock). */
  clock?: Clock;
}

export interface Jobs {
  /** Queues one run of a registered job now. */
  send(name: string, data?: object): Promise<string | null>;
  /** Stops taking work and waits for running jobs (before the database closes). */
  stop(): Promise<void>;
  readonly boss: PgBoss;
}

/**
 * Background work as jobs in PostgreSQL (pg-boss, schema `pgboss`, created on first start): every
 * server process works the queues, and a job runs in one of them. Scheduled jobs are sent once per
 * occurrence across all processes. On the embedded PGlite the queue shares its one connection.
 */
export async function startJobs(db: Db, definitions: JobDefinition[], opts: StartJobsOptions): Promise<Jobs> {
  const connection = connectionOf(db);
  const boss = new PgBoss({
    ...('pglite' in connection ? { db: fromPglite(connection.pglite), backend: 'pglite' as const } : { connectionString: connection.url, max: 3 }),
    application_name: 'mestring-jobs',
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  boss.on('error', (err) => opts.log('error', 'job queue error', { error: err.message }));
  await boss.start();
  for (const job of definitions) {
    await boss.createQueue(job.name, job.retries ? { retryLimit: job.retries.limit, retryDelay: job.retries.delaySeconds } : {});
    if (job.schedule) await boss.schedule(job.name, job.schedule.cron, null, job.schedule.options);
    else await boss.unschedule(job.name);
    await boss.work<object>(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? job.pollingIntervalSeconds ?? 30 }, async (items) => {
      for (const item of items) {
        try {
          await job.run(db, item.data ?? {}, opts.log);
        } catch (err) {
          opts.log('error', `job ${job.name} failed`, { error: (err as Error).message, attempt: item.retryCount + 1 });
          throw err; // pg-boss retries it
        }
      }
    });
  }
  return {
    boss,
    send: (name, data) => boss.send(name, data ?? null),
    stop: () => boss.stop({ graceful: true, timeout: 20_000 }),
  };
}

/**
 * Where requests send work (`app.jobs`). The queue starts once the server answers (main.ts), so a
 * job sent before it runs waits here and is sent when it is attached. Without a queue (API tests),
 * sent jobs wait; tests run their handlers themselves or attach a queue.
 */
export class JobQueue {
  #jobs: Jobs | undefined;
  readonly #waiting: Array<{ name: string; data: object }> = [];

  async send(name: string, data: object): Promise<void> {
    if (this.#jobs) await this.#jobs.send(name, data);
    else this.#waiting.push({ name, data });
  }

  async attach(jobs: Jobs): Promise<void> {
    this.#jobs = jobs;
    for (const { name, data } of this.#waiting.splice(0)) await jobs.send(name, data);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobQueue;
  }
}
