import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('the address the server listens on', () => {
  it('is this machine only while demo data (public passwords) is on', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', MESTRING_DEMO: '1' }).host).toBe('127.0.0.1');
  });

  it('is every interface on a real deployment without demo data', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).host).toBe('0.0.0.0');
    expect(loadConfig({ MESTRING_DEMO: '0' }).host).toBe('0.0.0.0');
  });

  it('is whatever HOST says when set', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });
});
