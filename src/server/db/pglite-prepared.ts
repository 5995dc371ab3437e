import { protocol, types, type PGlite } from '@electric-sql/pglite';

type Described = { name: string; paramTypes: number[]; fields: Array<{ name: string; dataTypeID: number }> };

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * Prepared statements for embedded PostgreSQL. `PGlite.query` parses, plans and describes every
 * statement afresh in five calls into the engine; this parses and describes a text once (named),
 * then runs it with one call (bind, execute, sync), keeping its plan. Values are serialised and
 * rows parsed with PGlite's own serializers and parsers, so rows come out as `query` gives them.
 * `run` must be called while holding PGlite's query lock (`runExclusive`, which a transaction's
 * own statements also take).
 */
export function pglitePrepared(lite: PGlite) {
  const described = new Map<string, Described>();
  const send = (messages: Uint8Array[]) => lite.execProtocolStream(concat(messages), { syncToFs: false });

  async function describe(text: string): Promise<Described> {
    const known = described.get(text);
    if (known) return known;
    const name = `m${described.size}`;
    const replies = await send([protocol.serialize.parse({ name, text }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()]);
    const params = replies.find((m) => m.name === 'parameterDescription') as { dataTypeIDs: number[] } | undefined;
    const rows = replies.find((m) => m.name === 'rowDescription') as { fields: Described['fields'] } | undefined;
    const statement = { name, paramTypes: params?.dataTypeIDs ?? [], fields: rows?.fields.map(({ name, dataTypeID }) => ({ name, dataTypeID })) ?? [] };
    described.set(text, statement);
    return statement;
  }

  return async function run<T>(text: string, params: unknown[]): Promise<T[]> {
    const statement = await describe(text);
    const values = params.map((v, i) => {
      if (v === null || v === undefined) return null;
      const serializer = lite.serializers[statement.paramTypes[i]];
      return serializer ? serializer(v) : String(v);
    });
    const replies = await send([protocol.serialize.bind({ statement: statement.name, values }), protocol.serialize.execute({}), protocol.serialize.sync()]);
    const rows: T[] = [];
    for (const m of replies) {
      if (m.name !== 'dataRow') continue;
      const cells = (m as unknown as { fields: Array<string | null> }).fields;
      const row: Record<string, unknown> = {};
      statement.fields.forEach((f, i) => (row[f.name] = types.parseType(cells[i], f.dataTypeID, lite.parsers)));
      rows.push(row as T);
    }
    return rows;
  };
}
