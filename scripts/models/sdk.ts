// Reads the shapes of the Amazon Connect API from the type declarations of the AWS SDK for
// JavaScript (@aws-sdk/client-connect): structures with their members' types, and enums with
// their values. The declarations are generated from the service model, so they are the newest
// published model in a form npm delivers; they carry names, types and values, not lengths,
// ranges or patterns. Read with the TypeScript parser rather than regular expressions, so
// that comments, line breaks and nesting cannot mislead it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A member's type, as far as JSON can tell types apart. */
export type SdkType =
  | { kind: 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document' }
  | { kind: 'enum'; name: string }
  | { kind: 'structure'; name: string }
  | { kind: 'union'; name: string }
  | { kind: 'list'; item: SdkType }
  | { kind: 'map'; value: SdkType }
  | { kind: 'unknown'; text: string };

export interface SdkModel {
  /** Structure name -> member name -> type, in declaration order. */
  structures: Map<string, Map<string, SdkType>>;
  /** Enum name -> its values (the strings on the wire, not the constants' names). */
  enums: Map<string, string[]>;
  /** Names of tagged unions (exactly one member set); their members are in `structures` too. */
  unions: Set<string>;
}

/** The model in the `.d.ts` files of `@aws-sdk/client-connect/dist-types/models/`. */
export function readSdkPackage(packageDir: string): { version: string; model: SdkModel } {
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = join(packageDir, 'dist-types', 'models');
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.d.ts'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
  return { version, model: readSdkModel(texts) };
}

/** The structures and enums declared in the given `.d.ts` texts. */
export function readSdkModel(texts: string[]): SdkModel {
  const model: SdkModel = { structures: new Map(), enums: new Map(), unions: new Set() };
  const declarations = new Map<string, ts.PropertySignature[]>();
  for (const text of texts) {
    const file = ts.createSourceFile('models.d.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    for (const statement of file.statements) {
      if (ts.isInterfaceDeclaration(statement)) declarations.set(statement.name.text, properties(statement));
      else if (ts.isVariableStatement(statement)) readEnums(statement, model);
      else if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) model.unions.add(statement.name.text);
      else if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
        declarations.set(statement.name.text, unionMembers(statement.body));
      }
    }
  }
  // Members are typed once every name is known: an enum and a structure are both written `Name`.
  for (const [name, members] of declarations) {
    model.structures.set(name, new Map(members.map((member) => [(member.name as ts.Identifier).text, typeOf(member.type as ts.TypeNode, model)])));
  }
  for (const name of [...model.unions]) if (!model.structures.has(name)) model.unions.delete(name); // unions of other kinds
  return model;
}

function properties(declaration: ts.InterfaceDeclaration): ts.PropertySignature[] {
  return declaration.members.filter((member): member is ts.PropertySignature => ts.isPropertySignature(member) && member.type !== undefined && ts.isIdentifier(member.name));
}

/**
 * A tagged union is declared as `type X = X.AMember | X.BMember | X.$UnknownMember` and a
 * namespace `X` with one interface per member, where that member is set and the others are
 * `never`: its members are the ones each `...Member` interface sets.
 */
function unionMembers(body: ts.ModuleBlock): ts.PropertySignature[] {
  const members: ts.PropertySignature[] = [];
  for (const statement of body.statements) {
    if (!ts.isInterfaceDeclaration(statement) || !statement.name.text.endsWith('Member') || statement.name.text === '$UnknownMember') continue;
    members.push(...properties(statement).filter((member) => member.type?.kind !== ts.SyntaxKind.NeverKeyword));
  }
  return members;
}

/** `export declare const Channel: { readonly VOICE: "VOICE"; ... }`: an enum and its values. */
function readEnums(statement: ts.VariableStatement, model: SdkModel): void {
  for (const declaration of statement.declarationList.declarations) {
    const type = declaration.type;
    if (!ts.isIdentifier(declaration.name) || type === undefined || !ts.isTypeLiteralNode(type)) continue;
    const values: string[] = [];
    for (const member of type.members) {
      if (ts.isPropertySignature(member) && member.type !== undefined && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)) {
        values.push(member.type.literal.text);
      }
    }
    if (values.length > 0) model.enums.set(declaration.name.text, values);
  }
}

function typeOf(node: ts.TypeNode, model: SdkModel): SdkType {
  if (ts.isUnionTypeNode(node)) {
    // `string | undefined`: every member is optional in the SDK; the rest is the type.
    const defined = node.types.filter((type) => type.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (defined.length === 1) return typeOf(defined[0], model);
  }
  if (ts.isParenthesizedTypeNode(node)) return typeOf(node.type, model);
  if (ts.isArrayTypeNode(node)) return { kind: 'list', item: typeOf(node.elementType, model) };
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { kind: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { kind: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: 'boolean' };
  }
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const [first, second] = node.typeArguments ?? [];
    if (name === 'Record' && second !== undefined && first.kind === ts.SyntaxKind.StringKeyword) return { kind: 'map', value: typeOf(second, model) };
    if (name === 'Date') return { kind: 'timestamp' };
    if (name === 'Uint8Array') return { kind: 'blob' };
    if (name === '__DocumentType') return { kind: 'document' };
    if (model.enums.has(name)) return { kind: 'enum', name };
    if (model.unions.has(name)) return { kind: 'union', name };
    return { kind: 'structure', name };
  }
  return { kind: 'unknown', text: ts.SyntaxKind[node.kind] };
}
