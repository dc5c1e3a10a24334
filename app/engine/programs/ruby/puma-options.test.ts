import { describe, expect, it } from 'vitest';
import { writeText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { officialRubyFs, RUBY_ENV } from '../testing/rubies';
import { pumaSettings } from './puma-options';

const settings = (args: string[], files: Record<string, string> = {}, env = {}) => {
  const fs = officialRubyFs();
  for (const [path, text] of Object.entries(files)) writeText(fs, path, text);
  let out: ReturnType<typeof pumaSettings> | undefined;
  runProgram(
    (_argv, io) => {
      out = pumaSettings(io, args);
      return 0;
    },
    ['puma'],
    fs,
    { env: { ...RUBY_ENV, ...env }, cwd: '/app' },
  );
  return out;
};

describe("puma's environment and address", () => {
  it("are Puma's defaults, or RACK_ENV and PORT", () => {
    expect(settings([])).toEqual({ environment: 'development', listen: '0.0.0.0:9292' });
    expect(settings([], {}, { RACK_ENV: 'production', PORT: '8080' })).toEqual({
      environment: 'production',
      listen: '0.0.0.0:8080',
    });
  });

  it('come from -C config (port ENV.fetch with a default), with -e and -p winning', () => {
    const config = { '/app/puma.rb': 'port ENV.fetch("PORT", 4567)\nworkers 0\n' };
    expect(settings(['config.ru', '-C', 'puma.rb', '-e', 'production'], config)).toEqual({
      environment: 'production',
      listen: '0.0.0.0:4567',
    });
    expect(settings(['-C', 'puma.rb', '-p', '80'], config)?.listen).toBe('0.0.0.0:80');
    const rails = { '/app/config/puma.rb': 'port ENV.fetch("PORT") { 3000 }\n' };
    expect(settings([], rails)?.listen).toBe('0.0.0.0:3000');
    expect(settings(['-b', 'tcp://0.0.0.0:7777'])?.listen).toBe('0.0.0.0:7777');
  });
});
