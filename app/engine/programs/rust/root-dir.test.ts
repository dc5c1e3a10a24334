import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { cargoProgram } from './cargo';
import { APP_TOML, rustEnv, rustFs } from './testing';

describe('a project at the filesystem root (COPY . . without WORKDIR)', () => {
  it('builds /target/release/app', () => {
    const fs = rustFs({
      '/Cargo.toml': `${APP_TOML}\n[dependencies]\nitoa = "1"\n`,
      '/src/main.rs': 'fn main() {}\n',
    });
    const result = runProgram(cargoProgram, ['cargo', 'build', '--release'], fs, {
      env: rustEnv(),
      cwd: '/',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('   Compiling app v0.1.0 (/)\n');
    expect(fs.stat('/target/release/app').ok).toBe(true);
    expect(fs.stat('/Cargo.lock').ok).toBe(true);
    const again = runProgram(cargoProgram, ['cargo', 'build', '--release'], fs, {
      env: rustEnv(),
      cwd: '/',
    });
    expect(again.stderr).not.toContain('Compiling');
  });
});
