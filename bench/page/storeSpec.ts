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

/**
 * The app's latest declaration of `table`, read from src/data/schema.ts and
 * parsed from Dexie's syntax (`id, &unique, *multiEntry, [com+pound]`). The
 * baseline store is built from it, so it keeps the very indexes the app's
 * store has as the schema grows, and both engines pay the same index upkeep.
 */
export function latestStoreSpec(table: string): StoreSpec {
  const declaration = SCHEMA_VERSIONS.findLast((version) => version.stores[table] !== undefined)?.stores[
    table
  ];
  if (!declaration) throw new Error(`the app's schema has no table ${table}`);
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
