// crates.io, continued: the programs Dockerfiles `cargo install` (cargo-chef, sqlx-cli,
// diesel_cli, cargo-watch, cargo-leptos, trunk, wasm-pack, ripgrep) and the crates only they
// need. Same format as crates.ts.
export default `
cargo-chef 0.1.73 60 anyhow clap[derive] console env_logger fs-err globwalk guppy log pathdiff serde[derive] serde_json toml|cargo-chef
console 0.16.1 40 encode_unicode libc once_cell unicode-width
encode_unicode 1.0.0 40
unicode-width 0.2.2 300
fs-err 3.2.0 25 autocfg
globwalk 0.9.1 15 bitflags ignore walkdir
ignore 0.4.25 55 crossbeam-deque globset log memchr regex-automata same-file walkdir
crossbeam-deque 0.8.6 21 crossbeam-epoch crossbeam-utils
crossbeam-epoch 0.9.18 45 crossbeam-utils
globset 0.4.18 25 aho-corasick bstr log regex-automata regex-syntax
bstr 1.12.1 350 memchr regex-automata serde
same-file 1.0.6 10
walkdir 2.5.0 23 same-file
guppy 0.17.23 200 ahash camino cargo_metadata debug-ignore fixedbitset guppy-workspace-hack indexmap itertools nested pathdiff petgraph semver serde[derive] serde_json smallvec static_assertions target-spec
ahash 0.8.12 43 +build cfg-if getrandom once_cell version_check zerocopy
camino 1.2.1 37 serde_core
cargo_metadata 0.23.1 30 camino cargo-platform semver serde[derive] serde_json thiserror
cargo-platform 0.3.1 12 serde[derive]
semver 1.0.27 30 serde_core
debug-ignore 1.0.5 7
fixedbitset 0.5.7 25
guppy-workspace-hack 0.1.0 6
nested 0.1.1 6
petgraph 0.8.3 700 fixedbitset hashbrown indexmap serde
static_assertions 1.1.0 18
target-spec 3.5.4 25 cfg-expr guppy-workspace-hack serde[derive] target-lexicon unicode-ident
cfg-expr 0.20.4 60 smallvec target-lexicon
target-lexicon 0.13.3 30
sqlx-cli 0.8.6 50 anyhow async-trait backoff cargo_metadata chrono clap[derive] clap_complete console dotenvy filetime futures glob openssl{default,native-tls,openssl-vendored} promptly serde_json sqlx tokio url|sqlx cargo-sqlx
backoff 0.4.0 20 getrandom instant pin-project-lite rand
instant 0.1.13 6 cfg-if
clap_complete 4.5.60 50 clap
filetime 0.2.26 15 cfg-if libc
promptly 0.3.1 8 rustyline
rustyline 16.0.0 110 bitflags cfg-if libc log memchr nix unicode-segmentation unicode-width utf8parse
nix 0.30.1 330 +build bitflags cfg-if libc
unicode-segmentation 1.12.0 104
diesel_cli 2.3.3 110 chrono clap[derive] clap_complete diesel diesel_migrations dotenvy heck serde[derive] similar tempfile toml url|diesel
diesel_migrations 2.3.0 20 diesel migrations_internals migrations_macros
migrations_internals 2.3.0 10 serde[derive] toml
migrations_macros 2.3.0 8 +proc migrations_internals proc-macro2 quote
similar 2.7.0 50
cargo-watch 8.5.3 30 camino cargo_metadata clap[derive] dotenvs log notify shell-escape stderrlog watchexec|cargo-watch
dotenvs 0.1.0 8 nom
nom 8.0.0,7.1.3 130 memchr
notify 8.2.0 50 bitflags filetime inotify libc log mio walkdir
inotify 0.11.0 25 bitflags inotify-sys libc
inotify-sys 0.1.5 8 libc
shell-escape 0.1.5 7
stderrlog 0.6.0 20 chrono is-terminal log termcolor thread_local
is-terminal 0.4.17 8 libc
termcolor 1.4.1 18
watchexec 8.0.1 60 async-priority-channel async-recursion futures ignore-files miette nix normalize-path notify process-wrap project-origins thiserror tokio tracing watchexec-events watchexec-signals
async-priority-channel 0.2.0 12 event-listener
async-recursion 1.1.1 10 +proc proc-macro2 quote syn
ignore-files 3.0.4 20 futures gix-config ignore miette normalize-path project-origins radix_trie thiserror tokio tracing
gix-config 0.45.1 90 bstr winnow
radix_trie 0.2.1 22 endian-type nibble_vec
endian-type 0.1.2 6
nibble_vec 0.1.0 8 smallvec
miette 7.6.0 100 cfg-if miette-derive unicode-width
miette-derive 7.6.0 20 +proc proc-macro2 quote syn
normalize-path 0.2.1 7
process-wrap 8.2.1 25 futures indexmap nix tokio tracing
project-origins 1.4.2 12 futures tokio tokio-stream
watchexec-events 6.0.0 15 nix notify-types watchexec-signals
notify-types 2.0.0 8
watchexec-signals 5.0.0 12 miette nix thiserror
cargo-leptos 0.2.47 120 anyhow camino cargo_metadata clap[derive] dotenvy flexi_logger notify reqwest[-default,rustls-tls] serde[derive] serde_json tokio toml which|cargo-leptos
flexi_logger 0.31.7 90 chrono log nu-ansi-term regex thiserror
which 8.0.0 20 env_home rustix
env_home 0.1.0 8
trunk 0.21.14 300 anyhow axum bytes cargo_metadata clap[derive] console directories futures http hyper notify reqwest[-default,rustls-tls] serde[derive] serde_json tokio tower-http tracing tracing-subscriber|trunk
directories 6.0.0 15 dirs-sys
dirs-sys 0.5.0 10 libc option-ext
option-ext 0.2.0 7
wasm-pack 0.13.1 180 anyhow binary-install cargo_metadata chrono console dialoguer env_logger human-panic log parking_lot reqwest semver serde[derive] serde_json siphasher structopt toml walkdir which|wasm-pack
binary-install 0.4.1 20 anyhow dirs-next flate2 hex is_executable siphasher tar ureq zip
dirs-next 2.0.0 12 cfg-if dirs-sys-next
dirs-sys-next 0.1.2 10 libc
flate2 1.1.5 110 crc32fast miniz_oxide
crc32fast 1.5.0 40 cfg-if
miniz_oxide 0.8.9 65 adler2
adler2 2.0.1 13
is_executable 1.0.5 8
siphasher 1.0.1 10
tar 0.4.44 60 filetime libc xattr
xattr 1.6.1 15 libc rustix
ureq 3.1.4 150 base64 log percent-encoding rustls rustls-pki-types ureq-proto utf-8 webpki-roots
ureq-proto 0.5.3 60 base64 http httparse log
utf-8 0.7.6 10
zip 6.0.0 120 crc32fast flate2 indexmap memchr
dialoguer 0.12.0 30 console shell-words tempfile thiserror zeroize
shell-words 1.1.0 9
human-panic 2.0.4 15 anstream anstyle backtrace os_info serde[derive] toml uuid
backtrace 0.3.76 90 addr2line cfg-if libc miniz_oxide object rustc-demangle
addr2line 0.25.1 45 gimli
gimli 0.32.3 280
object 0.37.3 330 memchr
rustc-demangle 0.1.26 30
os_info 3.13.0 35 log serde[derive]
structopt 0.3.26 50 clap lazy_static structopt-derive
structopt-derive 0.4.18 20 +proc heck proc-macro-error proc-macro2 quote syn
proc-macro-error 1.0.4 25 +build proc-macro-error-attr proc-macro2 quote syn version_check
proc-macro-error-attr 1.0.4 7 +proc +build proc-macro2 quote version_check
ripgrep 15.1.0 280 anyhow bstr grep ignore lexopt log serde_json termcolor textwrap|rg
grep 0.4.1 10 grep-cli grep-matcher grep-printer grep-regex grep-searcher
grep-cli 0.1.12 20 bstr globset log termcolor winapi-util
grep-matcher 0.1.8 12 memchr
grep-printer 0.3.1 60 bstr grep-matcher grep-searcher log serde[derive] serde_json termcolor
grep-regex 0.1.14 25 bstr grep-matcher log regex-automata regex-syntax
grep-searcher 0.1.16 60 bstr encoding_rs encoding_rs_io grep-matcher log memchr memmap2
encoding_rs_io 0.1.7 20 encoding_rs
memmap2 0.9.9 30 libc
winapi-util 0.1.11 12
lexopt 0.3.1 20
textwrap 0.16.2 55
wasm-bindgen-cli 0.2.105 60 anyhow clap[derive] docopt env_logger log rouille serde[derive] serde_json tempfile ureq walrus wasm-bindgen-cli-support wasm-bindgen-shared|wasm-bindgen wasm-bindgen-test-runner wasm2es6js
docopt 1.1.1 35 lazy_static regex serde[derive] strsim
rouille 3.6.2 120 base64 chrono filetime multipart num_cpus percent-encoding rand serde[derive] serde_json sha1_smol threadpool time tiny_http url
multipart 0.18.0 60 log mime mime_guess quick-error rand tempfile
quick-error 1.2.3 15
threadpool 1.8.1 15 num_cpus
tiny_http 0.12.0 40 ascii chunked_transfer httpdate log
ascii 1.1.0 30
chunked_transfer 1.5.0 10
walrus 0.23.3 150 anyhow id-arena leb128 log walrus-macro wasm-encoder wasmparser
id-arena 2.2.1 8
leb128 0.2.5 10
walrus-macro 0.22.0 8 +proc heck proc-macro2 quote syn
wasm-encoder 0.235.0 80 leb128
wasmparser 0.235.0 250 bitflags hashbrown indexmap semver
wasm-bindgen-cli-support 0.2.105 120 anyhow base64 log rustc-demangle serde_json tempfile walrus wasm-bindgen-externref-xform wasm-bindgen-multi-value-xform wasm-bindgen-shared wasm-bindgen-threads-xform wasm-bindgen-wasm-conventions wasm-bindgen-wasm-interpreter
wasm-bindgen-externref-xform 0.2.105 15 anyhow walrus wasm-bindgen-wasm-conventions
wasm-bindgen-multi-value-xform 0.2.105 10 anyhow walrus wasm-bindgen-wasm-conventions
wasm-bindgen-threads-xform 0.2.105 15 anyhow walrus wasm-bindgen-wasm-conventions
wasm-bindgen-wasm-conventions 0.2.105 8 anyhow leb128 log walrus wasmparser
wasm-bindgen-wasm-interpreter 0.2.105 15 anyhow log walrus wasm-bindgen-wasm-conventions
`;
