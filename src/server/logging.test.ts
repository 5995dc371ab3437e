import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, expect, it } from 'vitest';
import { bufferedLogging } from './logging.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mestring-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const settle = () => new Promise((r) => setTimeout(r, 150));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

it('info lines are written in blocks, not one write each; an error line goes out at once with everything before it', async () => {
  const file = path.join(dir, 'app.log');
  const { stream, ...options } = bufferedLogging(file); // as Fastify takes them
  const logger = pino(options, stream);
  await settle(); // the file is open
  for (let i = 0; i < 10; i++) logger.info({ i }, 'request completed');
  await settle();
  expect(lines(file)).toEqual([]); // held: under a block, and the periodic flush is a second away
  logger.error('unexpected error');
  await settle();
  expect(lines(file).map((l) => JSON.parse(l).msg)).toEqual([...Array(10).fill('request completed'), 'unexpected error']);
});
