// The PyPI catalog holds what common Dockerfiles install by name, with the console scripts
// their CMD lines run: a missing one becomes a stand-in without scripts, so
// `ENTRYPOINT ["streamlit", "run", "app.py"]` failed with "executable file not found".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '..';
import { pypiRelease } from './pypi';

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

  it('has the Django and Flask extensions web Dockerfiles install, with their dependencies', () => {
    for (const name of [
      'djangorestframework',
      'whitenoise',
      'dj-database-url',
      'django-environ',
      'django-cors-headers',
      'pymysql',
      'flask-sqlalchemy',
      'flask-migrate',
      'flask-cors',
      'flask-login',
      'flask-wtf',
    ]) {
      const pkg = catalog.package('pypi', name);
      expect(pkg?.name).toBe(name);
      for (const dep of pkg?.depends ?? []) expect(catalog.package('pypi', dep)?.name).toBe(dep);
    }
    expect(
      catalog.package('pypi', 'alembic')?.files.some((f) => f.path === '../../../bin/alembic'),
    ).toBe(true);
  });

  it("ships Django's admin static files by name and size, per release", () => {
    const django = catalog.package('pypi', 'django')!;
    const admin = (files: typeof django.files) =>
      files.filter((f) => f.path.startsWith('django/contrib/admin/static/'));
    expect(admin(django.files)).toHaveLength(130);
    const jquery = django.files.find((f) => f.path.endsWith('admin/js/vendor/jquery/jquery.js'));
    expect(jquery?.size).toBe(285310);
    const older = pypiRelease(django, '5.2.7');
    expect(admin(older.files)).toHaveLength(127);
    expect(older.installedSize).toBe(older.files.reduce((sum, f) => sum + f.size, 0));
  });
});
