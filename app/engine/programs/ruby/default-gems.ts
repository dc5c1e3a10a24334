/**
 * Default gems: gems that are part of Ruby itself (their gemspecs live in
 * `specifications/default`). Bundler counts them as installed, so a bundle that locks the
 * same version prints "Using date 3.4.1" instead of installing it, wherever BUNDLE_PATH
 * points. Versions as Ruby 3.4.1 and 3.3.6 ship them (later patch releases differ slightly).
 */
const BY_MINOR: Record<string, Record<string, string>> = {
  '3.4': {
    benchmark: '0.4.0',
    date: '3.4.1',
    erb: '4.0.4',
    'io-console': '0.8.0',
    irb: '1.14.3',
    json: '2.9.1',
    logger: '1.6.4',
    'net-protocol': '0.2.2',
    pp: '0.6.2',
    prettyprint: '0.2.0',
    psych: '5.2.2',
    rdoc: '6.14.0',
    reline: '0.6.0',
    securerandom: '0.4.1',
    stringio: '3.1.2',
    timeout: '0.4.3',
    tsort: '0.2.0',
    uri: '1.0.2',
  },
  '3.3': {
    base64: '0.2.0',
    benchmark: '0.3.0',
    bigdecimal: '3.1.5',
    date: '3.3.4',
    drb: '2.2.0',
    erb: '4.0.3',
    'io-console': '0.7.1',
    irb: '1.13.1',
    json: '2.7.2',
    logger: '1.6.0',
    'net-protocol': '0.2.2',
    pp: '0.5.0',
    prettyprint: '0.2.0',
    psych: '5.1.2',
    racc: '1.7.3',
    rdoc: '6.6.3.1',
    reline: '0.5.10',
    securerandom: '0.3.1',
    stringio: '3.1.0',
    timeout: '0.4.1',
    tsort: '0.2.0',
    uri: '0.13.1',
  },
};

/** The version of `name` that Ruby `abi` ("3.4.0") ships as a default gem, if any. */
export function defaultGemVersion(abi: string, name: string): string | undefined {
  return BY_MINOR[abi.split('.').slice(0, 2).join('.')]?.[name];
}

/** Every default gem of Ruby `abi`, name → version. */
export function defaultGemsOf(abi: string): Record<string, string> {
  return BY_MINOR[abi.split('.').slice(0, 2).join('.')] ?? {};
}
