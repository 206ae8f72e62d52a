// TypeDoc plugin for the API docs (loaded through typedoc.json's "plugin").
//
// 1. Entity types are written `type Partnership = z.infer<typeof PartnershipSchema>`. TypeScript
//    gives the inferred object no alias, so TypeDoc printed every parameter, return type and
//    property of such a type as the whole object inline (scorePartnership's page put its example
//    about 5,500 px down). Where the source names a type alias, this plugin converts the type from
//    the source's words instead, so the page shows a link to the type.
// 2. Within each category of the navigation, symbols are ordered the way a reader looks for them:
//    schemas, parse functions, other functions (the analyses), catalogs and other values, then
//    types; alphabetically within each. Guides and reference pages keep the order typedoc.json gives.
import ts from "typescript";
import { Converter, ReflectionKind } from "typedoc";

/** Whether a type node names a type alias of this project (not of zod or another package). */
function namesOwnAlias(context, node) {
  if (!node || !ts.isTypeReferenceNode(node)) return false;
  let symbol = context.checker.getSymbolAtLocation(node.typeName);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.[0];
  return !!declaration && ts.isTypeAliasDeclaration(declaration) && !declaration.getSourceFile().fileName.includes("node_modules");
}

/** The type as the source writes it, where it names an own alias (possibly in an array). */
function fromSource(scoped, node, current) {
  const inner = node && ts.isArrayTypeNode(node) ? node.elementType : node;
  if (!namesOwnAlias(scoped, inner)) return current;
  return scoped.converter.convertType(scoped, node);
}

function rank(reflection) {
  const name = reflection.name;
  if (reflection.kindOf(ReflectionKind.Document)) return 5;
  if (reflection.kindOf(ReflectionKind.Variable) && name.endsWith("Schema")) return 0;
  if (reflection.kindOf(ReflectionKind.Function) && /^parse[A-Z]/.test(name)) return 1;
  if (reflection.kindOf(ReflectionKind.Function)) return 2;
  if (reflection.kindOf(ReflectionKind.Variable)) return 3;
  return 4;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !("parameters" in declaration) || signature.parent !== context.scope) return;
    const inSignature = context.withScope(signature);
    signature.parameters?.forEach((parameter, i) => {
      const node = declaration.parameters?.[i];
      if (node && ts.isParameter(node)) parameter.type = fromSource(inSignature.withScope(parameter), node.type, parameter.type);
    });
    if (declaration.type) signature.type = fromSource(inSignature, declaration.type, signature.type);
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const node = symbol?.declarations?.[0];
    if (!node || !(ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) || !node.type) return;
    // The type is set after this event: convert it once conversion is complete.
    if (reflection.parent === context.scope) pending.push([context.withScope(reflection), reflection, node.type]);
  });
  const pending = [];
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    for (const [scoped, reflection, node] of pending.splice(0)) reflection.type = fromSource(scoped, node, reflection.type);
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    // Documents (guides, reference pages) keep the order typedoc.json lists them in.
    const listed = new Map((context.project.documents ?? []).map((d, i) => [d, i]));
    const position = (r) => listed.get(r) ?? 0;
    const order = (a, b) => rank(a) - rank(b) || position(a) - position(b) || a.name.localeCompare(b.name, "en");
    for (const category of context.project.categories ?? []) category.children.sort(order);
  }, -10000);
}
