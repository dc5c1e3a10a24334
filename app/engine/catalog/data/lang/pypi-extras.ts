// Optional dependencies ("extras") of PyPI packages, as the catalog's release declares them in
// its METADATA: `provides` lists every Provides-Extra name (so `pip install 'x[nope]'` can say
// which extra is missing), `requires` the Requires-Dist lines that carry an `extra == "..."`
// marker, written as packaging normalises them. Packages not listed here declare no extras the
// simulation knows of (pip then installs the base package and says nothing).
export interface ExtrasData {
  provides: string;
  requires: readonly string[];
}

export const PYPI_EXTRAS: Record<string, ExtrasData> = {
  // flask 3.1.2
  flask: {
    provides: 'async dotenv',
    requires: ['asgiref>=3.2; extra == "async"', 'python-dotenv; extra == "dotenv"'],
  },
  // fastapi 0.128.0
  fastapi: {
    provides: 'standard standard-no-fastapi-cloud-cli all',
    requires: [
      'fastapi-cli[standard]>=0.0.8; extra == "standard"',
      'httpx<1.0.0,>=0.23.0; extra == "standard"',
      'jinja2>=3.1.5; extra == "standard"',
      'python-multipart>=0.0.18; extra == "standard"',
      'email-validator>=2.0.0; extra == "standard"',
      'uvicorn[standard]>=0.12.0; extra == "standard"',
      'pydantic-settings>=2.0.0; extra == "standard"',
      'pydantic-extra-types>=2.0.0; extra == "standard"',
      'fastapi-cli[standard-no-fastapi-cloud-cli]>=0.0.8; extra == "standard-no-fastapi-cloud-cli"',
      'httpx<1.0.0,>=0.23.0; extra == "standard-no-fastapi-cloud-cli"',
      'jinja2>=3.1.5; extra == "standard-no-fastapi-cloud-cli"',
      'python-multipart>=0.0.18; extra == "standard-no-fastapi-cloud-cli"',
      'email-validator>=2.0.0; extra == "standard-no-fastapi-cloud-cli"',
      'uvicorn[standard]>=0.12.0; extra == "standard-no-fastapi-cloud-cli"',
      'pydantic-settings>=2.0.0; extra == "standard-no-fastapi-cloud-cli"',
      'pydantic-extra-types>=2.0.0; extra == "standard-no-fastapi-cloud-cli"',
    ],
  },
  // fastapi-cli 0.0.20
  'fastapi-cli': {
    provides: 'standard standard-no-fastapi-cloud-cli',
    requires: [
      'uvicorn[standard]>=0.15.0; extra == "standard"',
      'fastapi-cloud-cli>=0.1.1; extra == "standard"',
      'uvicorn[standard]>=0.15.0; extra == "standard-no-fastapi-cloud-cli"',
    ],
  },
  // uvicorn 0.40.0
  uvicorn: {
    provides: 'standard',
    requires: [
      'colorama>=0.4; sys_platform == "win32" and extra == "standard"',
      'httptools>=0.6.3; extra == "standard"',
      'python-dotenv>=0.13; extra == "standard"',
      'pyyaml>=5.1; extra == "standard"',
      'uvloop>=0.15.1; (sys_platform != "win32" and (sys_platform != "cygwin" and platform_python_implementation != "PyPy")) and extra == "standard"',
      'watchfiles>=0.13; extra == "standard"',
      'websockets>=10.4; extra == "standard"',
    ],
  },
  // celery 5.6.2: the extras pull in kombu's of the same name.
  celery: {
    provides:
      'arangodb auth azureblockblob brotli cassandra consul cosmosdbsql couchbase couchdb django dynamodb elasticsearch eventlet gcs gevent librabbitmq memcache mongodb msgpack pymemcache pydantic pyro pytest redis s3 slmq solar sqlalchemy sqs tblib yaml zookeeper zstd',
    requires: ['kombu[redis]; extra == "redis"'],
  },
  // kombu 5.6.2
  kombu: {
    provides:
      'azureservicebus azurestoragequeues confluentkafka consul gcpubsub librabbitmq mongodb msgpack pyro qpid redis slmq sqlalchemy sqs yaml zookeeper',
    requires: ['redis!=4.5.5,!=5.0.2,>=4.5.2; extra == "redis"'],
  },
  // psycopg 3.3.2
  psycopg: {
    provides: 'binary c dev docs pool test',
    requires: [
      'psycopg-binary==3.3.2; implementation_name != "pypy" and extra == "binary"',
      'psycopg-c==3.3.2; implementation_name != "pypy" and extra == "c"',
      'psycopg-pool; extra == "pool"',
    ],
  },
  // pydantic 2.12.5
  pydantic: {
    provides: 'email timezone',
    requires: [
      'email-validator>=2.0.0; extra == "email"',
      'tzdata; (python_version >= "3.9" and platform_system == "Windows") and extra == "timezone"',
    ],
  },
  // requests 2.32.5
  requests: {
    provides: 'security socks use-chardet-on-py3',
    requires: [
      'PySocks!=1.5.7,>=1.5.6; extra == "socks"',
      'chardet<6,>=3.0.2; extra == "use-chardet-on-py3"',
    ],
  },
};
