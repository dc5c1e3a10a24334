// RubyGems, versions current in late 2025 (what `bundle lock` picked for a new app then):
// "name version installed-KiB deps...|summary|files|executables|native".
// Deps: a name, optionally with the gemspec's requirement without spaces: "msgpack(~>1.2)",
// "i18n(>=1.6,<2)"; "(=)" means "the same version as this gem" (rails and its components);
// "!name" is needed only when the gem is built from source (not by a platform gem).
// Files are relative to the gem's folder (gems/<name>-<version>/); none listed means
// lib/<name>.rb, lib/<name>/version.rb, README.md and LICENSE. Executables: "cmd=path".
// Native: "ext" (a C extension compiled at install), "ext:header.h" (it also needs that
// header, from a -dev package), "platform:x86_64-linux-gnu,x86_64-linux-musl" (precompiled
// platform gems exist, so nothing is compiled on those platforms). Sizes are the installed
// sizes of the real gems (platform gems: the x86_64-linux-gnu one).
export default `
rails 8.1.1 12 actioncable(=) actionmailbox(=) actionmailer(=) actionpack(=) actiontext(=) actionview(=) activejob(=) activemodel(=) activerecord(=) activestorage(=) activesupport(=) bundler(>=1.15.0) railties(=)|Full-stack web application framework.|README.md MIT-LICENSE|
railties 8.1.1 1480 actionpack(=) activesupport(=) irb(~>1.13) rackup(>=1.0.0) rake(>=12.2) thor(~>1.0,>=1.2.2) tsort(>=0.2) zeitwerk(~>2.6)|Tools for creating, working with, and running Rails applications.|exe/rails lib/rails.rb lib/rails/application.rb lib/rails/commands.rb lib/rails/generators/rails/app/templates/Dockerfile.tt lib/rails/generators/rails/app/templates/Gemfile.tt lib/rails/engine.rb lib/rails/version.rb README.rdoc MIT-LICENSE|rails=exe/rails
activesupport 8.1.1 1650 base64 bigdecimal concurrent-ruby(~>1.0,>=1.3.1) connection_pool(>=2.2.5) drb i18n(>=1.6,<2) json logger(>=1.4.2) minitest(>=5.1) securerandom(>=0.3) tzinfo(~>2.0,>=2.0.5) uri(>=0.13.1)|A toolkit of support libraries and Ruby core extensions extracted from the Rails framework.|lib/active_support.rb lib/active_support/core_ext.rb lib/active_support/cache.rb lib/active_support/dependencies.rb lib/active_support/inflector/inflections.rb lib/active_support/time_with_zone.rb lib/active_support/values/time_zone.rb lib/active_support/version.rb README.rdoc MIT-LICENSE|
activemodel 8.1.1 480 activesupport(=)|A toolkit for building modeling frameworks (part of Rails).|lib/active_model.rb lib/active_model/validations.rb lib/active_model/attributes.rb lib/active_model/version.rb README.rdoc MIT-LICENSE|
activerecord 8.1.1 3350 activemodel(=) activesupport(=) timeout(>=0.4.0)|Object-relational mapper framework (part of Rails).|lib/active_record.rb lib/active_record/base.rb lib/active_record/relation.rb lib/active_record/migration.rb lib/active_record/connection_adapters/postgresql_adapter.rb lib/active_record/connection_adapters/sqlite3_adapter.rb lib/active_record/connection_adapters/mysql2_adapter.rb lib/active_record/version.rb README.rdoc MIT-LICENSE|
actionview 8.1.1 1120 activesupport(=) builder(~>3.1) erubi(~>1.11) rails-dom-testing(~>2.2) rails-html-sanitizer(~>1.6)|Rendering framework putting the V in MVC (part of Rails).|lib/action_view.rb lib/action_view/base.rb lib/action_view/helpers.rb lib/action_view/template.rb lib/action_view/version.rb app/assets/javascripts/rails-ujs.js README.rdoc MIT-LICENSE|
actionpack 8.1.1 870 actionview(=) activesupport(=) nokogiri(>=1.8.5) rack(>=2.2.4) rack-session(>=1.0.1) rack-test(>=0.6.3) rails-dom-testing(~>2.2) rails-html-sanitizer(~>1.6) useragent(~>0.16)|Web-flow and rendering framework putting the VC in MVC (part of Rails).|lib/action_controller.rb lib/action_dispatch.rb lib/action_dispatch/routing/mapper.rb lib/action_controller/metal.rb lib/action_pack/version.rb README.rdoc MIT-LICENSE|
actionmailer 8.1.1 200 actionpack(=) actionview(=) activejob(=) activesupport(=) mail(>=2.8.0) rails-dom-testing(~>2.2)|Email composition and delivery framework (part of Rails).|lib/action_mailer.rb lib/action_mailer/base.rb lib/action_mailer/version.rb README.rdoc MIT-LICENSE|
actionmailbox 8.1.1 220 actionpack(=) activejob(=) activerecord(=) activestorage(=) activesupport(=) mail(>=2.8.0)|Inbound email handling framework.|lib/action_mailbox.rb lib/action_mailbox/engine.rb app/models/action_mailbox/inbound_email.rb lib/action_mailbox/version.rb README.md MIT-LICENSE|
actiontext 8.1.1 410 action_text-trix(~>2.1.15) actionpack(=) activerecord(=) activestorage(=) activesupport(=) globalid(>=0.6.0) nokogiri(>=1.8.5)|Rich text framework.|lib/action_text.rb lib/action_text/engine.rb app/models/action_text/rich_text.rb app/assets/javascripts/actiontext.js lib/action_text/version.rb README.md MIT-LICENSE|
action_text-trix 2.1.15 780 railties|A rich text editor for everyday writing, packaged for Action Text.|app/assets/javascripts/trix.js app/assets/stylesheets/trix.css lib/action_text-trix.rb LICENSE|
activejob 8.1.1 310 activesupport(=) globalid(>=0.3.6)|Job framework with pluggable queues.|lib/active_job.rb lib/active_job/base.rb lib/active_job/queue_adapters.rb lib/active_job/version.rb README.md MIT-LICENSE|
activestorage 8.1.1 1010 actionpack(=) activejob(=) activerecord(=) activesupport(=) marcel(~>1.0)|Local and cloud file storage framework.|lib/active_storage.rb lib/active_storage/engine.rb app/models/active_storage/blob.rb app/assets/javascripts/activestorage.js lib/active_storage/version.rb README.md MIT-LICENSE|
actioncable 8.1.1 330 actionpack(=) activesupport(=) nio4r(~>2.0) websocket-driver(>=0.6.1) zeitwerk(~>2.6)|WebSocket framework for Rails.|lib/action_cable.rb lib/action_cable/server/base.rb app/assets/javascripts/actioncable.js lib/action_cable/version.rb README.md MIT-LICENSE|
base64 0.3.0 30|Support for encoding and decoding binary data using a Base64 representation.||
bigdecimal 3.3.1 310|This library provides arbitrary-precision decimal floating-point number class.|lib/bigdecimal.rb lib/bigdecimal/util.rb ext/bigdecimal/bigdecimal.c ext/bigdecimal/extconf.rb lib/bigdecimal.so LICENSE||ext
builder 3.3.0 150|Builders for MarkUp.|lib/builder.rb lib/builder/xmlmarkup.rb lib/builder/xmlbase.rb README.md MIT-LICENSE|
concurrent-ruby 1.3.5 1400|Modern concurrency tools for Ruby.|lib/concurrent-ruby/concurrent.rb lib/concurrent-ruby/concurrent/map.rb lib/concurrent-ruby/concurrent/promises.rb lib/concurrent-ruby/concurrent/version.rb README.md LICENSE.txt|
connection_pool 2.5.4 40|Generic connection pool for Ruby|lib/connection_pool.rb lib/connection_pool/timed_stack.rb lib/connection_pool/version.rb README.md LICENSE|
crass 1.0.6 110|CSS parser based on the CSS Syntax Level 3 spec.|lib/crass.rb lib/crass/parser.rb lib/crass/tokenizer.rb README.md LICENSE|
date 3.5.0 190|The official date library for Ruby.|lib/date.rb ext/date/date_core.c ext/date/extconf.rb lib/date_core.so README.md||ext
drb 2.2.3 80|Distributed object system for Ruby|lib/drb.rb lib/drb/drb.rb lib/drb/version.rb LICENSE.txt|
erb 5.1.3 90|An easy to use but powerful templating system for Ruby.|lib/erb.rb lib/erb/version.rb ext/erb/escape/escape.c ext/erb/escape/extconf.rb lib/erb/escape.so libexec/erb LICENSE.txt|erb=libexec/erb|ext
erubi 1.13.1 40|Small ERB Implementation|lib/erubi.rb README MIT-LICENSE|
globalid 1.3.0 45 activesupport(>=6.1)|Refer to any model with a URI: gid://app/class/id|lib/global_id.rb lib/global_id/locator.rb README.md MIT-LICENSE|
i18n 1.14.7 250 concurrent-ruby(~>1.0)|New wave Internationalization support for Ruby|lib/i18n.rb lib/i18n/backend/simple.rb lib/i18n/version.rb README.md MIT-LICENSE|
io-console 0.8.1 60|Console interface|lib/io/console/size.rb ext/io/console/console.c ext/io/console/extconf.rb lib/io/console.so README.md||ext
irb 1.15.3 720 pp(>=0.6.0) rdoc(>=4.0.0) reline(>=0.4.2)|Interactive Ruby command-line tool for REPL (Read Eval Print Loop).|exe/irb lib/irb.rb lib/irb/context.rb lib/irb/version.rb README.md LICENSE.txt|irb=exe/irb
json 2.15.2 450|A JSON implementation as a Ruby extension.|lib/json.rb lib/json/common.rb lib/json/version.rb ext/json/ext/parser/parser.c ext/json/ext/parser/extconf.rb lib/json/ext/parser.so lib/json/ext/generator.so README.md LICENSE||ext
logger 1.7.0 60|Provides a simple logging utility for outputting messages.|lib/logger.rb lib/logger/formatter.rb lib/logger/version.rb README.md BSDL|
loofah 2.24.1 210 crass(~>1.0.2) nokogiri(>=1.12.0)|Manipulate and transform HTML/XML documents and fragments.|lib/loofah.rb lib/loofah/html5/scrub.rb lib/loofah/html5/safelist.rb README.md MIT-LICENSE.txt|
mail 2.8.1 790 mini_mime(>=0.1.1) net-imap net-pop net-smtp|Mail provides a nice Ruby DSL for making, sending and reading emails.|lib/mail.rb lib/mail/message.rb lib/mail/parsers/address_lists_parser.rb lib/mail/version.rb README.md MIT-LICENSE|
marcel 1.1.0 250|Simple mime type detection using magic numbers, filenames, and extensions|lib/marcel.rb lib/marcel/tables.rb lib/marcel/magic.rb README.md MIT-LICENSE|
mini_mime 1.1.5 450|A minimal mime type library|lib/mini_mime.rb lib/db/ext_mime.db lib/db/content_type_mime.db README.md LICENSE.txt|
minitest 5.26.0 300|minitest provides a complete suite of testing facilities.|lib/minitest.rb lib/minitest/test.rb lib/minitest/assertions.rb README.rdoc History.rdoc|
net-imap 0.5.12 540 date net-protocol|Ruby client api for Internet Message Access Protocol|lib/net/imap.rb lib/net/imap/response_parser.rb lib/net/imap/command_data.rb LICENSE.txt|
net-pop 0.1.2 40 net-protocol|Ruby client library for POP3.|lib/net/pop.rb lib/net/pop/version.rb LICENSE.txt|
net-protocol 0.2.2 40 timeout|The abstract interface for net-* client.|lib/net/protocol.rb LICENSE.txt|
net-smtp 0.5.1 60 net-protocol|Simple Mail Transfer Protocol client library for Ruby.|lib/net/smtp.rb LICENSE.txt|
nio4r 2.7.5 560|New IO for Ruby|lib/nio.rb lib/nio/version.rb ext/nio4r/nio4r_ext.c ext/nio4r/libev/ev.c ext/nio4r/extconf.rb lib/nio4r_ext.so README.md license.md||ext
nokogiri 1.18.10 17800 racc(~>1.4) !mini_portile2(~>2.8.2)|Nokogiri (鋸) makes it easy and painless to work with XML and HTML from Ruby.|lib/nokogiri.rb lib/nokogiri/html5.rb lib/nokogiri/xml/document.rb lib/nokogiri/version/constant.rb lib/nokogiri/3.4/nokogiri.so lib/nokogiri/3.3/nokogiri.so lib/nokogiri/3.2/nokogiri.so lib/nokogiri/3.1/nokogiri.so bin/nokogiri LICENSE.md|nokogiri=bin/nokogiri|platform:x86_64-linux-gnu,x86_64-linux-musl,aarch64-linux-gnu,aarch64-linux-musl
mini_portile2 2.8.9 90|Simple autoconf and cmake builder for developers|lib/mini_portile2.rb lib/mini_portile2/mini_portile.rb README.md LICENSE.txt|
pp 0.6.3 40 prettyprint|Provides a PrettyPrinter for Ruby objects|lib/pp.rb LICENSE.txt|
prettyprint 0.2.0 20|Implements a pretty printing algorithm for readable structure.|lib/prettyprint.rb LICENSE.txt|
psych 5.2.6 520 date stringio|Psych is a YAML parser and emitter|lib/psych.rb lib/psych/versions.rb ext/psych/psych.c ext/psych/extconf.rb lib/psych.so README.md LICENSE||ext:yaml.h
racc 1.8.1 310|Racc is an LALR(1) parser generator.|lib/racc.rb lib/racc/parser.rb ext/racc/cparse/cparse.c ext/racc/cparse/extconf.rb lib/racc/cparse.so bin/racc README.rdoc|racc=bin/racc|ext
rack 3.2.4 620|A modular Ruby webserver interface.|lib/rack.rb lib/rack/builder.rb lib/rack/request.rb lib/rack/response.rb lib/rack/version.rb README.md MIT-LICENSE|
rack-session 2.1.1 55 base64(>=0.1.0) rack(>=3.0.0)|A session implementation for Rack.|lib/rack/session.rb lib/rack/session/cookie.rb readme.md license.md|
rack-test 2.2.0 70 rack(>=1.3)|Simple testing API built on Rack|lib/rack/test.rb lib/rack/test/version.rb README.md MIT-LICENSE.txt|
rackup 2.2.1 45 rack(>=3)|A general server command for Rack applications.|lib/rackup.rb lib/rackup/server.rb bin/rackup readme.md license.md|rackup=bin/rackup
rails-dom-testing 2.3.0 55 activesupport(>=5.0.0) minitest nokogiri(>=1.6)|Dom and Selector assertions for Rails applications|lib/rails-dom-testing.rb lib/rails/dom/testing.rb README.md MIT-LICENSE|
rails-html-sanitizer 1.6.2 50 loofah(~>2.21) nokogiri(>=1.15.7)|This gem is responsible to sanitize HTML fragments in Rails applications.|lib/rails-html-sanitizer.rb lib/rails/html/sanitizer.rb README.md MIT-LICENSE|
rake 13.3.1 410|Rake is a Make-like program implemented in Ruby|exe/rake lib/rake.rb lib/rake/application.rb lib/rake/task.rb lib/rake/version.rb README.rdoc MIT-LICENSE|rake=exe/rake
rdoc 6.15.1 2900 erb psych(>=4.0.0) tsort|RDoc produces HTML and command-line documentation for Ruby projects.|exe/rdoc exe/ri lib/rdoc.rb lib/rdoc/generator/darkfish.rb lib/rdoc/markup.rb README.rdoc LICENSE.rdoc|rdoc=exe/rdoc ri=exe/ri
reline 0.6.2 350 io-console(~>0.5)|Alternative GNU Readline or Editline implementation by pure Ruby.|lib/reline.rb lib/reline/line_editor.rb lib/reline/version.rb README.md license_of_rb-readline|
securerandom 0.4.1 25|Interface for secure random number generator.|lib/securerandom.rb lib/random/formatter.rb LICENSE.txt|
stringio 3.1.7 70|Pseudo IO on String|ext/stringio/stringio.c ext/stringio/extconf.rb lib/stringio.so README.md LICENSE.txt||ext
thor 1.4.0 450|Thor is a toolkit for building powerful command-line interfaces.|bin/thor lib/thor.rb lib/thor/base.rb lib/thor/version.rb README.md LICENSE.md|thor=bin/thor
timeout 0.4.4 25|Auto-terminate potentially long-running operations in Ruby.|lib/timeout.rb LICENSE.txt|
tsort 0.2.0 30|Topological sorting using Tarjan's algorithm|lib/tsort.rb LICENSE.txt|
tzinfo 2.0.6 250 concurrent-ruby(~>1.0)|Time Zone Library|lib/tzinfo.rb lib/tzinfo/timezone.rb lib/tzinfo/data_source.rb lib/tzinfo/version.rb README.md LICENSE|
tzinfo-data 1.2025.2 3350 tzinfo(>=1.0.0)|Time Zone Data|lib/tzinfo/data.rb lib/tzinfo/data/indexes/timezones.rb lib/tzinfo/data/definitions/Europe/London.rb lib/tzinfo/data/definitions/America/New_York.rb lib/tzinfo/data/definitions/Asia/Tokyo.rb lib/tzinfo/data/version.rb README.md LICENSE|
uri 1.1.1 110|URI is a module providing classes to handle Uniform Resource Identifiers|lib/uri.rb lib/uri/generic.rb lib/uri/version.rb LICENSE.txt|
useragent 0.16.11 40|HTTP User Agent parser|lib/user_agent.rb lib/user_agent/browsers.rb README.md LICENSE|
websocket-driver 0.8.0 150 base64 websocket-extensions(>=0.1.0)|WebSocket protocol handler with pluggable I/O|lib/websocket/driver.rb lib/websocket/driver/hybi.rb ext/websocket-driver/websocket_mask.c ext/websocket-driver/extconf.rb lib/websocket_mask.so README.md LICENSE.md||ext
websocket-extensions 0.1.5 40|Generic extension manager for WebSocket connections|lib/websocket/extensions.rb README.md LICENSE.md|
zeitwerk 2.7.3 110|Efficient and thread-safe constant autoloader|lib/zeitwerk.rb lib/zeitwerk/loader.rb lib/zeitwerk/version.rb README.md MIT-LICENSE|
bundler 2.7.2 1750|The best way to manage your application's dependencies|exe/bundle exe/bundler lib/bundler.rb lib/bundler/cli.rb lib/bundler/definition.rb lib/bundler/version.rb README.md LICENSE.md|bundle=exe/bundle bundler=exe/bundler
puma 7.1.0 1050 nio4r(~>2.0)|A Ruby/Rack web server built for parallelism.|bin/puma bin/pumactl lib/puma.rb lib/puma/server.rb lib/puma/launcher.rb lib/puma/const.rb ext/puma_http11/puma_http11.c ext/puma_http11/http11_parser.c ext/puma_http11/extconf.rb lib/puma/puma_http11.so README.md LICENSE|puma=bin/puma pumactl=bin/pumactl|ext
pg 1.6.2 1150|Pg is the Ruby interface to the PostgreSQL RDBMS|lib/pg.rb lib/pg/connection.rb lib/pg/version.rb ext/pg.c ext/pg_connection.c ext/extconf.rb lib/pg_ext.so README.md LICENSE||ext:libpq-fe.h
mysql2 0.5.7 390 bigdecimal|A simple, fast Mysql library for Ruby, binding to libmysql|lib/mysql2.rb lib/mysql2/client.rb lib/mysql2/version.rb ext/mysql2/client.c ext/mysql2/extconf.rb lib/mysql2/mysql2.so README.md LICENSE||ext:mysql.h
sqlite3 2.8.0 9300|Ruby library to interface with the SQLite3 database engine (http://www.sqlite.org).|lib/sqlite3.rb lib/sqlite3/database.rb lib/sqlite3/version.rb lib/sqlite3/3.4/sqlite3_native.so lib/sqlite3/3.3/sqlite3_native.so lib/sqlite3/3.2/sqlite3_native.so lib/sqlite3/3.1/sqlite3_native.so README.md LICENSE|platform:x86_64-linux-gnu,x86_64-linux-musl,aarch64-linux-gnu,aarch64-linux-musl
bootsnap 1.18.6 260 msgpack(~>1.2)|Boot large ruby/rails apps faster|exe/bootsnap lib/bootsnap.rb lib/bootsnap/setup.rb lib/bootsnap/cli.rb lib/bootsnap/compile_cache.rb ext/bootsnap/bootsnap.c ext/bootsnap/extconf.rb lib/bootsnap/bootsnap.so README.md LICENSE.txt|bootsnap=exe/bootsnap|ext
msgpack 1.8.0 480|MessagePack, a binary-based efficient data interchange format.|lib/msgpack.rb lib/msgpack/version.rb ext/msgpack/buffer.c ext/msgpack/unpacker.c ext/msgpack/extconf.rb lib/msgpack/msgpack.so README.md LICENSE||ext
thruster 0.1.16 9200|Zero-config HTTP/2 proxy for lightweight production deployments|exe/thrust exe/x86_64-linux/thrust lib/thruster.rb lib/thruster/version.rb README.md MIT-LICENSE|thrust=exe/thrust|platform:x86_64-linux,aarch64-linux,x86_64-darwin,arm64-darwin
propshaft 1.3.1 95 actionpack(>=7.0.0) activesupport(>=7.0.0) rack|Deliver assets for Rails.|lib/propshaft.rb lib/propshaft/assembly.rb lib/propshaft/compiler.rb lib/propshaft/railtie.rb README.md MIT-LICENSE|
sprockets 4.2.2 420 concurrent-ruby(~>1.0) logger rack(>=2.2.4,<4)|Rack-based asset packaging system|bin/sprockets lib/sprockets.rb lib/sprockets/environment.rb lib/sprockets/version.rb README.md MIT-LICENSE|sprockets=bin/sprockets
sprockets-rails 3.5.2 70 actionpack(>=6.1) activesupport(>=6.1) sprockets(>=3.0.0)|Sprockets Rails integration|lib/sprockets/rails.rb lib/sprockets/railtie.rb README.md MIT-LICENSE|
importmap-rails 2.2.2 60 actionpack(>=6.0.0) activesupport(>=6.0.0) railties(>=6.0.0)|Use ESM with importmap to manage modern JavaScript in Rails without transpiling or bundling.|lib/importmap-rails.rb lib/importmap/map.rb lib/importmap/engine.rb lib/install/bin/importmap README.md MIT-LICENSE|
turbo-rails 2.0.20 450 actionpack(>=7.1.0) railties(>=7.1.0)|The speed of a single-page web application without having to write any JavaScript.|app/assets/javascripts/turbo.js app/assets/javascripts/turbo.min.js lib/turbo-rails.rb lib/turbo/engine.rb README.md MIT-LICENSE|
stimulus-rails 1.3.4 55 railties(>=6.0.0)|A modest JavaScript framework for the HTML you already have.|app/assets/javascripts/stimulus.js app/assets/javascripts/stimulus.min.js lib/stimulus-rails.rb lib/stimulus/engine.rb README.md MIT-LICENSE|
jbuilder 2.14.1 90 actionview(>=7.0.0) activesupport(>=7.0.0)|Create JSON structures via a Builder-style DSL|lib/jbuilder.rb lib/jbuilder/jbuilder_template.rb lib/jbuilder/railtie.rb README.md MIT-LICENSE|
redis 5.4.1 300 redis-client(>=0.22.0)|A Ruby client library for Redis|lib/redis.rb lib/redis/client.rb lib/redis/commands.rb lib/redis/version.rb README.md LICENSE|
redis-client 0.26.1 260 connection_pool|Simple low level client for Redis 6+|lib/redis_client.rb lib/redis_client/config.rb lib/redis_client/version.rb README.md LICENSE.md|
sidekiq 8.0.8 1600 connection_pool(>=2.5.0) json(>=2.9.0) logger(>=1.6.2) rack(>=3.1.0) redis-client(>=0.23.2)|Simple, efficient background processing for Ruby|bin/sidekiq bin/sidekiqmon lib/sidekiq.rb lib/sidekiq/cli.rb lib/sidekiq/launcher.rb lib/sidekiq/version.rb web/assets/javascripts/application.js web/locales/en.yml README.md LICENSE.txt|sidekiq=bin/sidekiq sidekiqmon=bin/sidekiqmon
bcrypt 3.1.20 150|OpenBSD's bcrypt() password hashing algorithm.|lib/bcrypt.rb lib/bcrypt/password.rb ext/mri/bcrypt_ext.c ext/mri/crypt_blowfish.c ext/mri/extconf.rb lib/bcrypt_ext.so README.md COPYING||ext
debug 1.11.0 820 irb(~>1.10) reline(>=0.3.8)|Debugging functionality for Ruby|exe/rdbg lib/debug.rb lib/debug/session.rb lib/debug/version.rb ext/debug/debug.c ext/debug/extconf.rb lib/debug/debug.so README.md LICENSE.txt|rdbg=exe/rdbg|ext
solid_cache 1.0.8 75 activejob(>=7.2) activerecord(>=7.2) railties(>=7.2)|A database-backed ActiveSupport::Cache::Store|lib/solid_cache.rb lib/solid_cache/store.rb app/models/solid_cache/entry.rb README.md MIT-LICENSE|
solid_queue 1.2.4 190 activejob(>=7.1) activerecord(>=7.1) concurrent-ruby(>=1.3.1) fugit(~>1.11) railties(>=7.1) thor(>=1.3.1)|Database-backed Active Job backend.|lib/solid_queue.rb lib/solid_queue/supervisor.rb lib/solid_queue/worker.rb app/models/solid_queue/job.rb README.md MIT-LICENSE|
solid_cable 3.0.12 45 actioncable(>=7.2) activejob(>=7.2) activerecord(>=7.2) railties(>=7.2)|Database-backed Action Cable backend.|lib/solid_cable.rb lib/action_cable/subscription_adapter/solid_cable.rb README.md MIT-LICENSE|
fugit 1.12.1 110 et-orbi(~>1.4) raabro(~>1.4)|time tools for flor|lib/fugit.rb lib/fugit/cron.rb lib/fugit/duration.rb README.md LICENSE.txt|
et-orbi 1.4.0 50 tzinfo|time with zones|lib/et-orbi.rb lib/et_orbi/time.rb README.md LICENSE.txt|
raabro 1.4.0 40|a very dumb PEG parser library|lib/raabro.rb README.md LICENSE.txt|
sinatra 4.2.1 210 logger(>=1.6.0) mustermann(~>3.0) rack(>=3.0.0,<4) rack-protection(=) rack-session(>=2.0.0,<3) tilt(~>2.0)|Classy web-development dressed in a DSL|lib/sinatra.rb lib/sinatra/base.rb lib/sinatra/main.rb lib/sinatra/version.rb README.md LICENSE|
rack-protection 4.2.1 90 base64(>=0.1.0) logger(>=1.6.0) rack(>=3.0.0,<4)|Protect against typical web attacks, works with all Rack apps, including Rails|lib/rack/protection.rb lib/rack/protection/base.rb lib/rack/protection/version.rb README.md License|
mustermann 3.0.4 130 ruby2_keywords(~>0.0.1)|Your personal string matching expert.|lib/mustermann.rb lib/mustermann/pattern.rb lib/mustermann/sinatra.rb README.md LICENSE|
ruby2_keywords 0.0.5 12|Shim library for Module#ruby2_keywords|lib/ruby2_keywords.rb README.md LICENSE|
tilt 2.6.1 200|Generic interface to multiple Ruby template engines|bin/tilt lib/tilt.rb lib/tilt/template.rb lib/tilt/erb.rb COPYING|tilt=bin/tilt
ffi 1.17.2 1200|Ruby FFI|lib/ffi.rb lib/ffi/library.rb lib/ffi/version.rb lib/ffi_c.so README.md LICENSE|platform:x86_64-linux-gnu,x86_64-linux-musl,aarch64-linux-gnu
jekyll 4.4.1 600 addressable(~>2.4) base64(~>0.2) colorator(~>1.0) csv(~>3.0) em-websocket(~>0.5) i18n(~>1.0) jekyll-sass-converter(>=2.0,<4.0) jekyll-watch(~>2.0) json(~>2.6) kramdown(~>2.3,>=2.3.1) kramdown-parser-gfm(~>1.0) liquid(~>4.0) mercenary(~>0.3,>=0.3.6) pathutil(~>0.9) rouge(>=3.0,<5.0) safe_yaml(~>1.0) terminal-table(>=1.8,<4.0) webrick(~>1.7)|A simple, blog aware, static site generator.|exe/jekyll lib/jekyll.rb lib/jekyll/site.rb lib/jekyll/commands/build.rb lib/jekyll/renderer.rb lib/jekyll/version.rb README.markdown LICENSE|jekyll=exe/jekyll|
minima 2.5.2 90 jekyll(>=3.5,<5.0) jekyll-feed(~>0.9) jekyll-seo-tag(~>2.1)|A beautiful, minimal theme for Jekyll.|_layouts/default.html _layouts/home.html _layouts/post.html _includes/head.html _sass/minima.scss assets/main.scss README.md LICENSE.txt||
webrick 1.9.1 220|WEBrick HTTP server toolkit|lib/webrick.rb lib/webrick/httpserver.rb lib/webrick/httprequest.rb lib/webrick/version.rb README.md LICENSE.txt||
addressable 2.8.7 230 public_suffix(>=2.0.2,<7.0)|URI Implementation|lib/addressable.rb lib/addressable/uri.rb lib/addressable/template.rb lib/addressable/version.rb README.md LICENSE.txt||
public_suffix 6.0.2 180|Domain name parser based on the Public Suffix List.|lib/public_suffix.rb lib/public_suffix/list.rb lib/public_suffix/version.rb data/list.txt README.md LICENSE.txt||
colorator 1.1.0 15|Colorize your text in the terminal.|lib/colorator.rb lib/colorator/core_ext.rb README.markdown LICENSE||
csv 3.3.5 150|CSV Reading and Writing|lib/csv.rb lib/csv/parser.rb lib/csv/writer.rb lib/csv/version.rb README.md LICENSE.txt||
em-websocket 0.5.3 110 eventmachine(>=0.12.9) http_parser.rb(~>0)|EventMachine based WebSocket server|lib/em-websocket.rb lib/em-websocket/connection.rb lib/em-websocket/version.rb README.md LICENCE||
eventmachine 1.2.7 1300|Ruby/EventMachine library|lib/eventmachine.rb lib/em/connection.rb lib/em/version.rb ext/em.cpp ext/extconf.rb lib/rubyeventmachine.so README.md LICENSE||ext
http_parser.rb 0.8.0 420|Simple callback-based HTTP request/response parser|lib/http_parser.rb ext/ruby_http_parser/ruby_http_parser.c ext/ruby_http_parser/extconf.rb lib/ruby_http_parser.so README.md LICENSE-MIT||ext
jekyll-sass-converter 3.1.0 30 sass-embedded(~>1.75)|A basic Sass converter for Jekyll.|lib/jekyll-sass-converter.rb lib/jekyll/converters/scss.rb lib/jekyll/source_map_page.rb||
sass-embedded 1.93.2 9800 google-protobuf(~>4.31)|Use dart-sass with Ruby!|lib/sass-embedded.rb lib/sass/embedded.rb lib/sass/compiler.rb ext/sass/dart-sass/sass ext/sass/dart-sass/src/sass.snapshot README.md LICENSE||platform:x86_64-linux-gnu,x86_64-linux-musl,aarch64-linux-gnu
google-protobuf 4.32.1 6200 bigdecimal rake(>=13)|Protocol Buffers|lib/google/protobuf.rb lib/google/protobuf/message_exts.rb lib/google/protobuf_c.so README.md LICENSE||platform:x86_64-linux-gnu,x86_64-linux-musl,aarch64-linux-gnu
jekyll-watch 2.2.1 20 listen(~>3.0)|Rebuild your Jekyll site when a file changes with the --watch switch.|lib/jekyll-watch.rb lib/jekyll/watcher.rb lib/jekyll/commands/watch.rb||
listen 3.9.0 200 rb-fsevent(~>0.10,>=0.10.3) rb-inotify(~>0.9,>=0.9.10)|Listen to file modifications|lib/listen.rb lib/listen/adapter/linux.rb lib/listen/listener.rb lib/listen/version.rb bin/listen README.md LICENSE.txt|listen=bin/listen|
rb-fsevent 0.11.2 100|Very simple & usable FSEvents API|lib/rb-fsevent.rb lib/rb-fsevent/fsevent.rb bin/fsevent_watch README.md LICENSE.txt||
rb-inotify 0.11.1 60 ffi(~>1.0)|A Ruby wrapper for Linux inotify, using FFI|lib/rb-inotify.rb lib/rb-inotify/notifier.rb lib/rb-inotify/version.rb README.md LICENSE.md||
kramdown 2.5.1 1100 rexml(>=3.3.9)|kramdown is a fast, pure-Ruby Markdown-superset converter.|lib/kramdown.rb lib/kramdown/document.rb lib/kramdown/parser/kramdown.rb lib/kramdown/converter/html.rb lib/kramdown/version.rb bin/kramdown README.md COPYING|kramdown=bin/kramdown|
rexml 3.4.4 450|An XML toolkit for Ruby|lib/rexml.rb lib/rexml/document.rb lib/rexml/parsers/baseparser.rb lib/rexml/rexml.rb README.md LICENSE.txt||
kramdown-parser-gfm 1.1.0 30 kramdown(~>2.0)|kramdown-parser-gfm provides a kramdown parser for the GFM dialect of Markdown|lib/kramdown-parser-gfm.rb lib/kramdown/parser/gfm.rb lib/kramdown/parser/gfm/options.rb||
liquid 4.0.4 260|A secure, non-evaling end user template engine with aesthetic markup.|lib/liquid.rb lib/liquid/template.rb lib/liquid/parser.rb lib/liquid/version.rb README.md LICENSE||
mercenary 0.4.0 40|Lightweight and flexible library for writing command-line apps in Ruby.|lib/mercenary.rb lib/mercenary/command.rb lib/mercenary/program.rb lib/mercenary/version.rb README.md LICENSE.txt||
pathutil 0.16.2 50 forwardable-extended(~>2.6)|Like Pathname but a little less insane.|lib/pathutil.rb lib/pathutil/helpers.rb lib/pathutil/version.rb Gemfile LICENSE||
forwardable-extended 2.6.0 15|Forwardable with hash, and instance variable extensions.|lib/forwardable/extended.rb lib/forwardable/extended/version.rb Gemfile LICENSE||
rouge 4.6.1 3200|A pure-ruby colorizer based on pygments|lib/rouge.rb lib/rouge/lexer.rb lib/rouge/formatters/html.rb lib/rouge/version.rb bin/rougify LICENSE|rougify=bin/rougify|
safe_yaml 1.0.5 120|SameYAML provides an alternative implementation of YAML.load suitable for accepting user input in Ruby applications.|lib/safe_yaml.rb lib/safe_yaml/load.rb lib/safe_yaml/version.rb bin/safe_yaml README.md LICENSE.txt|safe_yaml=bin/safe_yaml|
terminal-table 3.0.2 50 unicode-display_width(>=1.1.1,<3)|Simple, feature rich ascii table generation library|lib/terminal-table.rb lib/terminal-table/table.rb lib/terminal-table/version.rb README.md LICENSE.txt||
unicode-display_width 2.6.0 60|Determines the monospace display width of a string in Ruby.|lib/unicode/display_width.rb lib/unicode/display_width/index.rb lib/unicode/display_width/constants.rb data/display_width.marshal.gz README.md MIT-LICENSE.txt||
jekyll-feed 0.17.0 40 jekyll(>=3.7,<5.0)|A Jekyll plugin to generate an Atom feed of your Jekyll posts|lib/jekyll-feed.rb lib/jekyll-feed/generator.rb lib/jekyll-feed/feed.xml lib/jekyll-feed/version.rb README.md LICENSE.txt||
jekyll-seo-tag 2.8.0 50 jekyll(>=3.8,<5.0)|A Jekyll plugin to add metadata tags for search engines and social networks to better index and display your site's content.|lib/jekyll-seo-tag.rb lib/jekyll-seo-tag/drop.rb lib/template.html lib/jekyll-seo-tag/version.rb README.md LICENSE.txt||
`;
