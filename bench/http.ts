import http from 'node:http';

/** A sequential HTTP client over one keep-alive connection, as a browser tab would use. */
export class HttpClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(private readonly base: string) {}

  /** Sends a request; resolves when the whole body has arrived. */
  request(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${this.base}${path}`,
        { method, agent: this.agent, headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Logs in and returns the session cookie header. */
  async login(username: string, password: string): Promise<string> {
    return (await this.session(username, password)).cookie;
  }

  /** Logs in and returns the session cookie header and the CSRF token that state-changing requests send. */
  async session(username: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
    const res = await this.request('POST', '/api/auth/login', {}, { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.body}`);
    const cookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('mestring_session='));
    if (!cookie) throw new Error('no session cookie');
    return { cookie: cookie.split(';')[0], csrfToken: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
  }

  close() {
    this.agent.destroy();
  }
}
