/**
 * The catalog's entry point. `loadCatalog` loads the data in a separate chunk (a dynamic
 * import) and builds the catalog once; later calls share it. Types and the install-path
 * helpers are small and imported statically.
 */
import type { Catalog } from './types';

export type * from './types';
export {
  goModuleFiles,
  npmBinLinks,
  npmPackageFiles,
  pythonAbiTag,
  pythonPackageFiles,
} from './install-paths';

let loading: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  loading ??= import('./world').then((m) => m.buildCatalog());
  return loading;
}
