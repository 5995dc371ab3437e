import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nameSearch, useNameBoxSearch } from './nameSearch';

const calls: Array<{ method: string; url: string; body?: string }> = [];

beforeEach(() => {
  calls.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? 'GET', url, body: init.body as string | undefined });
    return new Response(JSON.stringify({ data: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderSearch(text: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => useNameBoxSearch(text, ''), { wrapper });
}

describe('the name box on Mine borgere', () => {
  it('searches names and birth dates in the address', () => {
    expect(nameSearch('Nørgaard')).toEqual({ q: 'Nørgaard', cpr: null });
    expect(nameSearch('03-05-1985')).toEqual({ q: '03-05-1985', cpr: null });
    expect(nameSearch('030585')).toEqual({ q: '030585', cpr: null });
  });

  it('sends a CPR number typed there through the CPR search, and one being typed nowhere', () => {
    expect(nameSearch('030585-1234')).toEqual({ q: '', cpr: '0305851234' });
    expect(nameSearch('0305851234')).toEqual({ q: '', cpr: '0305851234' });
    expect(nameSearch('030585 1234')).toEqual({ q: '', cpr: '0305851234' });
    expect(nameSearch('030585-12')).toEqual({ q: '', cpr: null });
    expect(nameSearch('Anna 0305851234')).toEqual({ q: '', cpr: null });
  });

  it('never puts the number in a URL: the list is asked without it, the number goes in a POST body', async () => {
    renderSearch('030585-1234');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')).toEqual({ method: 'POST', url: '/api/citizens/search', body: JSON.stringify({ cpr: '0305851234' }) });
    expect(calls.filter((c) => /\d{6}/.test(c.url))).toEqual([]);
  });

  it('asks the list by name as before', async () => {
    renderSearch('anna');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/citizens?q=anna&limit=200' });
  });
});
