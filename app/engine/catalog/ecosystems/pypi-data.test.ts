// The PyPI catalog holds what common Dockerfiles install by name, with the console scripts
// their CMD lines run: a missing one becomes a stand-in without scripts, so
// `ENTRYPOINT ["streamlit", "run", "app.py"]` failed with "executable file not found".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '..';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('the PyPI catalog', () => {
  it('has streamlit with its console script and its real dependencies, all in the catalog', () => {
    const streamlit = catalog.package('pypi', 'streamlit');
    expect(streamlit?.plausible).toBeUndefined();
    expect(streamlit?.files.some((f) => f.path === '../../../bin/streamlit')).toBe(true);
    expect(streamlit?.depends).toEqual(
      expect.arrayContaining(['altair', 'pyarrow', 'pydeck', 'tornado', 'protobuf']),
    );
    const missing = (streamlit?.depends ?? []).filter((d) => !catalog.package('pypi', d));
    expect(missing).toEqual([]);
  });

  it("has altair's dependency chain down to rpds-py", () => {
    for (const name of ['altair', 'jsonschema', 'referencing', 'rpds-py', 'narwhals', 'gitdb'])
      expect(catalog.package('pypi', name)?.name).toBe(name);
  });
});
