/** The distributions' mirror URLs and the shape of one release's index files (archive.ts). */
export const DEBIAN = 'http://deb.debian.org/debian';
export const DEBIAN_SECURITY = 'http://deb.debian.org/debian-security';
export const UBUNTU = 'http://archive.ubuntu.com/ubuntu';
export const UBUNTU_SECURITY = 'http://security.ubuntu.com/ubuntu';

export interface IndexComponent {
  name: string;
  /** What apt downloads (the .xz index), bytes. */
  downloadSize: number;
  /** What it keeps with docker-gzip-indexes (lz4), bytes. */
  storedSize: number;
  /** The index uncompressed, bytes. */
  rawSize: number;
}

export interface Release {
  /** Base URL, as in sources ("http://deb.debian.org/debian"). */
  url: string;
  suite: string;
  inReleaseSize: number;
  components: IndexComponent[];
}

export const component = (
  name: string,
  downloadSize: number,
  storedSize: number,
  rawSize: number,
): IndexComponent => ({ name, downloadSize, storedSize, rawSize });
