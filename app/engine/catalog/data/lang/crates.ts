// crates.io, versions current in late 2025 (what `cargo generate-lockfile` picked then):
// "name versions crate-KiB flags deps...|executables". Versions: the newest first, then the
// newest of older release lines a requirement may ask for ("0.8.7,0.7.9" lets `axum = "0.7"`
// resolve). crate-KiB: the size of the downloaded .crate (a gzipped tar; the unpacked source
// is about three and a half times it). Flags: +build (a build script runs), +proc (a
// proc-macro, built for the host as a shared object). Deps: the crates a build with common
// features pulls in; "name(r0|r1|...)" gives the requirement each of this crate's listed
// versions has on it ("-": not a dependency of that release line; fewer entries than
// versions: the last applies); "name{f1,f2}" is a dependency only when one of this crate's
// features f1, f2 is on ("default": its default features), as reqwest's TLS choice is;
// "name[f1,f2]" turns those features of the dependency on (serde[derive]; "-default": its
// default features off). Executables: what
// `cargo install` puts in $CARGO_HOME/bin.
export default `
serde 1.0.228,1.0.219 80 +build serde_core(1|-) serde_derive(=1.0.228|=1.0.219){derive}
serde_core 1.0.228 62 +build
serde_derive 1.0.228,1.0.219 57 +proc proc-macro2 quote syn
serde_json 1.0.145 155 +build itoa memchr ryu serde serde_core
serde_yaml 0.9.34 64 indexmap itoa ryu serde unsafe-libyaml
unsafe-libyaml 0.2.11 62
toml 0.9.8,0.8.23 58 serde_core serde_spanned toml_datetime toml_parser toml_writer winnow
serde_spanned 1.0.3,0.6.9 9 serde_core
toml_datetime 0.7.3,0.6.11 16 serde_core
toml_parser 1.0.4 30 winnow
toml_writer 1.0.4 12
winnow 0.7.13 170
proc-macro2 1.0.103 60 +build unicode-ident
unicode-ident 1.0.22 47
quote 1.0.42 30 proc-macro2
syn 2.0.111,1.0.109 300 proc-macro2 quote unicode-ident
tokio 1.48.0 800 bytes libc mio parking_lot pin-project-lite signal-hook-registry socket2 tokio-macros
tokio-macros 2.6.0 16 +proc proc-macro2 quote syn
tokio-util 0.7.17 125 bytes futures-core futures-sink pin-project-lite tokio
tokio-stream 0.1.17 38 futures-core pin-project-lite tokio
bytes 1.11.0 75
libc 0.2.177 780 +build
mio 1.1.0,0.8.11 105 libc
parking_lot 0.12.5 45 lock_api parking_lot_core
lock_api 0.4.14 28 scopeguard
scopeguard 1.2.0 11
parking_lot_core 0.9.12 34 +build cfg-if libc smallvec
cfg-if 1.0.4,0.1.10 9
smallvec 1.15.1 38
pin-project-lite 0.2.16 29
pin-project 1.1.10 56 pin-project-internal
pin-project-internal 1.1.10 28 +proc proc-macro2 quote syn
pin-utils 0.1.0 8
signal-hook-registry 1.4.6 18 libc
socket2 0.6.1,0.5.10 58 libc
slab 0.4.11 17
fnv 1.0.7 11
once_cell 1.21.3 34
lazy_static 1.5.0 14
log 0.4.28 50
memchr 2.7.6 100
itoa 1.0.15 11
ryu 1.0.20 48
bitflags 2.10.0,1.3.2 48
autocfg 1.5.0 18
equivalent 1.0.2 7
hashbrown 0.16.0,0.15.5,0.14.5 140 allocator-api2 equivalent foldhash
allocator-api2 0.2.21 62
foldhash 0.2.0,0.1.5 21
indexmap 2.12.0,1.9.3 95 equivalent hashbrown
futures 0.3.31 53 futures-channel futures-core futures-executor futures-io futures-sink futures-task futures-util
futures-core 0.3.31 14
futures-sink 0.3.31 8
futures-task 0.3.31 11
futures-io 0.3.31 9
futures-channel 0.3.31 31 futures-core futures-sink
futures-macro 0.3.31 9 +proc proc-macro2 quote syn
futures-executor 0.3.31 17 futures-core futures-task futures-util
futures-util 0.3.31 160 futures-channel futures-core futures-io futures-macro futures-sink futures-task memchr pin-project-lite pin-utils slab
async-trait 0.1.89 32 +proc proc-macro2 quote syn
axum 0.8.7,0.7.9,0.6.20 175 axum-core(0.5|0.4|0.3) bytes form_urlencoded futures-util http(1|1|0.2) http-body(1|1|0.4) http-body-util(0.1|0.1|-) hyper(1|1|0.14) hyper-util(0.1|0.1|-) itoa matchit(0.8|0.7|0.7) memchr mime percent-encoding pin-project-lite serde_core(1|-|-) serde_json serde_path_to_error serde_urlencoded sync_wrapper(1|1|0.1) tokio tower(0.5|0.5|0.4) tower-layer tower-service tracing
axum-core 0.5.5,0.4.5,0.3.4 32 bytes futures-core http(1|1|0.2) http-body(1|1|0.4) http-body-util(0.1|0.1|-) mime pin-project-lite sync_wrapper(1|0.1|-) tower-layer tower-service tracing
matchit 0.8.4,0.7.3 32
mime 0.3.17 15
percent-encoding 2.3.2 11
form_urlencoded 1.2.2 9 percent-encoding
serde_path_to_error 0.1.20 17 itoa serde_core
serde_urlencoded 0.7.1 12 form_urlencoded itoa ryu serde
sync_wrapper 1.0.2,0.1.2 7 futures-core
tower 0.5.2,0.4.13 110 futures-core futures-util pin-project-lite sync_wrapper(1|0.1) tokio tower-layer tower-service tracing
tower-layer 0.3.3 6
tower-service 0.3.3 6
tower-http 0.6.6,0.5.2 180 bitflags bytes futures-util http(1|1) http-body(1|1) iri-string pin-project-lite tower tower-layer tower-service tracing
iri-string 0.7.9 140
http 1.3.1,0.2.12 105 bytes fnv itoa
http-body 1.0.1,0.4.6 6 bytes http(1|0.2)
http-body-util 0.1.3 12 bytes futures-core http http-body pin-project-lite
httparse 1.10.1 45 +build
httpdate 1.0.3 10
hyper 1.8.1,0.14.32 160 atomic-waker bytes futures-channel futures-core h2(0.4|0.3) http(1|0.2) http-body(1|0.4) httparse httpdate itoa pin-project-lite pin-utils smallvec tokio want
hyper-util 0.1.18 100 base64 bytes futures-channel futures-core futures-util http http-body hyper ipnet libc percent-encoding pin-project-lite socket2 tokio tower-service tracing
h2 0.4.12,0.3.27 175 atomic-waker bytes fnv futures-core futures-sink http(1|0.2) indexmap slab tokio tokio-util tracing
want 0.3.1 7 try-lock
try-lock 0.2.5 5
atomic-waker 1.1.2 12
ipnet 2.11.0 29
tracing 0.1.41 200 log pin-project-lite tracing-attributes tracing-core
tracing-attributes 0.1.30 40 +proc proc-macro2 quote syn
tracing-core 0.1.34 63 once_cell
tracing-subscriber 0.3.20 210 matchers nu-ansi-term once_cell regex-automata sharded-slab smallvec thread_local tracing tracing-core tracing-log
tracing-log 0.2.0 17 log once_cell tracing-core
matchers 0.2.0 7 regex-automata
nu-ansi-term 0.50.3 25
sharded-slab 0.1.7 58 lazy_static
thread_local 1.1.9 19 cfg-if
anyhow 1.0.100 53 +build
thiserror 2.0.17,1.0.69 28 +build thiserror-impl(2|1)
thiserror-impl 2.0.17,1.0.69 18 +proc proc-macro2 quote syn
clap 4.5.53,3.2.25 58 clap_builder(4|-) clap_derive(4|-){derive}
clap_builder 4.5.53 170 anstream anstyle clap_lex strsim
clap_derive 4.5.49 33 +proc heck proc-macro2 quote syn
clap_lex 0.7.6 13
strsim 0.11.1 14
heck 0.5.0,0.4.1 11
anstream 0.6.21 29 anstyle anstyle-parse anstyle-query colorchoice is_terminal_polyfill utf8parse
anstyle 1.0.13 16
anstyle-parse 0.2.7 21 utf8parse
anstyle-query 1.1.4 9
colorchoice 1.0.4 8
is_terminal_polyfill 1.70.2 8
utf8parse 0.2.2 13
rand 0.9.2,0.8.5 97 rand_chacha(0.9|0.3) rand_core(0.9|0.6)
rand_chacha 0.9.0,0.3.1 18 ppv-lite86 rand_core(0.9|0.6)
rand_core 0.9.3,0.6.4 24 getrandom(0.3|0.2)
getrandom 0.3.4,0.2.16 50 +build cfg-if libc
ppv-lite86 0.2.21 22 zerocopy
zerocopy 0.8.27,0.7.35 240 +build
chrono 0.4.42 220 iana-time-zone num-traits serde
iana-time-zone 0.1.64 32
num-traits 0.2.19 50 +build autocfg
time 0.3.44 140 deranged itoa num-conv powerfmt serde time-core time-macros
time-core 0.1.6 9
time-macros 0.2.24 24 +proc num-conv time-core
deranged 0.5.5 24 powerfmt
num-conv 0.1.0 7
powerfmt 0.2.0 15
regex 1.12.2 160 aho-corasick memchr regex-automata regex-syntax
regex-automata 0.4.13 620 aho-corasick memchr regex-syntax
regex-syntax 0.8.8 350
aho-corasick 1.1.4 180 memchr
uuid 1.18.1 60 getrandom serde
url 2.5.7 85 form_urlencoded idna percent-encoding serde
idna 1.1.0 140 idna_adapter smallvec utf8_iter
idna_adapter 1.2.1 8
utf8_iter 1.0.4 10
base64 0.22.1,0.21.7 80
sha2 0.10.9 30 cfg-if cpufeatures digest
digest 0.10.7 19 block-buffer crypto-common subtle
block-buffer 0.10.4 10 generic-array
crypto-common 0.1.7 9 generic-array typenum
generic-array 0.14.9 16 +build typenum version_check
typenum 1.19.0 76 +build
version_check 0.9.5 15
cpufeatures 0.2.17 13 libc
subtle 2.6.1 14
zeroize 1.8.2 20
hex 0.4.3 13
dotenvy 0.15.7 20
env_logger 0.11.8 30 anstream anstyle env_filter jiff log
env_filter 0.1.4 14 log regex
jiff 0.2.16 700 portable-atomic
portable-atomic 1.11.1 180 +build
reqwest 0.12.24,0.11.27 200 base64(0.22|0.21) bytes encoding_rs futures-core futures-util h2(0.4|0.3) http(1|0.2) http-body(1|0.4) http-body-util(0.1|-) hyper(1|0.14) hyper-tls(0.6|0.5){default,default-tls,native-tls,native-tls-vendored,native-tls-alpn} hyper-util(0.1|-) log mime native-tls{default,default-tls,native-tls,native-tls-vendored,native-tls-alpn} percent-encoding pin-project-lite serde serde_json serde_urlencoded sync_wrapper(1|0.1) tokio tokio-native-tls{default,default-tls,native-tls,native-tls-vendored,native-tls-alpn} tower(0.5|-) tower-http(0.6|-) tower-service url hyper-rustls{rustls-tls,rustls-tls-webpki-roots,rustls-tls-native-roots,rustls-tls-manual-roots,rustls-tls-webpki-roots-no-provider} rustls{rustls-tls,rustls-tls-webpki-roots,rustls-tls-native-roots,rustls-tls-manual-roots,rustls-tls-webpki-roots-no-provider} tokio-rustls{rustls-tls,rustls-tls-webpki-roots,rustls-tls-native-roots,rustls-tls-manual-roots,rustls-tls-webpki-roots-no-provider} webpki-roots{rustls-tls,rustls-tls-webpki-roots,rustls-tls-native-roots,rustls-tls-manual-roots,rustls-tls-webpki-roots-no-provider} rustls-pki-types{rustls-tls,rustls-tls-webpki-roots,rustls-tls-native-roots,rustls-tls-manual-roots,rustls-tls-webpki-roots-no-provider}
hyper-tls 0.6.0,0.5.0 15 bytes http-body-util(0.1|-) hyper(1|0.14) hyper-util(0.1|-) native-tls tokio tokio-native-tls tower-service
native-tls 0.2.14 29 log openssl openssl-probe openssl-sys
tokio-native-tls 0.3.1 20 native-tls tokio
openssl 0.10.75 280 +build bitflags cfg-if foreign-types libc once_cell openssl-macros openssl-sys
openssl-macros 0.1.1 6 +proc proc-macro2 quote syn
openssl-sys 0.9.111 75 +build cc libc pkg-config vcpkg
openssl-probe 0.1.6 8
foreign-types 0.3.2 7 foreign-types-shared
foreign-types-shared 0.1.1 6
pkg-config 0.3.32 21
vcpkg 0.2.15 224
cc 1.2.46 110 find-msvc-tools jobserver libc shlex
find-msvc-tools 0.1.5 30
jobserver 0.1.34 29 libc
shlex 1.3.0 18
encoding_rs 0.8.35 1340 cfg-if
rustls 0.23.35 480 +build log once_cell ring rustls-pki-types rustls-webpki subtle zeroize
rustls-pki-types 1.13.0 65 zeroize
rustls-webpki 0.103.8 85 ring rustls-pki-types untrusted
ring 0.17.14 1470 +build cc cfg-if getrandom libc untrusted
untrusted 0.9.0 14
webpki-roots 1.0.4 250 rustls-pki-types
tokio-rustls 0.26.4 30 rustls tokio
hyper-rustls 0.27.7 35 http hyper hyper-util rustls rustls-pki-types tokio tokio-rustls tower-service webpki-roots
actix-web 4.12.0 260 actix-codec actix-http actix-macros actix-router actix-rt actix-server actix-service actix-utils actix-web-codegen bytes bytestring cfg-if cookie derive_more encoding_rs foldhash futures-core futures-util impl-more itoa language-tags log mime once_cell pin-project-lite regex-lite serde serde_json serde_urlencoded smallvec socket2 time url
actix-http 3.11.2 150 actix-codec actix-rt actix-service actix-utils base64 bitflags bytes bytestring derive_more encoding_rs foldhash futures-core h2 http httparse httpdate itoa language-tags local-channel mime percent-encoding pin-project-lite rand sha1 smallvec tokio tokio-util tracing
actix-codec 0.5.2 15 bitflags bytes futures-core futures-sink memchr pin-project-lite tokio tokio-util tracing
actix-macros 0.2.4 8 +proc quote syn
actix-router 0.5.3 30 bytestring cfg-if http regex-lite serde tracing
actix-rt 2.11.0 30 futures-core tokio
actix-server 2.6.0 30 actix-rt actix-service actix-utils futures-core futures-util mio socket2 tokio tracing
actix-service 2.0.3 16 futures-core pin-project-lite
actix-utils 3.0.1 10 local-waker pin-project-lite
actix-web-codegen 4.3.0 20 +proc actix-router proc-macro2 quote syn
bytestring 1.5.0 8 bytes
cookie 0.16.2 40 +build percent-encoding time version_check
derive_more 2.0.1 70 derive_more-impl
derive_more-impl 2.0.1 80 +proc proc-macro2 quote syn unicode-xid
unicode-xid 0.2.6 15
impl-more 0.1.9 10
language-tags 0.3.2 13
local-channel 0.1.5 9 futures-core futures-sink local-waker
local-waker 0.1.4 7
regex-lite 0.1.8 95
sha1 0.10.6 13 cfg-if cpufeatures digest
sqlx 0.8.6,0.7.4 120 sqlx-core(0.8|0.7) sqlx-macros(0.8|0.7) sqlx-postgres(0.8|0.7) native-tls{tls-native-tls,runtime-tokio-native-tls,runtime-async-std-native-tls} rustls{tls-rustls,tls-rustls-ring,tls-rustls-aws-lc-rs,runtime-tokio-rustls,runtime-async-std-rustls} webpki-roots{tls-rustls,tls-rustls-ring,runtime-tokio-rustls}
sqlx-core 0.8.6,0.7.4 180 base64 bytes crc crossbeam-queue either event-listener futures-core futures-intrusive futures-io futures-util hashbrown hashlink indexmap log memchr once_cell percent-encoding serde[derive] serde_json sha2 smallvec thiserror tokio tokio-stream tracing url
sqlx-macros 0.8.6,0.7.4 10 +proc proc-macro2 quote sqlx-core(0.8|0.7) sqlx-macros-core(0.8|0.7) syn
sqlx-macros-core 0.8.6,0.7.4 30 dotenvy either heck hex once_cell proc-macro2 quote serde[derive] serde_json sha2 sqlx-core(0.8|0.7) sqlx-postgres(0.8|0.7) syn tokio url
sqlx-postgres 0.8.6,0.7.4 200 base64 bitflags byteorder crc dotenvy etcetera futures-channel futures-core futures-util hex hkdf hmac home itoa log md-5 memchr once_cell rand serde serde_json sha2 smallvec sqlx-core(0.8|0.7) stringprep thiserror tracing whoami
byteorder 1.5.0 22
crc 3.3.0 25 crc-catalog
crc-catalog 2.4.0 10
crossbeam-queue 0.3.12 16 crossbeam-utils
crossbeam-utils 0.8.21 42
either 1.15.0 20
event-listener 5.4.1 40 concurrent-queue parking pin-project-lite
concurrent-queue 2.5.0 23 crossbeam-utils
parking 2.2.1 10
futures-intrusive 0.5.0 60 futures-core lock_api parking_lot
hashlink 0.10.0 30 hashbrown
etcetera 0.8.0 15 cfg-if home
home 0.5.12 9
hkdf 0.12.4 160 hmac
hmac 0.12.1 42 digest
md-5 0.10.6 16 cfg-if digest
stringprep 0.1.5 25 unicode-bidi unicode-normalization unicode-properties
unicode-bidi 0.3.18 55
unicode-normalization 0.1.25 120 tinyvec
unicode-properties 0.1.4 40
tinyvec 1.10.0 46 tinyvec_macros
tinyvec_macros 0.1.1 6
whoami 1.6.1 25
diesel 2.3.3 600 bitflags byteorder diesel_derives itoa pq-sys
diesel_derives 2.3.4 80 +proc diesel_table_macro_syntax dsl_auto_type proc-macro2 quote syn
diesel_table_macro_syntax 0.3.0 8 syn
dsl_auto_type 0.2.0 12 darling either heck proc-macro2 quote syn
darling 0.21.3 40 darling_core darling_macro
darling_core 0.21.3 70 fnv ident_case proc-macro2 quote strsim syn
darling_macro 0.21.3 8 +proc darling_core quote syn
ident_case 1.0.1 8
pq-sys 0.7.5 40 +build libc pkg-config vcpkg
prost 0.14.1 30 bytes prost-derive
prost-derive 0.14.1 20 +proc anyhow itertools proc-macro2 quote syn
itertools 0.14.0 150 either
tonic 0.14.2 150 async-trait axum base64 bytes h2 http http-body http-body-util hyper hyper-timeout hyper-util percent-encoding pin-project sync_wrapper tokio tokio-stream tower tower-layer tower-service tracing
hyper-timeout 0.5.2 15 hyper hyper-util pin-project-lite tokio tower-service
warp 0.4.2,0.3.7 110 bytes futures-util headers http http-body http-body-util hyper hyper-util log mime mime_guess percent-encoding pin-project scoped-tls serde serde_json serde_urlencoded tokio tokio-util tower-service tracing
headers 0.4.1 70 base64 bytes headers-core http httpdate mime sha1
headers-core 0.3.0 7 http
mime_guess 2.0.5 27 +build mime unicase
unicase 2.8.1 25
scoped-tls 1.0.1 8
rocket 0.5.1 160 async-trait atomic either figment futures indexmap log memchr multer num_cpus parking_lot pin-project-lite rand ref-cast rocket_codegen rocket_http serde[derive] serde_json state tempfile time tokio tokio-stream tokio-util ubyte version_check yansi
rocket_codegen 0.5.1 60 +proc devise glob indexmap proc-macro2 quote rocket_http syn unicode-xid version_check
rocket_http 0.5.1 80 cookie either futures http hyper indexmap log memchr pear percent-encoding pin-project-lite ref-cast serde[derive] smallvec stable-pattern state time tokio uncased
atomic 0.5.3 15
figment 0.10.19 60 atomic pear serde[derive] uncased version_check
multer 3.1.0 30 bytes encoding_rs futures-util http httparse memchr mime spin version_check
num_cpus 1.17.0 16 libc
ref-cast 1.0.25 16 ref-cast-impl
ref-cast-impl 1.0.25 10 +proc proc-macro2 quote syn
state 0.6.0 15
tempfile 3.23.0 42 fastrand getrandom once_cell rustix
fastrand 2.3.0 15
rustix 1.1.2,0.38.44 420 +build bitflags linux-raw-sys
linux-raw-sys 0.11.0,0.4.15 2000
ubyte 0.10.4 15 serde[derive]
yansi 1.0.1 70
devise 0.4.2 10 devise_codegen devise_core
devise_codegen 0.4.2 6 +proc devise_core quote
devise_core 0.4.2 30 bitflags proc-macro2 proc-macro2-diagnostics quote syn
proc-macro2-diagnostics 0.10.1 20 +build proc-macro2 quote syn version_check yansi
glob 0.3.3 20
pear 0.2.9 15 inlinable_string pear_codegen yansi
pear_codegen 0.2.9 10 +proc proc-macro2 proc-macro2-diagnostics quote syn
inlinable_string 0.1.15 12
stable-pattern 0.1.0 10 memchr
uncased 0.9.10 12 +build serde version_check
spin 0.10.0,0.9.8 40
redis 0.32.7 260 arc-swap bytes combine futures-util itoa num-bigint percent-encoding pin-project-lite ryu sha1_smol socket2 tokio tokio-util url
arc-swap 1.7.1 68
combine 4.6.7 120 bytes memchr
num-bigint 0.4.6 100 num-integer num-traits
num-integer 0.1.46 22 num-traits
sha1_smol 1.0.1 10
config 0.15.19 80 pathdiff serde[derive] serde_json toml winnow
pathdiff 0.2.3 8
bcrypt 0.17.1 20 base64 blowfish getrandom subtle zeroize
blowfish 0.9.1 20 byteorder cipher
cipher 0.4.4 19 crypto-common inout
inout 0.1.4 11 generic-array
jsonwebtoken 10.2.0,9.3.1 60 base64 js-sys pem ring serde[derive] serde_json simple_asn1
js-sys 0.3.82 55 once_cell wasm-bindgen
wasm-bindgen 0.2.105 45 +build cfg-if once_cell rustversion wasm-bindgen-macro wasm-bindgen-shared
wasm-bindgen-macro 0.2.105 10 +proc quote wasm-bindgen-macro-support
wasm-bindgen-macro-support 0.2.105 15 bumpalo proc-macro2 quote syn wasm-bindgen-shared
wasm-bindgen-shared 0.2.105 10 +build unicode-ident
bumpalo 3.19.0 90
rustversion 1.0.22 20 +proc +build
pem 3.0.6 15 base64 serde_core
simple_asn1 0.6.3 15 num-bigint num-traits thiserror time
`;
