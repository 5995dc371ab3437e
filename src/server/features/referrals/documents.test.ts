import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { MAX_DOCUMENT_BYTES } from '../../../contracts/referrals.js';
import { validReferralBody } from './access-cases.js';

const env = useTestApp({ worlds: 1 });
let caseWorker: Client;
let referralId: string;

const upload = (client: Client, bytes: Buffer, contentType: string, fileName = 'udtalelse.pdf', id = referralId) =>
  env.app.inject({
    method: 'POST',
    url: `/api/referrals/${id}/documents?fileName=${encodeURIComponent(fileName)}`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': contentType },
    payload: bytes,
  });
const documents = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM referral_documents WHERE referral_id = $1', [referralId]))[0].n;

beforeAll(async () => {
  caseWorker = await login(env.app, env.w.users.caseWorker.username);
  referralId = (await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, validReferralBody())).json().data.id;
});

describe('a referral’s documents', () => {
  it('stores an uploaded PDF beyond the 1 MB JSON limit and sends it back as an attachment, audited on read', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 7)]);
    const res = await upload(caseWorker, pdf, 'application/pdf', 'Lægeerklæring æøå.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json().data;
    expect(doc).toMatchObject({ fileName: 'Lægeerklæring æøå.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length, uploadedBy: { id: env.w.users.caseWorker.id } });
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'create', entity: 'referral_document', entity_id: doc.id, citizen_ids: [env.w.citizens.onA] });
    expect((await caseWorker.get(`/api/referrals/${referralId}`)).json().data.documents.map((d: { id: string }) => d.id)).toEqual([doc.id]);

    const down = await caseWorker.get(`/api/referrals/${referralId}/documents/${doc.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''L%C3%A6ge/);
    expect(down.rawPayload.equals(pdf)).toBe(true);
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'read', entity: 'referral_document', entity_id: doc.id, citizen_ids: [env.w.citizens.onA] });
  });

  it('takes a text file and a PNG as they are', async () => {
    expect((await upload(caseWorker, Buffer.from('Notat fra mødet.'), 'text/plain; charset=utf-8', 'notat.txt')).statusCode).toBe(201);
    expect((await upload(caseWorker, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'image/png', 'foto.png')).statusCode).toBe(201);
  });

  it('refuses a file over 10 MB with a Danish 413, whether just over or far over, storing nothing', async () => {
    const before = await documents();
    const justOver = await upload(caseWorker, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 1), 'application/pdf');
    expect(justOver.statusCode).toBe(413);
    expect(justOver.json().error.message).toMatch(/højst.*10 MB/);
    const farOver = await upload(caseWorker, Buffer.alloc(MAX_DOCUMENT_BYTES + 512 * 1024, 1), 'application/pdf');
    expect(farOver.statusCode).toBe(413);
    expect(farOver.json().error.message).toMatch(/10 MB/);
    expect(await documents()).toBe(before);
  });

  it('refuses another media type with a Danish 415, and an empty file with 400', async () => {
    const exe = await upload(caseWorker, Buffer.from('MZ...'), 'application/x-msdownload', 'virus.exe');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toMatch(/Filtypen/);
    expect((await upload(caseWorker, Buffer.from('<html>'), 'text/html', 'side.html')).statusCode).toBe(415);
    expect((await upload(caseWorker, Buffer.alloc(0), 'application/pdf')).statusCode).toBe(400);
    expect((await upload(caseWorker, Buffer.from('x'), 'application/pdf', '')).statusCode).toBe(400);
  });

  it('keeps documents from those who may not read the referral (404) and lets no one but the case worker upload', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const [doc] = await env.db.query<{ id: string }>('SELECT id FROM referral_documents WHERE referral_id = $1 LIMIT 1', [referralId]);
    expect((await staff.get(`/api/referrals/${referralId}/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await upload(staff, Buffer.from('x'), 'text/plain')).statusCode).toBe(404);
  });
});
