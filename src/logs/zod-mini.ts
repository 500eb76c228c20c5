// Browser code validates with `zod/mini`: its functional API tree-shakes, so only the schema kinds and
// checks in use ship (classic zod's method chains pull in the whole library, ~25 kB gzip).
// Unlike classic zod, mini installs no messages of its own: the English locale keeps reasons such as
// "duration: Invalid input: expected number, received string" as readable as before. The config is
// global, so every module that declares schemas imports `z` from here.
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());
// In the browser the CSP forbids eval (no 'unsafe-eval'): say so up front, so zod never probes
// `new Function` (each probe would be a CSP violation report). Node keeps the compiled parsers.
if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };

type Shape = z.core.$ZodLooseShape;

const ZodMiniObjectJIT = z.core.$constructor<z.ZodMiniObject, z.core.$ZodObjectDef>(
  'ZodMiniObjectJIT',
  (inst, def) => {
    // The compiled parser first (classic zod's object); ZodMiniObject then adds only the mini API,
    // its own $ZodObject init being a no-op for a schema that already has that trait.
    z.core.$ZodObjectJIT.init(inst, def);
    z.ZodMiniObject.init(inst, def);
  },
);

/**
 * `z.object` with the compiled (`new Function`) parser classic zod uses: mini's interpreted object
 * parse is ~4x slower, which per-record validation cannot afford (normalization must stay ≥ 200,000
 * records/s). Same semantics, issues and messages; `z.extend` of it stays compiled. Falls back to the
 * interpreted parse by itself where eval is not allowed (CSP) or with `z.config({ jitless: true })`.
 */
export function compiledObject<T extends Shape>(
  shape: T,
): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip> {
  return new ZodMiniObjectJIT({ type: 'object', shape }) as z.ZodMiniObject<
    z.core.util.Writeable<T>,
    z.core.$strip
  >;
}
