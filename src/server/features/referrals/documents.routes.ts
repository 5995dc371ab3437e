import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../access/index.js';
import { gatedRoute } from '../../citizen-route.js';
import { AppError, badRequest, conflict, notFound } from '../../errors.js';
import { fileResponse } from '../../../contracts/common.js';
import { DOCUMENT_MEDIA_TYPES, DocumentParams, DocumentResponse, MAX_DOCUMENT_BYTES, ReferralParams, UploadQuery } from '../../../contracts/referrals.js';
import { isFinal, type ReferralState } from '../../../domain/visitation/committee.js';
import { loadReferral, requireReferral } from './guard.js';
import { presentDocument } from './presenter.js';
import { documentContent, insertDocument, referralFacts } from './queries.js';

const tags = ['referrals'];
const TOO_LARGE = 'Filen er for stor: et dokument må højst fylde 10 MB.';
const WRONG_TYPE = 'Filtypen kan ikke vedhæftes. Vælg en PDF, Word (docx, doc), OpenDocument-tekst (odt), JPG, PNG eller tekstfil.';

/**
 * The uploaded bytes, kept off the enumerable properties so the input hygiene's walk over the body
 * (NUL bytes in text fields) does not visit ten million of them.
 */
class UploadBody {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes() {
    return this.#bytes;
  }
}

/** The media type of a Content-Type header, without parameters, lower case. */
const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0].trim().toLowerCase();

/** An ASCII fallback and the RFC 5987 form of a file name, for Content-Disposition. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A referral's documents: upload (the file's bytes as the body, its media type as Content-Type and
 * its name in `?fileName=`; up to 10 MB on this route alone, beyond the API's 1 MB JSON limit) and
 * download (audited as a read in the same transaction, always as an attachment).
 */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  // This plugin's scope only: any media type arrives as raw bytes (JSON too, so the gate answers
  // first and a JSON body is then a 415), and a body past the limit gets a Danish 413.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES + 64 * 1024 }, (_req, body, done) => done(null, new UploadBody(body as Buffer)));
  app.setErrorHandler((err, _req, reply) => {
    if ((err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send({ error: { code: 'too_large', message: TOO_LARGE } });
    throw err;
  });

  app.post('/referrals/:referralId/documents', {
    bodyLimit: MAX_DOCUMENT_BYTES + 64 * 1024,
    schema: {
      summary: 'Attach a document to a referral',
      description: 'The raw file as the body with its media type as Content-Type (pdf, docx, doc, odt, jpg, png, txt; 415 otherwise) and its name in `fileName`; at most 10 MB (413). By the citizen’s case worker while the referral is not decided. Stored in PostgreSQL.',
      params: ReferralParams, querystring: UploadQuery, response: { 201: DocumentResponse }, tags,
    },
  }, (req, reply) => {
    reply.status(201);
    return gatedRoute(req, (tx, ctx) => requireReferral(tx, ctx, req.params.referralId), { action: 'create', entity: 'referral_document' }, async (tx, ctx, { referral, citizen }, note) => {
      authorize(ctx.actor, 'upload', 'referral', referralFacts(referral));
      if (isFinal(referral.state as ReferralState)) throw conflict('Henvisningen er afgjort; der kan ikke vedhæftes flere dokumenter.', await loadReferral(tx, ctx.actor, referral, citizen));
      const mediaType = mediaTypeOf(req.headers['content-type']);
      const body = req.body as unknown;
      if (!(mediaType in DOCUMENT_MEDIA_TYPES) || !(body instanceof UploadBody)) throw new AppError(415, 'unsupported_media_type', WRONG_TYPE);
      const bytes = body.bytes;
      if (bytes.length > MAX_DOCUMENT_BYTES) throw new AppError(413, 'too_large', TOO_LARGE);
      if (bytes.length === 0) throw badRequest('Filen er tom.', { file: 'Filen er tom.' });
      const doc = await insertDocument(tx, ctx, citizen, referral.id, { fileName: req.query.fileName, mediaType, content: bytes });
      Object.assign(note, { entityId: doc.id, detail: { referralId: referral.id, sizeBytes: bytes.length, mediaType } });
      return { data: presentDocument(doc) };
    });
  });

  app.get('/referrals/:referralId/documents/:documentId', {
    schema: {
      summary: 'Download a referral’s document',
      description: 'For whoever may read the referral; always as an attachment. Audited as a read of `referral_document` in the same transaction.',
      params: DocumentParams, response: { 200: fileResponse('application/octet-stream', 'The document as uploaded, with its media type.') }, tags,
    },
  }, async (req, reply) => {
    const doc = await gatedRoute(req, (tx, ctx) => requireReferral(tx, ctx, req.params.referralId), { action: 'read', entity: 'referral_document' }, async (tx, _ctx, { citizen }, note) => {
      const found = await documentContent(tx, citizen, req.params.referralId, req.params.documentId);
      if (!found) throw notFound('Dokumentet');
      note.entityId = req.params.documentId;
      note.detail = { referralId: req.params.referralId };
      return found;
    });
    return reply
      .header('content-type', doc.media_type)
      .header('content-disposition', disposition(doc.file_name))
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(doc.content) as unknown as string); // the schema documents a binary file; fastify sends the Buffer as it is
  });
};
