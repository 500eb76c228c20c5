// The bare library floor of the initial JavaScript: an entry that imports exactly the library bindings our
// initial chunks import (same packages, same names, so tree-shaking keeps the same library code), keeps
// them alive, and renders nothing. Built with Vite (same target and JSX runtime) into a temp dir.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface OutChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  moduleIds?: string[];
  modules?: Record<string, unknown>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** The source files (ours, under src/) bundled into the entry chunk and the chunks it imports statically. */
export function initialSourceModules(output: unknown): string[] {
  const outputs = (Array.isArray(output) ? output : [output]) as Array<{ output?: OutChunk[] }>;
  const chunks = outputs.flatMap((o) => o.output ?? []).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set<OutChunk>();
  const visit = (c: OutChunk | undefined): void => {
    if (!c || initial.has(c)) return;
    initial.add(c);
    for (const name of c.imports ?? []) visit(byName.get(name));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  const ids = [...initial].flatMap((c) => c.moduleIds ?? Object.keys(c.modules ?? {}));
  return [
    ...new Set(
      ids
        .map((id) => id.split('?')[0] ?? '')
        .filter((id) => id.startsWith(join(ROOT, 'src')) && /\.tsx?$/.test(id)),
    ),
  ];
}

interface LibraryImports {
  /** package → imported name ('default', '*' for a namespace) → members read from it ('' = the binding itself). */
  named: Map<string, Map<string, Set<string>>>;
}

const IMPORT = /import\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;

function escape(name: string): string {
  return name.replace(/[$]/g, '\\$');
}

/**
 * How `code` uses the binding `local`: the member chains it reads (`z.core.util`, kept whole so that a namespace
 * is not kept entire; a type-only chain reads as undefined, harmless) and '' when the binding itself is used
 * (called, rendered, passed). The bundler keeps only those, so the floor does too.
 */
function uses(code: string, local: string): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`(?<![\\w$.])${escape(local)}(?![\\w$])((?:\\.[A-Za-z_$][\\w$]*)*)`, 'g');
  for (const m of code.matchAll(pattern)) found.add((m[1] ?? '').slice(1));
  return found;
}

/** Code only: no import lines, local re-exports, comments or plain strings (a word there is no use of a binding). */
function stripped(text: string): string {
  return text
    .replace(IMPORT, '')
    .replace(/export\s*\{[^}]*\}\s*;/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

/** Value imports of bare specifiers (libraries) in `files`, with what each file reads from them. */
export function libraryImports(files: readonly string[]): LibraryImports {
  const named = new Map<string, Map<string, Set<string>>>();
  const reexported = new Map<string, { pkg: string; name: string }>();
  const add = (pkg: string, name: string, members: Iterable<string>) => {
    if (!named.has(pkg)) named.set(pkg, new Map());
    const byName = named.get(pkg) ?? new Map<string, Set<string>>();
    if (!byName.has(name)) byName.set(name, new Set());
    for (const member of members) byName.get(name)?.add(member);
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const code = stripped(text);
    const exported = new Set(
      [...text.matchAll(/export\s*\{([^}]*)\}\s*;/g)].flatMap((m) =>
        (m[1] ?? '').split(',').map((x) => x.trim()),
      ),
    );
    for (const m of text.matchAll(IMPORT)) {
      const [, typeOnly, clause = '', spec = ''] = m;
      if (typeOnly || spec.startsWith('.') || spec.startsWith('/') || spec.includes(':')) continue;
      const braces = /\{([^}]*)\}/.exec(clause);
      const head = clause
        .replace(/\{[^}]*\}/, '')
        .replace(/,\s*$/, '')
        .trim();
      if (head.startsWith('* as')) add(spec, '*', uses(code, head.slice(4).trim()));
      else if (head) add(spec, 'default', uses(code, head));
      for (const part of braces?.[1]?.split(',') ?? []) {
        const item = part.trim();
        if (!item || item.startsWith('type ')) continue;
        const [name = item, alias] = item.split(/\s+as\s+/).map((x) => x.trim());
        add(spec, name, uses(code, alias ?? name));
        if (exported.has(alias ?? name)) reexported.set(alias ?? name, { pkg: spec, name });
      }
    }
  }
  // A binding re-exported by one of our modules (zod-mini.ts re-exports `z`) is read elsewhere under its name.
  for (const [local, { pkg, name }] of reexported) {
    for (const file of files)
      add(pkg, name, [...uses(stripped(readFileSync(file, 'utf8')), local)].filter(Boolean));
  }
  // Every .tsx compiles to the automatic JSX runtime.
  if (files.some((f) => f.endsWith('.tsx'))) {
    for (const name of ['jsx', 'jsxs', 'Fragment']) add('react/jsx-runtime', name, ['']);
  }
  return { named };
}

/**
 * Drops member chains that are types (`z.core.$ZodLooseShape`, `z.infer`): read in the floor they would be
 * undefined, and a bundler keeps a whole namespace when one of its members cannot be resolved. Which chains are
 * values is asked of the library itself, loaded in Node.
 */
export async function valueChainsOnly(imports: LibraryImports): Promise<LibraryImports> {
  for (const [pkg, names] of imports.named) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pkg)) as Record<string, unknown>;
    } catch {
      continue; // cannot tell: keep every chain
    }
    for (const [name, members] of names) {
      const root = name === '*' ? mod : mod[name];
      for (const member of [...members]) {
        let value: unknown = root;
        for (const key of member ? member.split('.') : []) {
          value =
            value !== null && (typeof value === 'object' || typeof value === 'function')
              ? (value as Record<string, unknown>)[key]
              : undefined;
        }
        if (value === undefined) members.delete(member);
      }
    }
  }
  return imports;
}

/** The floor entry's source: imports every binding, reads the same members, keeps them reachable; renders nothing. */
export function floorEntry(imports: LibraryImports): string {
  const lines: string[] = [];
  const keep: string[] = [];
  let n = 0;
  for (const [pkg, names] of [...imports.named].sort(([a], [b]) => a.localeCompare(b))) {
    const specs: string[] = [];
    for (const [name, members] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
      if (members.size === 0) continue; // imported, never used: the bundler drops it too
      const local = `l${n++}`;
      for (const member of members) keep.push(member ? `${local}.${member}` : local);
      if (name === '*') lines.push(`import * as ${local} from ${JSON.stringify(pkg)};`);
      else if (name === 'default') lines.push(`import ${local} from ${JSON.stringify(pkg)};`);
      else specs.push(`${name} as ${local}`);
    }
    if (specs.length > 0) lines.push(`import { ${specs.join(', ')} } from ${JSON.stringify(pkg)};`);
  }
  lines.push(`globalThis.__floor = [${keep.join(', ')}];`);
  return `${lines.join('\n')}\n`;
}

export interface FloorResult {
  /** Gzip kB of the floor's entry chunk and what it imports statically. */
  kB: number;
  packages: string[];
  bindings: number;
}

/** Builds the floor into a temp dir inside the repo (so `node_modules` resolves) and measures it; removes it after. */
export async function measureFloor(initialModules: readonly string[]): Promise<FloorResult> {
  const imports = await valueChainsOnly(libraryImports(initialModules));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'test-results', 'bench-floor-'));
  try {
    writeFileSync(join(dir, 'floor.js'), floorEntry(imports));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><body><div id="root"></div><script type="module" src="./floor.js"></script></body></html>',
    );
    await build({
      configFile: false,
      root: dir,
      logLevel: 'warn',
      build: { target: 'es2022', sourcemap: false, outDir: join(dir, 'dist'), emptyOutDir: true },
    });
    const assets = join(dir, 'dist', 'assets');
    const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    const files = [
      ...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g),
    ].map((m) => m[1] ?? '');
    const known = new Set(readdirSync(assets));
    const bytes = [...new Set(files)]
      .filter((f) => known.has(f))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
    return {
      kB: bytes / 1024,
      packages: [...imports.named.keys()].sort(),
      bindings: [...imports.named.values()].reduce((sum, names) => sum + names.size, 0),
    };
  } finally {
    if (process.env.BENCH_KEEP_FLOOR !== '1') rmSync(dir, { recursive: true, force: true });
  }
}
