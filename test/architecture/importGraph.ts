import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of the sources: every static import, `import type`, re-export and dynamic
 * `import()` between files, and the same graph folded onto the top-level folders (layers).
 * Type-only imports count: a layer that names another's types depends on it as much as one that
 * calls it, and a cycle through types is how the catalogue, the hosts and the builders used to knot.
 * One kind of edge is left out between layers, by design: the catalogue (src/i18n/) names the
 * types of the codes each layer declares, while those layers call the catalogue to word their
 * text (the builders write headers in the workbook's language). The catalogue imports nothing but
 * types, so those edges are erased at build time and cannot order anything; between files they
 * still count.
 */
export interface SourceFiles {
  /** Paths relative to the root, with forward slashes. */
  files: string[];
  read(path: string): string;
}

export function diskSources(root: string, dir = 'src'): SourceFiles {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(join(root, d))) {
      const p = `${d}/${name}`;
      if (statSync(join(root, p)).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) files.push(p);
    }
  };
  walk(dir);
  return { files, read: (p) => readFileSync(join(root, p), 'utf8') };
}

interface Specifier {
  spec: string;
  /** Erased at build time: `import type`, `export type`, only `type` names, or an `import('…')` type. */
  typeOnly: boolean;
}

function specifiers(path: string, text: string): Specifier[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: Specifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const names = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!names && names.length > 0 && names.every((n) => n.isTypeOnly)));
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** File → the files it imports (relative imports only; packages are not part of the graph). */
export function importGraph(sources: SourceFiles): Map<string, string[]> {
  return new Map([...importEdges(sources)].map(([file, targets]) => [file, [...targets.keys()]]));
}

/** File → imported file → whether every import between them is type-only. */
export function importEdges(sources: SourceFiles): Map<string, Map<string, boolean>> {
  const known = new Set(sources.files);
  const resolveImport = (from: string, spec: string): string | null => {
    if (!spec.startsWith('.')) return null;
    const base = relative(resolve('/'), resolve('/', dirname(from), spec)).split(sep).join('/');
    return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base].find((c) => known.has(c)) ?? null;
  };
  const graph = new Map<string, Map<string, boolean>>();
  for (const file of sources.files) {
    const targets = new Map<string, boolean>();
    for (const { spec, typeOnly } of specifiers(file, sources.read(file))) {
      const target = resolveImport(file, spec);
      if (target !== null) targets.set(target, (targets.get(target) ?? true) && typeOnly);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The top-level folder under src/ a file belongs to. */
export const layerOf = (file: string): string => file.split('/')[1] ?? file;

/** The catalogue naming another layer's code types (see the top of this file). */
const catalogueTypes = (from: string, typeOnly: boolean): boolean => layerOf(from) === 'i18n' && typeOnly;

/** The graph between layers, each edge with the file imports that make it. */
export function layerGraph(edges: Map<string, Map<string, boolean>>): Map<string, Map<string, string[]>> {
  const layers = new Map<string, Map<string, string[]>>();
  for (const [from, targets] of edges) {
    for (const [to, typeOnly] of targets) {
      const a = layerOf(from);
      const b = layerOf(to);
      if (a === b || catalogueTypes(from, typeOnly)) continue;
      if (!layers.has(a)) layers.set(a, new Map());
      const edges = layers.get(a)!;
      edges.set(b, [...(edges.get(b) ?? []), `${from} → ${to}`]);
    }
  }
  return layers;
}

/** Strongly connected groups of more than one node (or a node importing itself): every cycle lies in one. */
export function cycles(edges: Map<string, Iterable<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const nodes = new Set<string>([...edges.keys(), ...[...edges.values()].flatMap((t) => [...t])]);
  const connect = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      const selfLoop = [...(edges.get(v) ?? [])].includes(v);
      if (group.length > 1 || selfLoop) found.push(group.sort());
    }
  };
  for (const v of nodes) if (!order.has(v)) connect(v);
  return found;
}

/** Every cycle between files and between layers, with the imports that close each layer cycle. */
export function importCycles(sources: SourceFiles): { files: string[][]; layers: { layers: string[]; imports: string[] }[] } {
  const edges = importEdges(sources);
  const graph = new Map([...edges].map(([file, targets]) => [file, [...targets.keys()]]));
  const layered = layerGraph(edges);
  const layerEdges = new Map([...layered].map(([a, targets]) => [a, [...targets.keys()]]));
  return {
    files: cycles(graph),
    layers: cycles(layerEdges).map((group) => ({
      layers: group,
      imports: group.flatMap((a) => group.flatMap((b) => layered.get(a)?.get(b) ?? [])),
    })),
  };
}

export const repoRoot = resolve(__dirname, '..', '..');
