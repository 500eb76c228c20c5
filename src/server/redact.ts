/**
 * Every form a credential value takes in text: as written, %-encoded (upper- and lower-case escapes),
 * form-encoded, JSON-escaped. Longest first, so a form never leaves part of a longer one behind.
 */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = secrets.flatMap((secret) => {
    if (!secret) return [];
    const encoded = encodeURIComponent(secret);
    return [
      secret,
      encoded,
      encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
      new URLSearchParams({ s: secret }).toString().slice(2),
      JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'),
    ];
  });
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

export const REDACTED = '[redacted]';

/** Replaces every form of every credential value in a text bound for a response or a log. */
export function redact(text: string, secrets: readonly string[]): string {
  return secretForms(secrets).reduce((result, form) => result.split(form).join(REDACTED), text);
}
