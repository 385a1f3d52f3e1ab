import { SCHEMA_VERSIONS } from '../../src/data/schema';

/** An object store as the bare IndexedDB API takes it. */
export interface StoreSpec {
  readonly keyPath: string | string[];
  readonly indexes: readonly {
    readonly name: string;
    readonly keyPath: string | string[];
    readonly unique: boolean;
    readonly multiEntry: boolean;
  }[];
}

/** `a`, `[a+b]` (compound) → an IndexedDB key path. */
function keyPath(name: string): string | string[] {
  return name.startsWith('[') ? name.slice(1, -1).split('+') : name;
}

function parse(table: string, declaration: string): StoreSpec {
  const [primary, ...indexes] = declaration.split(',').map((part) => part.trim());
  if (!primary || primary.startsWith('++')) throw new Error(`${table}: the bench expects a client-made key`);
  return {
    keyPath: keyPath(primary),
    indexes: indexes.map((index) => {
      const name = index.replace(/^[&*]/, '');
      return {
        name,
        keyPath: keyPath(name),
        unique: index.startsWith('&'),
        multiEntry: index.startsWith('*'),
      };
    }),
  };
}

/**
 * Every table of the app's latest schema, read from src/data/schema.ts and
 * parsed from Dexie's syntax (`id, &unique, *multiEntry, [com+pound]`). The
 * baseline stores are built from it, so they keep the very indexes the app's
 * stores have as the schema grows, and both engines pay the same index upkeep.
 */
export function latestStoreSpecs(): ReadonlyMap<string, StoreSpec> {
  const latest = new Map<string, string | null>();
  for (const version of SCHEMA_VERSIONS) {
    for (const [table, declaration] of Object.entries(version.stores)) latest.set(table, declaration);
  }
  const specs = new Map<string, StoreSpec>();
  for (const [table, declaration] of latest) if (declaration) specs.set(table, parse(table, declaration));
  return specs;
}
