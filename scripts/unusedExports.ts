// Exports that no production file uses: `npx tsx scripts/unusedExports.ts` lists each as file:line name, with the
// tests that still import it. Code only its own tests use is dead weight to read and keep correct.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { importGraph, resolveRelative, sourceFiles } from './importGraph.ts'
import { testCodeIn } from './rings.ts'

interface Export {
  file: string
  name: string
  line: number
  /** A type or interface: erased, so at worst a name too many, never dead code. */
  typeOnly: boolean
  /** Whether its own file uses it beyond the declaration: then only the `export` is extra, not the code. */
  usedInFile: boolean
}

/** What one file exports and how it reaches other files' exports. */
interface FileFacts {
  exports: Export[]
  /** Names it imports: [target file, name], '*' for a namespace or dynamic import. */
  imports: [string, string][]
  /** Re-exports: its `name` is the target's `from` ('*' for `export *`). */
  reexports: { name: string; target: string; from: string }[]
}

const hasExport = (node: ts.Node) =>
  ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)

function factsOf(root: string, file: string): FileFacts {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(root, file), 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  )
  const facts: FileFacts = { exports: [], imports: [], reexports: [] }
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
  const target = (spec: ts.Expression) =>
    ts.isStringLiteralLike(spec) && spec.text.startsWith('.')
      ? resolveRelative(root, file, spec.text)
      : undefined
  // Identifiers in code, not words in comments, count as uses.
  const mentions = new Map<string, number>()
  const count = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) mentions.set(node.text, (mentions.get(node.text) ?? 0) + 1)
    ts.forEachChild(node, count)
  }
  count(source)
  const exportName = (name: string, node: ts.Node, typeOnly = false) =>
    facts.exports.push({
      file,
      name,
      line: lineOf(node),
      typeOnly,
      usedInFile: (mentions.get(name) ?? 0) > 1,
    })
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const to = target(node.moduleSpecifier)
      const clause = node.importClause
      if (!to || !clause) continue
      if (clause.name) facts.imports.push([to, 'default'])
      const bindings = clause.namedBindings
      if (bindings && ts.isNamespaceImport(bindings)) facts.imports.push([to, '*'])
      else if (bindings)
        for (const e of bindings.elements)
          facts.imports.push([to, (e.propertyName ?? e.name).getText(source)])
    } else if (ts.isExportDeclaration(node)) {
      const to = node.moduleSpecifier && target(node.moduleSpecifier)
      if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const e of node.exportClause.elements) {
          exportName(e.name.text, e, node.isTypeOnly || e.isTypeOnly)
          if (to)
            facts.reexports.push({ name: e.name.text, target: to, from: (e.propertyName ?? e.name).text })
        }
      } else if (to) facts.reexports.push({ name: '*', target: to, from: '*' })
    } else if (hasExport(node)) {
      if (ts.isVariableStatement(node))
        for (const d of node.declarationList.declarations) exportName(d.name.getText(source), d)
      else if ('name' in node && node.name)
        exportName(
          (node.name as ts.Identifier).text,
          node,
          ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node),
        )
    }
  }
  // import('./x') and new URL('./x.worker.ts', import.meta.url) use whatever the module exports.
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0]
    ) {
      const to = target(node.arguments[0])
      if (to) facts.imports.push([to, '*'])
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const to = target(node.argument.literal as ts.Expression)
      const name = node.qualifier && ts.isIdentifier(node.qualifier) ? node.qualifier.text : '*'
      if (to) facts.imports.push([to, name])
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return facts
}

/** Every export under `root` with no production importer, and the test files that import it. */
export function unusedExports(root: string): (Export & { testedBy: string[] })[] {
  const files = sourceFiles(root)
  const facts = new Map(files.map((f) => [f, factsOf(root, f)]))
  const users = new Map<string, Set<string>>() // "file#name" → importing files
  const use = (file: string, name: string, by: string, seen = new Set<string>()) => {
    const key = `${file}#${name}`
    if (seen.has(key)) return
    seen.add(key)
    if (!users.has(key)) users.set(key, new Set())
    users.get(key)!.add(by)
    const f = facts.get(file) ?? facts.get(`${file}.ts`)
    for (const r of f?.reexports ?? [])
      if (name === '*' || r.name === name || r.name === '*')
        use(r.target, r.from === '*' ? name : r.from, by, seen)
  }
  for (const [by, f] of facts) for (const [to, name] of f.imports) use(to, name, by)
  const worker = /\.worker\.ts$/ // entry points: Vite loads them by URL and they expose their API themselves
  const testCode = testCodeIn(importGraph(root))
  const isTest = (f: string) => testCode.has(f)
  return (
    files
      .filter((f) => !isTest(f) && !worker.test(f) && !f.startsWith('e2e/'))
      .flatMap((f) => facts.get(f)!.exports)
      .map((e) => {
        const by = [...(users.get(`${e.file}#${e.name}`) ?? []), ...(users.get(`${e.file}#*`) ?? [])]
        return { ...e, by }
      })
      // What e2e/ drives the app with counts as used: it checks the product, not one module.
      .filter((e) => e.by.every((f) => isTest(f) && !f.startsWith('e2e/')))
      .map(({ by, ...e }) => ({ ...e, testedBy: [...new Set(by)].sort() }))
  )
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  // Values first: a function or constant nothing but tests (or nothing at all) calls is code to delete.
  const all = unusedExports(join(import.meta.dirname, '..'))
  const groups: [string, typeof all][] = [
    ['values used by nothing or only by tests', all.filter((e) => !e.typeOnly && !e.usedInFile)],
    [
      'values used in their own file, exported for tests or nothing',
      all.filter((e) => !e.typeOnly && e.usedInFile),
    ],
    ['types no other file names', all.filter((e) => e.typeOnly)],
  ]
  for (const [title, list] of groups) {
    console.log(`# ${title}: ${list.length}`)
    for (const e of list)
      console.log(
        `${e.file}:${e.line} ${e.name}${e.testedBy.length ? `  (tests: ${e.testedBy.join(', ')})` : ''}`,
      )
  }
}
