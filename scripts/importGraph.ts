// The repository's TypeScript import graph, read with the TypeScript parser (not regular expressions, so
// comments, strings and template text never count as imports). Shared by the ring test and any test that
// asks what a module pulls into a bundle.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

/** One import of a module, as written. */
export interface ModuleImport {
  specifier: string
  /** `import type` / `export type` / `typeof import(...)`: erased by the compiler (verbatimModuleSyntax). */
  typeOnly: boolean
  /** 1-based line of the import in its file. */
  line: number
}

const isCode = /\.tsx?$/

/**
 * Every module `text` names: import and export declarations, dynamic `import()`, `import('…')` types, and
 * `new URL('./x.ts', import.meta.url)` (how Vite loads a worker module, so a worker is an import like any other).
 */
export function importsOf(fileName: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true)
  const found: ModuleImport[] = []
  const add = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return
    const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1
    found.push({ specifier: literal.text, typeOnly, line })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, !!node.importClause?.isTypeOnly)
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node.moduleSpecifier, node.isTypeOnly)
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      add(node.argument.literal, true)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      if (node.arguments[0]) add(node.arguments[0], false)
    } else if (ts.isNewExpression(node) && isWorkerUrl(node)) add(node.arguments![0], false)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

// new URL('<relative .ts>', import.meta.url): only code modules; data files (JSON, CSV) are not imports.
function isWorkerUrl(node: ts.NewExpression): boolean {
  const [first, second] = node.arguments ?? []
  return (
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'URL' &&
    !!first &&
    ts.isStringLiteralLike(first) &&
    first.text.startsWith('.') &&
    isCode.test(first.text) &&
    !!second &&
    second.getText() === 'import.meta.url'
  )
}

/** A relative specifier as a path from `root` with '/' separators; a Vite query (`?raw`) is dropped. */
export function resolveRelative(root: string, fromFile: string, specifier: string): string {
  const path = resolve(root, dirname(fromFile), specifier.replace(/\?.*$/, ''))
  return relative(root, path).split(sep).join('/')
}

// Built output, packages, screenshots and dot-folders (git, CI) hold no source of ours.
const NOT_SOURCE = new Set(['node_modules', 'dist', 'screenshots'])

/** Every .ts and .tsx file under `root`, as sorted '/'-separated paths relative to it. */
export function sourceFiles(root: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || NOT_SOURCE.has(entry.name)) continue
      const path = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path)
      else if (isCode.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path)
    }
  }
  walk('')
  return files.sort()
}

/** One edge of the graph: `from` (a path from the root) imports `specifier`; `to` is set for relative ones. */
export interface ImportEdge extends ModuleImport {
  from: string
  to?: string
}

/** The edges of every source file under `root`. */
export function importGraph(root: string): ImportEdge[] {
  return sourceFiles(root).flatMap((from) =>
    importsOf(from, readFileSync(join(root, from), 'utf8')).map((i) => ({
      ...i,
      from,
      ...(i.specifier.startsWith('.') ? { to: resolveRelative(root, from, i.specifier) } : {}),
    })),
  )
}
