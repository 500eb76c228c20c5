// Browser code validates with `zod/mini`: its functional API tree-shakes, so only the schema kinds and
// checks in use ship (classic zod's method chains pull in the whole library, ~25 kB gzip).
// Unlike classic zod, mini installs no messages of its own: the English locale keeps reasons such as
// "duration: Invalid input: expected number, received string" as readable as before. The config is
// global, so every module that declares schemas imports `z` from here.
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());

export { z };
