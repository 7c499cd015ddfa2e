import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The Custom Elements Manifest of @dangjian/components, generated from the sources by
 * @custom-elements-manifest/analyzer with the package's own settings (the same command as its
 * build script), so Storybook and the tests never need a prior build and never read a stale file.
 */

const componentsDir = fileURLToPath(new URL('../packages/components/', import.meta.url));

/** Where the analyzer writes; git ignores it, the package ships it. */
export const manifestPath = `${componentsDir}custom-elements.json`;

/** Analyzer arguments: keep in step with `build` in packages/components/package.json. */
const analyzeArgs = ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.styles.ts'];

/** Runs the analyzer over packages/components/src, writes custom-elements.json and returns it. */
export function generateCustomElementsManifest(): CustomElementsManifest {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cli, ...analyzeArgs], { cwd: componentsDir, stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as CustomElementsManifest;
}

/** The parts of the schema (https://github.com/webcomponents/custom-elements-manifest) we read. */
export interface CustomElementsManifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

export interface ManifestModule {
  path: string;
  declarations?: ManifestDeclaration[];
}

export interface ManifestEntry {
  name: string;
  description?: string;
  /** Events: `detail` as a type literal (added by `publicApiOf`, not by the analyzer). */
  detail?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
}

export interface ManifestMember extends ManifestEntry {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  description?: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestEntry[];
  members?: ManifestMember[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}

/** Every custom element the manifest declares, by tag. */
export function customElementsOf(manifest: CustomElementsManifest): ManifestDeclaration[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
}

/** Public instance fields: what a page may set (`.orgs`) or read; methods and internals are not. */
export function publicProperties(element: ManifestDeclaration): ManifestMember[] {
  return (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_') &&
      !member.name.startsWith('#'),
  );
}

/** Every `.ts` file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `XDetail` of `class X extends DjEvent<XDetail>`, or of a `readonly detail: XDetail` the class declares. */
function detailTypeOfClass(statement: ts.ClassDeclaration): ts.TypeNode | undefined {
  const base = statement.heritageClauses
    ?.flatMap((clause) => clause.types)
    .find((type) => type.expression.getText() === 'DjEvent');
  if (base?.typeArguments?.[0]) return base.typeArguments[0];
  const detail = statement.members.find(
    (member): member is ts.PropertyDeclaration =>
      ts.isPropertyDeclaration(member) && member.name.getText() === 'detail' && !!member.type,
  );
  return detail?.type;
}

/**
 * The `detail` of each event class, as a type literal: `DjOrgSelectEvent` →
 * `{ orgId: string; org: Org }`. The analyzer records an event's class, not what it carries; the
 * classes extend `DjEvent<XDetail>` and `XDetail` is an interface beside them.
 */
export function eventDetails(): Map<string, string> {
  const interfaces = new Map<string, string>();
  const detailTypeOf = new Map<string, string>();
  for (const path of sourceFiles(`${componentsDir}src`)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
      if (ts.isInterfaceDeclaration(statement)) {
        const members = statement.members.flatMap((member) =>
          ts.isPropertySignature(member) && member.type
            ? [`${member.name.getText(file)}${member.questionToken ? '?' : ''}: ${member.type.getText(file)}`]
            : [],
        );
        interfaces.set(statement.name.text, `{ ${members.join('; ')} }`);
      }
      if (ts.isClassDeclaration(statement) && statement.name) {
        const detail = detailTypeOfClass(statement);
        if (detail) detailTypeOf.set(statement.name.text, detail.getText(file));
      }
    }
  }
  return new Map(
    [...detailTypeOf].map(([eventClass, detailType]) => [eventClass, interfaces.get(detailType) ?? detailType]),
  );
}

/**
 * The manifest as a page author reads it, for Storybook's tables: each element's members cut
 * down to its public properties (no `_state`, `#private` or methods), and each event with the
 * type of its `detail`.
 */
export function publicApiOf(manifest: CustomElementsManifest): CustomElementsManifest {
  const details = eventDetails();
  const withDetail = (event: ManifestEntry): ManifestEntry => {
    const detail = event.type && details.get(event.type.text);
    return detail ? { ...event, detail } : event;
  };
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.customElement
          ? { ...declaration, members: publicProperties(declaration), events: declaration.events?.map(withDetail) }
          : declaration,
      ),
    })),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = generateCustomElementsManifest();
  console.log(`${manifestPath}: ${customElementsOf(manifest).length} elements`);
}
