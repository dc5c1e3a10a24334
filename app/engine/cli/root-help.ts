/** The docker CLI's top-level help and version, as Docker 28 prints them. */

export const CLIENT_VERSION = '28.5.1, build e180ab8';

/** Management commands and their one-line descriptions (`docker image` alone prints its help). */
export const MANAGEMENT_GROUPS: Record<string, string> = {
  builder: 'Manage builds',
  buildx: 'Docker Buildx',
  container: 'Manage containers',
  context: 'Manage contexts',
  image: 'Manage images',
  network: 'Manage networks',
  system: 'Manage Docker',
  volume: 'Manage volumes',
};

/**
 * Subcommands a group's help lists (as `docker container` prints them in Docker 28) that the
 * simulation does not run: typed, they get the not-simulated message.
 */
export const LISTED_NOT_SIMULATED: Record<string, { name: string; short: string }[]> = {
  image: [
    { name: 'build', short: 'Build an image from a Dockerfile' },
    { name: 'import', short: 'Import the contents from a tarball to create a filesystem image' },
    { name: 'load', short: 'Load an image from a tar archive or STDIN' },
  ],
  network: [
    { name: 'connect', short: 'Connect a container to a network' },
    { name: 'create', short: 'Create a network' },
    { name: 'disconnect', short: 'Disconnect a container from a network' },
    { name: 'prune', short: 'Remove all unused networks' },
    { name: 'rm', short: 'Remove one or more networks' },
  ],
  // `volume update` is for swarm managers only: docker hides it elsewhere.
};

/** Real docker commands outside what Layercake simulates: they get an honest message. */
export const NOT_SIMULATED = [
  'import',
  'load',
  'manifest',
  'plugin',
  'trust',
  'config',
  'node',
  'secret',
  'service',
  'stack',
  'swarm',
  'compose',
  'context',
  'scout',
  'init',
  'debug',
];

export const ROOT_HELP = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  logout      Log out from a registry
  search      Search Docker Hub for images
  version     Show the Docker version information
  info        Display system-wide information

Management Commands:
  builder     Manage builds
  buildx*     Docker Buildx
  container   Manage containers
  context     Manage contexts
  image       Manage images
  manifest    Manage Docker image manifests and manifest lists
  network     Manage networks
  plugin      Manage plugins
  system      Manage Docker
  trust       Manage trust on Docker images
  volume      Manage volumes

Swarm Commands:
  config      Manage Swarm configs
  node        Manage Swarm nodes
  secret      Manage Swarm secrets
  service     Manage Swarm services
  stack       Manage Swarm stacks
  swarm       Manage Swarm

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  commit      Create a new image from a container's changes
  cp          Copy files/folders between a container and the local filesystem
  create      Create a new container
  diff        Inspect changes to files or directories on a container's filesystem
  events      Get real time events from the server
  export      Export a container's filesystem as a tar archive
  history     Show the history of an image
  import      Import the contents from a tarball to create a filesystem image
  inspect     Return low-level information on Docker objects
  kill        Kill one or more running containers
  load        Load an image from a tar archive or STDIN
  logs        Fetch the logs of a container
  pause       Pause all processes within one or more containers
  port        List port mappings or a specific mapping for the container
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  rmi         Remove one or more images
  save        Save one or more images to a tar archive (streamed to STDOUT by default)
  start       Start one or more stopped containers
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop one or more running containers
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
  top         Display the running processes of a container
  unpause     Unpause all processes within one or more containers
  update      Update configuration of one or more containers
  wait        Block until one or more containers stop, then print their exit codes

Global Options:
      --config string      Location of client config files (default
                           "/home/learner/.docker")
  -c, --context string     Name of the context to use to connect to the
                           daemon (overrides DOCKER_HOST env var and
                           default context set with "docker context use")
  -D, --debug              Enable debug mode
  -H, --host list          Daemon socket to connect to
  -l, --log-level string   Set the logging level ("debug", "info",
                           "warn", "error", "fatal") (default "info")
      --tls                Use TLS; implied by --tlsverify
      --tlscacert string   Trust certs signed only by this CA (default
                           "/home/learner/.docker/ca.pem")
      --tlscert string     Path to TLS certificate file (default
                           "/home/learner/.docker/cert.pem")
      --tlskey string      Path to TLS key file (default
                           "/home/learner/.docker/key.pem")
      --tlsverify          Use TLS and verify the remote
  -v, --version            Print version information and quit

Run 'docker COMMAND --help' for more information on a command.

For more help on how to use Docker, head to https://docs.docker.com/go/guides/
`;
