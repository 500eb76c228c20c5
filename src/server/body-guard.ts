import { Transform, type TransformCallback } from 'node:stream';
import { REDACTED, secretForms } from './redact.ts';

/** The error a guarded body fails with when it grows past its limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the response is larger than ${limit} bytes (SWITCHBOARD_MAX_JSON_BYTES)`);
  }
}

/**
 * A provider's JSON on its way to the browser: fails past `limit` bytes, and replaces every credential
 * value in it, even one split across chunks (the last `longest - 1` bytes wait for the next chunk).
 */
export function guardBody(options: { limit: number; secrets: readonly string[] }): Transform {
  // Credentials are printable ASCII, so latin1 maps bytes to characters one to one and back.
  const forms = secretForms(options.secrets);
  const keep = Math.max(0, ...forms.map((form) => form.length - 1));
  let seen = 0;
  let pending = '';

  const scrub = (text: string) => forms.reduce((result, form) => result.split(form).join(REDACTED), text);

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > options.limit) return callback(new BodyTooLargeError(options.limit));
      if (forms.length === 0) return callback(null, chunk);
      const text = scrub(pending + chunk.toString('latin1'));
      const cut = Math.max(0, text.length - keep);
      pending = text.slice(cut);
      callback(null, Buffer.from(text.slice(0, cut), 'latin1'));
    },
    flush(callback: TransformCallback) {
      callback(null, pending ? Buffer.from(scrub(pending), 'latin1') : null);
    },
  });
}
