import ts from 'typescript';

/**
 * Every name a module exports, one per line as `value name` or `type name`, sorted: read by the
 * type checker (not by importing the module) so that types, interfaces and type-only re-exports
 * count as much as functions do.
 */
export function publicNames(entry: string): string {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`no module at ${entry}`);
  return checker
    .getExportsOfModule(module)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return `${target.flags & ts.SymbolFlags.Value ? 'value' : 'type'} ${symbol.name}`;
    })
    .sort((a, b) => (a.split(' ')[1]! < b.split(' ')[1]! ? -1 : 1))
    .join('\n')
    .concat('\n');
}
