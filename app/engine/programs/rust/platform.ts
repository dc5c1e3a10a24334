/**
 * Crates only some platforms use (target-specific dependencies in their manifests): a real
 * Cargo.lock lists them all (windows-sys, core-foundation, wasm-bindgen...), but a build for
 * Linux neither downloads nor compiles them. Told apart by name, as the catalog does not
 * record `[target.'cfg(...)'.dependencies]`.
 */
const WINDOWS_OR_APPLE = [
  /^windows/,
  /^winapi/,
  /wincon$/,
  /^ntapi$/,
  /^kernel32-sys$/,
  /^schannel$/,
  /^core-foundation/,
  /^security-framework/,
  /^system-configuration/,
  /^objc/,
  /^cocoa/,
  /^fsevent/,
  /^mach2?$/,
  /^android/,
  /^hermit-abi$/,
  /^redox/,
  /^libredox$/,
];
const WASM = [/^wasm-bindgen/, /^js-sys$/, /^web-sys$/, /^wasi$/, /^wasip[12]$/, /^wit-bindgen/];

/** The crate is a dependency only on platforms other than `target`. */
export function foreignTo(name: string, target: string): boolean {
  if (WINDOWS_OR_APPLE.some((re) => re.test(name))) return !/windows|apple|android/.test(target);
  if (WASM.some((re) => re.test(name))) return !target.startsWith('wasm');
  return false;
}
