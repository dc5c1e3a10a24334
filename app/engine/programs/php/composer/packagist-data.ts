// Packagist releases current in late 2025 (what `composer update` picked for a new project).
// One release a line: "name version | requires | installed-KiB [flags]". Requires are
// "dep constraint" pairs separated by ";" as composer.json writes them ("php" and "ext-*"
// are platform requirements). Flags: f (the package asks for funding), bin=path (a vendor/bin
// entry), plugin (type composer-plugin), replaces=prefix (laravel/framework replaces the
// illuminate/* components). Several releases of one package: newest first.
export default `
psr/log 3.0.2 | php >=8.0.0 | 36
psr/log 2.0.0 | php >=8.0.0 | 34
psr/log 1.1.4 | php >=5.3.0 | 40
psr/container 2.0.2 | php >=7.4.0 | 28
psr/simple-cache 3.0.0 | php >=8.0.0 | 20
psr/event-dispatcher 1.0.0 | php >=7.2.0 | 16
psr/http-message 2.0 | php ^7.2 || ^8.0 | 60
psr/http-factory 1.1.0 | php >=7.1; psr/http-message ^1.0 || ^2.0 | 24
psr/http-client 1.0.3 | php ^7.0 || ^8.0; psr/http-message ^1.0 || ^2.0 | 20
psr/clock 1.0.0 | php ^7.0 || ^8.0 | 14
psr/cache 3.0.0 | php >=8.0.0 | 28
ralouphie/getallheaders 3.0.3 | php >=5.6 | 16
monolog/monolog 3.9.0 | php >=8.1; psr/log ^2.0 || ^3.0 | 620 f
monolog/monolog 2.10.0 | php >=7.2; psr/log ^1.0.1 || ^2.0 || ^3.0 | 600 f
guzzlehttp/guzzle 7.10.0 | php ^7.2.5 || ^8.0; ext-json *; guzzlehttp/promises ^2.3; guzzlehttp/psr7 ^2.8; psr/http-client ^1.0; symfony/deprecation-contracts ^2.2 || ^3.0 | 330 f
guzzlehttp/promises 2.3.0 | php ^7.2.5 || ^8.0 | 110 f
guzzlehttp/psr7 2.8.0 | php ^7.2.5 || ^8.0; psr/http-factory ^1.0; psr/http-message ^1.1 || ^2.0; ralouphie/getallheaders ^3.0 | 240 f
guzzlehttp/uri-template 1.0.5 | php ^7.2.5 || ^8.0; symfony/polyfill-php80 ^1.24 | 40 f
symfony/deprecation-contracts v3.6.0 | php >=8.1 | 12 f
symfony/polyfill-ctype v1.33.0 | php >=7.2 | 30 f
symfony/polyfill-mbstring v1.33.0 | php >=7.2; ext-iconv * | 240 f
symfony/polyfill-intl-grapheme v1.33.0 | php >=7.2 | 60 f
symfony/polyfill-intl-normalizer v1.33.0 | php >=7.2 | 140 f
symfony/polyfill-intl-idn v1.33.0 | php >=7.2; symfony/polyfill-intl-normalizer ^1.10 | 70 f
symfony/polyfill-php80 v1.33.0 | php >=7.2 | 40 f
symfony/polyfill-php83 v1.33.0 | php >=7.2 | 40 f
symfony/polyfill-php84 v1.33.0 | php >=7.2 | 40 f
symfony/polyfill-php85 v1.33.0 | php >=7.2 | 30 f
symfony/polyfill-uuid v1.33.0 | php >=7.2 | 40 f
symfony/console v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3; symfony/polyfill-mbstring ~1.0; symfony/service-contracts ^2.5 || ^3; symfony/string ^7.2 || ^8.0 | 1100 f
symfony/console v6.4.27 | php >=8.1; symfony/deprecation-contracts ^2.5 || ^3; symfony/polyfill-mbstring ~1.0; symfony/service-contracts ^2.5 || ^3; symfony/string ^5.4 || ^6.0 || ^7.0 | 1050 f
symfony/string v7.4.0 | php >=8.2; symfony/polyfill-ctype ~1.8; symfony/polyfill-intl-grapheme ~1.33; symfony/polyfill-intl-normalizer ~1.0; symfony/polyfill-mbstring ~1.0 | 380 f
symfony/service-contracts v3.6.1 | php >=8.1; psr/container ^1.1 || ^2.0; symfony/deprecation-contracts ^2.5 || ^3 | 60 f
symfony/event-dispatcher v7.4.0 | php >=8.2; symfony/event-dispatcher-contracts ^2.5 || ^3 | 100 f
symfony/event-dispatcher-contracts v3.6.0 | php >=8.1; psr/event-dispatcher ^1 | 20 f
symfony/finder v7.4.0 | php >=8.2 | 110 f
symfony/process v7.4.0 | php >=8.2 | 160 f
symfony/css-selector v7.4.0 | php >=8.2 | 90 f
symfony/http-foundation v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3; symfony/polyfill-mbstring ~1.1; symfony/polyfill-php83 ^1.27 | 560 f
symfony/http-kernel v7.4.0 | php >=8.2; psr/log ^1 || ^2 || ^3; symfony/deprecation-contracts ^2.5 || ^3; symfony/error-handler ^6.4 || ^7.0 || ^8.0; symfony/event-dispatcher ^7.3 || ^8.0; symfony/http-foundation ^7.4 || ^8.0; symfony/polyfill-ctype ^1.8 | 780 f
symfony/error-handler v7.4.0 | php >=8.2; psr/log ^1 || ^2 || ^3; symfony/polyfill-php85 ^1.32; symfony/var-dumper ^6.4 || ^7.0 || ^8.0 | 170 f bin=Resources/bin/patch-type-declarations
symfony/var-dumper v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3; symfony/polyfill-mbstring ~1.0 | 420 f bin=Resources/bin/var-dump-server
symfony/var-exporter v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3 | 150 f
symfony/routing v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3 | 280 f
symfony/mime v7.4.0 | php >=8.2; symfony/polyfill-intl-idn ^1.10; symfony/polyfill-mbstring ^1.0 | 260 f
symfony/mailer v7.4.0 | php >=8.2; egulias/email-validator ^2.1.10 || ^3 || ^4; psr/event-dispatcher ^1; psr/log ^1 || ^2 || ^3; symfony/event-dispatcher ^6.4 || ^7.0 || ^8.0; symfony/mime ^7.2 || ^8.0; symfony/service-contracts ^2.5 || ^3 | 230 f
symfony/translation v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3; symfony/polyfill-mbstring ~1.0; symfony/translation-contracts ^2.5.3 || ^3.3 | 520 f
symfony/translation-contracts v3.6.1 | php >=8.1 | 30 f
symfony/uid v7.4.0 | php >=8.2; symfony/polyfill-uuid ^1.15 | 80 f
symfony/clock v7.4.0 | php >=8.2; psr/clock ^1.0; symfony/polyfill-php83 ^1.28 | 40 f
symfony/cache v7.4.0 | php >=8.2; psr/cache ^2.0 || ^3.0; psr/log ^1.1 || ^2 || ^3; symfony/cache-contracts ^3.6; symfony/deprecation-contracts ^2.5 || ^3.0; symfony/service-contracts ^2.5 || ^3; symfony/var-exporter ^6.4 || ^7.0 || ^8.0 | 520 f
symfony/cache-contracts v3.6.0 | php >=8.1; psr/cache ^3.0 | 20 f
symfony/config v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3; symfony/filesystem ^7.1 || ^8.0; symfony/polyfill-ctype ~1.8 | 300 f
symfony/dependency-injection v7.4.0 | php >=8.2; psr/container ^1.1 || ^2.0; symfony/deprecation-contracts ^2.5 || ^3; symfony/service-contracts ^3.5; symfony/var-exporter ^6.4.20 || ^7.2.5 || ^8.0 | 720 f
symfony/filesystem v7.4.0 | php >=8.2; symfony/polyfill-ctype ~1.8; symfony/polyfill-mbstring ~1.8 | 90 f
symfony/dotenv v7.4.0 | php >=8.2 | 50 f
symfony/yaml v7.4.0 | php >=8.2; symfony/deprecation-contracts ^2.5 || ^3.0; symfony/polyfill-ctype ^1.8 | 190 f bin=Resources/bin/yaml-lint
symfony/runtime v7.4.0 | php >=8.2; composer-plugin-api ^1.0 || ^2.0 | 70 f plugin
symfony/flex v2.9.0 | php >=8.1; composer-plugin-api ^2.1 | 150 f plugin
symfony/framework-bundle v7.4.0 | php >=8.2; composer-runtime-api >=2.1; ext-xml *; symfony/cache ^6.4.12 || ^7.0 || ^8.0; symfony/config ^7.4 || ^8.0; symfony/dependency-injection ^7.4 || ^8.0; symfony/deprecation-contracts ^2.5 || ^3; symfony/error-handler ^7.3 || ^8.0; symfony/event-dispatcher ^6.4 || ^7.0 || ^8.0; symfony/filesystem ^7.1 || ^8.0; symfony/finder ^6.4 || ^7.0 || ^8.0; symfony/http-foundation ^7.4 || ^8.0; symfony/http-kernel ^7.4 || ^8.0; symfony/polyfill-mbstring ~1.0; symfony/polyfill-php85 ^1.32; symfony/routing ^7.4 || ^8.0 | 1500 f
laravel/framework v12.40.2 | php ^8.2; composer-runtime-api ^2.2; ext-ctype *; ext-filter *; ext-hash *; ext-mbstring *; ext-openssl *; ext-session *; ext-tokenizer *; brick/math ^0.11 || ^0.12 || ^0.13 || ^0.14; doctrine/inflector ^2.0.5; dragonmantank/cron-expression ^3.4; egulias/email-validator ^3.2.1 || ^4.0; fruitcake/php-cors ^1.3; guzzlehttp/guzzle ^7.8.2; guzzlehttp/uri-template ^1.0; laravel/prompts ^0.3.0; laravel/serializable-closure ^1.3 || ^2.0; league/commonmark ^2.7; league/flysystem ^3.25.1; league/flysystem-local ^3.25.1; league/uri ^7.5.1; monolog/monolog ^3.0; nesbot/carbon ^3.8.4; nunomaduro/termwind ^2.0; psr/container ^1.1.1 || ^2.0.1; psr/log ^1.0 || ^2.0 || ^3.0; psr/simple-cache ^1.0 || ^2.0 || ^3.0; ramsey/uuid ^4.7; symfony/console ^7.2.0; symfony/error-handler ^7.2.0; symfony/finder ^7.2.0; symfony/http-foundation ^7.2.0; symfony/http-kernel ^7.2.0; symfony/mailer ^7.2.0; symfony/mime ^7.2.0; symfony/polyfill-php83 ^1.33; symfony/process ^7.2.0; symfony/routing ^7.2.0; symfony/uid ^7.2.0; symfony/var-dumper ^7.2.0; tijsverkoyen/css-to-inline-styles ^2.2.5; vlucas/phpdotenv ^5.6.1; voku/portable-ascii ^2.0.2 | 9400 replaces=illuminate/
laravel/tinker v2.10.1 | php ^7.2.5 || ^8.0; illuminate/console ^6.0 || ^7.0 || ^8.0 || ^9.0 || ^10.0 || ^11.0 || ^12.0; illuminate/contracts ^6.0 || ^7.0 || ^8.0 || ^9.0 || ^10.0 || ^11.0 || ^12.0; illuminate/support ^6.0 || ^7.0 || ^8.0 || ^9.0 || ^10.0 || ^11.0 || ^12.0; psy/psysh ^0.11.1 || ^0.12.0; symfony/var-dumper ^4.3.4 || ^5.0 || ^6.0 || ^7.0 | 40
laravel/prompts v0.3.8 | php ^8.1; composer-runtime-api ^2.2; ext-mbstring *; symfony/console ^6.2 || ^7.0 | 220
laravel/serializable-closure v2.0.6 | php ^8.1 | 60
laravel/pint v1.25.1 | php ^8.2.0; ext-json *; ext-mbstring *; ext-tokenizer *; ext-xml * | 9800 bin=builds/pint
brick/math 0.14.0 | php ^8.2 | 180 f
doctrine/inflector 2.1.0 | php ^7.2 || ^8.0 | 120 f
doctrine/lexer 3.0.1 | php ^8.1 | 30 f
dragonmantank/cron-expression v3.6.0 | php ^8.2 || ^8.1; webmozart/assert ^1.0 | 60 f
webmozart/assert 1.12.1 | php ^7.2 || ^8.0; ext-ctype *; ext-date *; ext-filter * | 70
egulias/email-validator 4.0.4 | php >=8.1; doctrine/lexer ^2.0 || ^3.0; symfony/polyfill-intl-idn ^1.26 | 130 f
fruitcake/php-cors v1.3.0 | php ^7.4 || ^8.0; symfony/http-foundation ^4.4 || ^5.4 || ^6 || ^7 | 30 f
league/commonmark 2.7.1 | php ^7.4 || ^8.0; ext-mbstring *; league/config ^1.1.1; psr/event-dispatcher ^1.0; symfony/deprecation-contracts ^2.1 || ^3.0; symfony/polyfill-php80 ^1.16 | 1000 f
league/config v1.2.0 | php ^7.4 || ^8.0; dflydev/dot-access-data ^3.0.1; nette/schema ^1.2 | 40 f
dflydev/dot-access-data v3.0.3 | php ^7.1 || ^8.0 | 30
nette/schema v1.3.3 | php 8.1 - 8.5; nette/utils ^4.0 | 60
nette/utils v4.0.8 | php 8.0 - 8.5 | 330
league/flysystem 3.30.2 | php ^8.0.2; league/flysystem-local ^3.0.0; league/mime-type-detection ^1.0.0 | 240 f
league/flysystem-local 3.30.2 | php ^8.0.2; ext-fileinfo *; league/flysystem ^3.0.0; league/mime-type-detection ^1.0.0 | 20 f
league/mime-type-detection 1.16.0 | php ^7.4 || ^8.0; ext-fileinfo * | 80 f
league/uri 7.5.1 | php ^8.1; league/uri-interfaces ^7.5 | 100 f
league/uri-interfaces 7.5.0 | php ^8.1; ext-filter *; psr/http-factory ^1; psr/http-message ^1.1 || ^2.0 | 90 f
nesbot/carbon 3.10.3 | php ^8.1; carbonphp/carbon-doctrine-types <100.0; ext-json *; psr/clock ^1.0; symfony/clock ^6.3.12 || ^7.0 || ^8.0; symfony/polyfill-mbstring ^1.0; symfony/translation ^4.4.18 || ^5.2.1 || ^6.0 || ^7.0 || ^8.0 | 4300 f bin=bin/carbon
carbonphp/carbon-doctrine-types 3.2.0 | php ^8.1 | 20 f
nunomaduro/termwind v2.3.3 | php ^8.2; ext-mbstring *; symfony/console ^7.3.6 | 120 f
ramsey/uuid 4.9.1 | php ^8.0; brick/math ^0.8.8 || ^0.9 || ^0.10 || ^0.11 || ^0.12 || ^0.13 || ^0.14; ramsey/collection ^1.2 || ^2.0 | 290
ramsey/collection 2.1.1 | php ^8.1 | 90
tijsverkoyen/css-to-inline-styles v2.3.0 | php ^7.4 || ^8.0; ext-dom *; ext-libxml *; symfony/css-selector ^5.4 || ^6.0 || ^7.0 || ^8.0 | 30
vlucas/phpdotenv v5.6.2 | php ^7.2.5 || ^8.0; ext-pcre *; graham-campbell/result-type ^1.1.3; phpoption/phpoption ^1.9.3; symfony/polyfill-ctype ^1.24; symfony/polyfill-mbstring ^1.24; symfony/polyfill-php80 ^1.24 | 90 f
graham-campbell/result-type v1.1.3 | php ^7.2.5 || ^8.0; phpoption/phpoption ^1.9.3 | 20 f
phpoption/phpoption 1.9.4 | php ^7.2.5 || ^8.0 | 40 f
voku/portable-ascii 2.0.3 | php >=7.0.0 | 260 f
psy/psysh v0.12.14 | php ^8.0 || ^7.4; ext-json *; ext-tokenizer *; nikic/php-parser ^5.0 || ^4.0; symfony/console ^7.4 || ^6.4 || ^5.4 || ^4.4 || ^3.4; symfony/var-dumper ^7.4 || ^6.4 || ^5.4 || ^4.4 || ^3.4 | 820 bin=bin/psysh
nikic/php-parser v5.6.2 | php >=7.4; ext-ctype *; ext-json *; ext-tokenizer * | 1400 bin=bin/php-parse
doctrine/orm 3.5.7 | php ^8.1; composer-runtime-api ^2; ext-ctype *; doctrine/collections ^2.2; doctrine/dbal ^3.8.2 || ^4; doctrine/deprecations ^0.5.3 || ^1; doctrine/event-manager ^1.2 || ^2; doctrine/inflector ^1.4 || ^2.0; doctrine/instantiator ^1.3 || ^2; doctrine/lexer ^3; doctrine/persistence ^3.3.1 || ^4; psr/cache ^1 || ^2 || ^3; symfony/console ^5.4 || ^6.0 || ^7.0; symfony/var-exporter ^6.3.9 || ^7.0 | 1900 f
doctrine/dbal 4.3.4 | php ^8.2; doctrine/deprecations ^0.5.3 || ^1; psr/cache ^1 || ^2 || ^3; psr/log ^1 || ^2 || ^3 | 1100 f bin=bin/doctrine-dbal
doctrine/collections 2.4.0 | php ^8.1; doctrine/deprecations ^1; symfony/polyfill-php84 ^1.30 | 100 f
doctrine/deprecations 1.1.5 | php ^7.1 || ^8.0 | 20
doctrine/event-manager 2.0.1 | php ^8.1 | 20 f
doctrine/instantiator 2.0.0 | php ^8.1 | 20 f
doctrine/persistence 4.1.1 | php ^8.1; doctrine/event-manager ^1 || ^2; psr/cache ^1.0 || ^2.0 || ^3.0 | 100 f
phpunit/phpunit 11.5.44 | php >=8.2; ext-dom *; ext-json *; ext-libxml *; ext-mbstring *; ext-xml *; ext-xmlwriter *; myclabs/deep-copy ^1.13.4; phar-io/manifest ^2.0.4; phar-io/version ^3.2.1; phpunit/php-code-coverage ^11.0.11; phpunit/php-file-iterator ^5.1.0; phpunit/php-invoker ^5.0.1; phpunit/php-text-template ^4.0.1; phpunit/php-timer ^7.0.1; sebastian/cli-parser ^3.0.2; sebastian/code-unit ^3.0.3; sebastian/comparator ^6.3.2; sebastian/diff ^6.0.2; sebastian/environment ^7.2.1; sebastian/exporter ^6.3.2; sebastian/global-state ^7.0.2; sebastian/object-enumerator ^6.0.1; sebastian/type ^5.1.3; sebastian/version ^5.0.2; staabm/side-effects-detector ^1.0.5 | 1700 f bin=phpunit
myclabs/deep-copy 1.13.4 | php ^7.1 || ^8.0 | 40 f
phar-io/manifest 2.0.4 | php ^7.2 || ^8.0; ext-dom *; ext-libxml *; ext-phar *; ext-xmlwriter *; phar-io/version ^3.0.1 | 60
phar-io/version 3.2.1 | php ^7.2 || ^8.0 | 30
phpunit/php-code-coverage 11.0.11 | php >=8.2; ext-dom *; ext-libxml *; ext-xmlwriter *; nikic/php-parser ^5.4.0; phpunit/php-file-iterator ^5.1.0; phpunit/php-text-template ^4.0.1; sebastian/code-unit-reverse-lookup ^4.0.1; sebastian/complexity ^4.0.1; sebastian/environment ^7.2.0; sebastian/lines-of-code ^3.0.1; sebastian/version ^5.0.2; theseer/tokenizer ^1.2.3 | 500 f
phpunit/php-file-iterator 5.1.0 | php >=8.2 | 20 f
phpunit/php-invoker 5.0.1 | php >=8.2 | 15 f
phpunit/php-text-template 4.0.1 | php >=8.2 | 15 f
phpunit/php-timer 7.0.1 | php >=8.2 | 20 f
sebastian/cli-parser 3.0.2 | php >=8.2 | 20 f
sebastian/code-unit 3.0.3 | php >=8.2 | 30 f
sebastian/code-unit-reverse-lookup 4.0.1 | php >=8.2 | 15 f
sebastian/comparator 6.3.2 | php >=8.2; ext-dom *; ext-mbstring *; sebastian/diff ^6.0; sebastian/exporter ^6.0 | 70 f
sebastian/complexity 4.0.1 | php >=8.2; nikic/php-parser ^5.0 | 20 f
sebastian/diff 6.0.2 | php >=8.2 | 50 f
sebastian/environment 7.2.1 | php >=8.2 | 30 f
sebastian/exporter 6.3.2 | php >=8.2; ext-mbstring *; sebastian/recursion-context ^6.0 | 30 f
sebastian/global-state 7.0.2 | php >=8.2; sebastian/object-reflector ^4.0; sebastian/recursion-context ^6.0 | 25 f
sebastian/lines-of-code 3.0.1 | php >=8.2; nikic/php-parser ^5.0 | 20 f
sebastian/object-enumerator 6.0.1 | php >=8.2; sebastian/object-reflector ^4.0; sebastian/recursion-context ^6.0 | 15 f
sebastian/object-reflector 4.0.1 | php >=8.2 | 15 f
sebastian/recursion-context 6.0.3 | php >=8.2 | 15 f
sebastian/type 5.1.3 | php >=8.2 | 40 f
sebastian/version 5.0.2 | php >=8.2 | 10 f
staabm/side-effects-detector 1.0.5 | php ^7.4 || ^8.0; ext-tokenizer * | 20 f
theseer/tokenizer 1.3.1 | php ^7.2 || ^8.0; ext-dom *; ext-tokenizer *; ext-xmlwriter * | 30
fakerphp/faker v1.24.1 | php ^7.4 || ^8.0; psr/container ^1.0 || ^2.0; symfony/deprecation-contracts ^2.2 || ^3.0 | 5800
mockery/mockery 1.6.12 | php >=7.3; hamcrest/hamcrest-php ^2.0.1; lib-pcre >=7.0 | 440
hamcrest/hamcrest-php v2.1.1 | php ^7.4 || ^8.0 | 160
`;
