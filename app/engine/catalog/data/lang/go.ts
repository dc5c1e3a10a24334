// Go modules, current versions as of January 2026: "module version unpacked-KiB requires...|files".
// Files are relative to the module's folder in the module cache.
export default `
github.com/gin-gonic/gin v1.11.0 1250 github.com/gin-contrib/sse github.com/go-playground/validator/v10 github.com/goccy/go-json github.com/json-iterator/go github.com/mattn/go-isatty github.com/pelletier/go-toml/v2 github.com/ugorji/go/codec golang.org/x/net google.golang.org/protobuf gopkg.in/yaml.v3|gin.go context.go routergroup.go tree.go mode.go logger.go recovery.go render/json.go binding/binding.go go.mod go.sum README.md LICENSE
github.com/gin-contrib/sse v1.1.0 40|sse-decoder.go sse-encoder.go writer.go go.mod LICENSE
github.com/go-playground/validator/v10 v10.28.0 1100 github.com/gabriel-vasile/mimetype github.com/go-playground/universal-translator github.com/leodido/go-urn golang.org/x/crypto golang.org/x/text|validator.go validator_instance.go baked_in.go regexes.go errors.go go.mod LICENSE
github.com/gabriel-vasile/mimetype v1.4.10 1900|mimetype.go tree.go internal/magic/magic.go go.mod LICENSE
github.com/go-playground/universal-translator v0.18.1 90 github.com/go-playground/locales|translator.go universal_translator.go go.mod LICENSE
github.com/go-playground/locales v0.14.1 25000|locales.go currency/currency.go en/en.go go.mod LICENSE
github.com/leodido/go-urn v1.4.0 420|urn.go machine.go parser.go go.mod LICENSE
github.com/goccy/go-json v0.10.5 1500|json.go encode.go decode.go internal/encoder/encoder.go go.mod LICENSE
github.com/json-iterator/go v1.1.12 560 github.com/modern-go/concurrent github.com/modern-go/reflect2|adapter.go config.go iter.go stream.go go.mod LICENSE
github.com/modern-go/concurrent v0.0.0-20180306012644-bacd9c7ef1dd 30|executor.go map_go19.go go.mod LICENSE
github.com/modern-go/reflect2 v1.0.2 100|reflect2.go unsafe_type.go go.mod LICENSE
github.com/mattn/go-isatty v0.0.20 20 golang.org/x/sys|isatty_others.go isatty_tcgets.go go.mod LICENSE
github.com/pelletier/go-toml/v2 v2.2.4 800|toml.go marshaler.go unmarshaler.go decode.go go.mod LICENSE
github.com/ugorji/go/codec v1.3.0 2300|codec.go decode.go encode.go json.go helper.go go.mod LICENSE
golang.org/x/net v0.48.0 8200 golang.org/x/crypto golang.org/x/sys golang.org/x/term golang.org/x/text|http2/http2.go http2/server.go http2/transport.go html/parse.go websocket/websocket.go context/context.go go.mod go.sum LICENSE
golang.org/x/crypto v0.46.0 9800 golang.org/x/net golang.org/x/sys|bcrypt/bcrypt.go sha3/sha3.go ssh/client.go chacha20poly1305/chacha20poly1305.go go.mod LICENSE
golang.org/x/sys v0.39.0 11000|unix/syscall_linux.go unix/zerrors_linux.go unix/ztypes_linux_amd64.go cpu/cpu.go go.mod LICENSE
golang.org/x/term v0.38.0 90 golang.org/x/sys|term.go term_unix.go terminal.go go.mod LICENSE
golang.org/x/text v0.32.0 24000|unicode/norm/tables15.0.0.go language/tables.go transform/transform.go encoding/encoding.go go.mod LICENSE
google.golang.org/protobuf v1.36.10 12500|proto/encode.go proto/decode.go reflect/protoreflect/value.go types/known/anypb/any.pb.go go.mod LICENSE
gopkg.in/yaml.v3 v3.0.1 420|yaml.go decode.go encode.go parserc.go scannerc.go go.mod LICENSE
`;
