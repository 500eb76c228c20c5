import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ProviderId } from '../../logs/log-entry.ts';

const manifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), imports: z.array(z.string()).optional() }),
);

/** Each provider's adapter module in src/ (keys of Vite's build manifest; the registry imports the same). */
export const ADAPTER_MODULES: Readonly<Record<ProviderId, string>> = {
  timepay: 'src/providers/timepay/index.ts',
  salesfinity: 'src/providers/salesfinity/index.ts',
  unpod: 'src/providers/unpod/index.ts',
  convoso: 'src/providers/convoso/index.ts',
};

/** The files (`/assets/...`) a lazily imported module of src/ needs, itself first. */
export type ChunkFiles = (module: string) => string[];

/**
 * From the build's manifest (`dist/.vite/manifest.json`, never served): the chunk of a lazily imported
 * module and the chunks it imports, without those the page loads anyway (`alreadyLoaded`). No manifest:
 * no file, the browser then loads the chunk when the app asks for it.
 */
export function readChunkFiles(distDir: string, alreadyLoaded: ReadonlySet<string>): ChunkFiles {
  const path = join(distDir, '.vite', 'manifest.json');
  const parsed = existsSync(path) ? manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8'))) : null;
  const manifest = parsed?.success ? parsed.data : {};
  const filesOf = (key: string, seen: Set<string>): string[] => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return [];
    seen.add(key);
    return [`/${chunk.file}`, ...(chunk.imports ?? []).flatMap((k) => filesOf(k, seen))];
  };
  const cache = new Map<string, string[]>();
  return (module) => {
    let files = cache.get(module);
    if (!files) {
      files = [...new Set(filesOf(module, new Set()))].filter((file) => !alreadyLoaded.has(file));
      cache.set(module, files);
    }
    return files;
  };
}
