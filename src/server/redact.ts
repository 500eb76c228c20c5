/** Replaces every credential value (as written, or %-encoded as in a query) in a text bound for a response or a log. */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = secrets.flatMap((secret) => (secret ? [secret, encodeURIComponent(secret)] : []));
  return forms.reduce((result, form) => result.split(form).join('[redacted]'), text);
}
