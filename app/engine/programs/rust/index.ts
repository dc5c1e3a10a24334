/** The Rust toolchain's programs: cargo, rustup and rustc (see README.md). */
export { cargoProgram } from './cargo';
export { rustcProgram } from './rustc';
export { rustupProgram } from './rustup';
