/** The Rust toolchain's programs: cargo, rustup, rustc and cargo-chef (see README.md). */
export { cargoProgram } from './cargo';
export { rustcProgram } from './rustc';
export { rustupProgram } from './rustup';
export { cargoChefProgram } from './cargo-chef';
