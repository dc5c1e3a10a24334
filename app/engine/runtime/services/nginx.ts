/**
 * The official nginx image's entrypoint: `/docker-entrypoint.sh` runs the scripts in
 * /docker-entrypoint.d (one of them edits default.conf to listen on IPv6, which is why a
 * fresh nginx container already shows `C /etc/nginx/conf.d/default.conf` in `docker diff`),
 * then hands over to nginx. nginx itself (its -t/-V modes, the server in the foreground or
 * forked into the background) is the program of ../../programs/nginx, the same in a build's
 * RUN, `docker exec` and a container's command.
 */
import type { FileSystem } from '../../fs/filesystem';

const DEFAULT_CONF = '/etc/nginx/conf.d/default.conf';

function listing(fs: FileSystem, dir: string): string[] {
  const listed = fs.readdir(dir);
  return listed.ok ? listed.value : [];
}

/**
 * What `/docker-entrypoint.sh nginx ...` prints before nginx starts, doing what its scripts
 * do to the filesystem. Returns the lines (the script writes them to stdout).
 */
export function nginxEntrypoint(fs: FileSystem, env: Readonly<Record<string, string>>): string {
  if (env.NGINX_ENTRYPOINT_QUIET_LOGS) return '';
  const dir = '/docker-entrypoint.d';
  const scripts = listing(fs, dir);
  if (scripts.length === 0) {
    return '/docker-entrypoint.sh: No files found in /docker-entrypoint.d/, skipping configuration\n';
  }
  let out = `/docker-entrypoint.sh: ${dir}/ is not empty, will attempt to perform configuration\n`;
  out += `/docker-entrypoint.sh: Looking for shell scripts in ${dir}/\n`;
  for (const name of scripts) {
    if (name.endsWith('.envsh')) {
      out += `/docker-entrypoint.sh: Sourcing ${dir}/${name}\n`;
      continue;
    }
    if (!name.endsWith('.sh')) {
      out += `/docker-entrypoint.sh: Ignoring ${dir}/${name}\n`;
      continue;
    }
    out += `/docker-entrypoint.sh: Launching ${dir}/${name}\n`;
    if (name === '10-listen-on-ipv6-by-default.sh') out += listenOnIpv6(fs, name);
  }
  return out + '/docker-entrypoint.sh: Configuration complete; ready for start up\n';
}

/** 10-listen-on-ipv6-by-default.sh: adds `listen [::]:80;` to the packaged default.conf. */
function listenOnIpv6(fs: FileSystem, me: string): string {
  const conf = fs.readFile(DEFAULT_CONF);
  if (!conf.ok) return `${me}: info: ${DEFAULT_CONF} is not a file or does not exist\n`;
  const text = conf.value.text ?? '';
  if (!fs.touch(DEFAULT_CONF).ok) {
    return `${me}: info: can not modify ${DEFAULT_CONF} (read-only file system?)\n`;
  }
  if (text.includes('listen  [::]:80;')) return `${me}: info: IPv6 listen already enabled\n`;
  let out = `${me}: info: Getting the checksum of ${DEFAULT_CONF}\n`;
  if (!text.includes('listen       80;')) {
    return out + `${me}: info: ${DEFAULT_CONF} differs from the packaged version\n`;
  }
  const edited = text.replace('listen       80;', 'listen       80;\n    listen  [::]:80;');
  fs.writeFile(DEFAULT_CONF, { text: edited });
  out += `${me}: info: Enabled listen on IPv6 in ${DEFAULT_CONF}\n`;
  return out;
}
