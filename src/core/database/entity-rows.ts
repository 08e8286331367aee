import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Whole entity rows read with plain SQL: the column list (`"region_code" AS "regionCode"`, every selectable column of
 * the entity) is made once per entity, and each row is turned into the entity through the driver's own hydration (dates,
 * transformers), so the object is the one `findOne` would return. For hot reads through `UnitOfWork.prepared`:
 * TypeORM's find builds its SQL from the metadata again on every call and selects every column under an alias.
 */
export interface EntityRows<E> {
  /** The select list for the entity's table under `alias`, e.g. `p."region_code" AS "regionCode", ...`. */
  columns(alias?: string): string;
  /** The entity from a row selected with `columns()`. */
  hydrate(row: Record<string, unknown>): E;
}

type ColumnMetadata = ReturnType<DataSource['getMetadata']>['columns'][number];

const cache = new WeakMap<DataSource, Map<unknown, EntityRows<any>>>();

/** The EntityRows of an entity in this data source (made on first use). */
export function entityRows<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>): EntityRows<E> {
  let perSource = cache.get(dataSource);
  if (!perSource) cache.set(dataSource, (perSource = new Map()));
  let rows = perSource.get(entity) as EntityRows<E> | undefined;
  if (!rows) perSource.set(entity, (rows = build(dataSource, entity)));
  return rows;
}

function build<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>): EntityRows<E> {
  const metadata = dataSource.getMetadata(entity);
  const columns: ColumnMetadata[] = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
  const byAlias = new Map<string, string>();
  const listFor = (alias: string) =>
    columns.map((c) => `${alias ? `${alias}.` : ''}"${c.databaseName}" AS "${c.propertyName}"`).join(', ');
  const driver = dataSource.driver;
  return {
    columns(alias = '') {
      let list = byAlias.get(alias);
      if (list === undefined) byAlias.set(alias, (list = listFor(alias)));
      return list;
    },
    hydrate(row) {
      const out = metadata.create() as Record<string, unknown>;
      for (const column of columns) out[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
      return out as E;
    },
  };
}
