/** Every well-known repository with a tag grammar, in one list. */
import type { RepoDef } from './repo';
import { postgres } from './repos-databases';
import { mongo, mysql, redis } from './repos-datastores';
import { alpine, busybox, debian, DISTROLESS, ubuntu } from './repos-distros';
import { DOTNET } from './repos-dotnet';
import { golang, rust } from './repos-go-rust';
import { openjdk, temurin } from './repos-java';
import { gradle, maven } from './repos-java-tools';
import { helloWorld, mariadb, memcached, registry } from './repos-more';
import { php } from './repos-php';
import { composer } from './repos-composer';
import { node, python } from './repos-python-node';
import { ruby } from './repos-ruby';
import { uv } from './repos-uv';
import { cargoChef } from './repos-cargo-chef';
import { RPM_REPOS } from './repos-rpm';
import { httpd, nginx } from './repos-web';
import { tomcat } from './repos-tomcat';
import { bun } from './repos-bun';

export const REPOS: RepoDef[] = [
  python,
  node,
  ruby,
  php,
  composer,
  uv,
  golang,
  rust,
  cargoChef,
  temurin,
  openjdk,
  maven,
  gradle,
  tomcat,
  bun,
  postgres,
  redis,
  mysql,
  mongo,
  nginx,
  httpd,
  debian,
  ubuntu,
  alpine,
  busybox,
  helloWorld,
  registry,
  memcached,
  mariadb,
  ...DOTNET,
  ...DISTROLESS,
  ...RPM_REPOS,
];
