import { describe, expect, it } from 'vitest';
import { nugetIds, nugetPackage } from './nuget';

describe('NuGet catalog', () => {
  it('finds ids case-insensitively and keeps their spelling', () => {
    const pkg = nugetPackage('newtonsoft.json');
    expect(pkg.id).toBe('Newtonsoft.Json');
    expect(pkg.files.map((f) => f.path)).toContain('lib/net6.0/Newtonsoft.Json.dll');
    expect(pkg.plausible).toBe(false);
  });

  it('pins "(=)" dependencies to the version asked for', () => {
    const ef = nugetPackage('Microsoft.EntityFrameworkCore', '8.0.11');
    expect(ef.modelled).toBe(true);
    expect(ef.dependencies).toContainEqual({
      id: 'Microsoft.EntityFrameworkCore.Abstractions',
      version: '8.0.11',
    });
  });

  it("shifts a framework-versioned package's target frameworks with its major version", () => {
    expect(nugetPackage('Microsoft.AspNetCore.OpenApi').libTfms).toEqual(['net9.0']);
    expect(nugetPackage('Microsoft.AspNetCore.OpenApi', '8.0.11').libTfms).toEqual(['net8.0']);
    expect(nugetPackage('Microsoft.AspNetCore.OpenApi', '10.0.0').libTfms).toEqual(['net10.0']);
  });

  it('every dependency of a catalog package is in the catalog', () => {
    const known = new Set(nugetIds());
    for (const id of known)
      for (const dep of nugetPackage(id).dependencies)
        expect(known.has(dep.id), `${id} → ${dep.id}`).toBe(true);
  });

  it('unknown ids are deterministic netstandard2.0 stand-ins', () => {
    const a = nugetPackage('Contoso.Widgets');
    expect(a).toEqual(nugetPackage('Contoso.Widgets'));
    expect(a.plausible).toBe(true);
    expect(a.files.map((f) => f.path)).toEqual(['lib/netstandard2.0/Contoso.Widgets.dll']);
  });
});
