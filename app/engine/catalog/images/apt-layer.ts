/**
 * A `RUN apt-get update && apt-get install ... && rm -rf /var/lib/apt/lists/*` layer: the
 * packages' files, dpkg's rewritten status, and the other files apt and dpkg touch on the
 * way (their logs, debconf's cache, apt's record of automatic installs), which land in the
 * layer as copy-ups. update-ca-certificates' output is added when ca-certificates arrives.
 */
import { installDebs, type DebSystem } from '../rootfs/dpkg';
import { TreeBuilder } from '../util/tree-builder';
import { layerBlob } from './layer';
import type { DebBase } from './world';

const CERTS =
  'ACCVRAIZ1 Amazon_Root_CA_1 Amazon_Root_CA_2 Amazon_Root_CA_3 Amazon_Root_CA_4 Certum_Trusted_Network_CA COMODO_RSA_Certification_Authority DigiCert_Global_Root_CA DigiCert_Global_Root_G2 DigiCert_Global_Root_G3 Entrust_Root_Certification_Authority_-_G2 GTS_Root_R1 GTS_Root_R2 GTS_Root_R3 GTS_Root_R4 GlobalSign_Root_CA GlobalSign_Root_R46 Go_Daddy_Root_Certificate_Authority_-_G2 ISRG_Root_X1 ISRG_Root_X2 Microsoft_ECC_Root_Certificate_Authority_2017 Microsoft_RSA_Root_Certificate_Authority_2017 QuoVadis_Root_CA_2_G3 SSL.com_Root_Certification_Authority_RSA Sectigo_Public_Server_Authentication_Root_R46 Starfield_Root_Certificate_Authority_-_G2 USERTrust_ECC_Certification_Authority USERTrust_RSA_Certification_Authority'.split(
    ' ',
  );

export interface AptLayerOptions {
  /** Called with the builder after the packages are in, for the rest of the RUN's work. */
  extra?: (builder: TreeBuilder, system: DebSystem) => void;
}

export function aptInstallLayer(
  base: DebBase,
  roots: readonly string[],
  options: AptLayerOptions = {},
): DebBase {
  const builder = new TreeBuilder();
  const before = new Set(base.system.installed);
  const system = installDebs(builder, base.system, roots);
  const added = system.installed.filter((name) => !before.has(name));
  const explicit = new Set(roots);
  const auto = added.filter((name) => !explicit.has(name));
  if (auto.length > 0) {
    builder.text(
      '/var/lib/apt/extended_states',
      auto
        .sort()
        .map((name) => `Package: ${name}\nArchitecture: amd64\nAuto-Installed: 1\n`)
        .join('\n'),
    );
  }
  const count = base.system.installed.length + added.length;
  builder.blob('/var/log/dpkg.log', `log:dpkg:${count}`, count * 1400);
  builder.blob(
    '/var/log/apt/history.log',
    `log:apt-history:${count}`,
    900 + added.join(', ').length * 2,
  );
  builder.blob('/var/log/apt/term.log', `log:apt-term:${count}`, 1200 + added.length * 180);
  builder.blob('/var/log/apt/eipp.log.xz', `log:apt-eipp:${count}`, 9_000 + count * 40);
  builder.blob(
    '/var/cache/debconf/templates.dat',
    `debconf:templates:${count}`,
    420_000 + count * 1200,
  );
  builder.blob('/var/cache/debconf/config.dat', `debconf:config:${count}`, 9_000 + count * 90);
  builder.dir('/var/lib/apt/lists/partial', 0o700, { uid: 42, gid: 0 });
  if (added.includes('ca-certificates')) caCertificates(builder);
  options.extra?.(builder, system);
  return { blob: layerBlob(builder.build()), system };
}

function caCertificates(builder: TreeBuilder): void {
  builder.text('/etc/ca-certificates.conf', CERTS.map((c) => `mozilla/${c}.crt`).join('\n') + '\n');
  builder.blob('/etc/ssl/certs/ca-certificates.crt', 'ca-certificates:bundle', 219_342);
  for (const cert of CERTS) {
    builder.blob(`/usr/share/ca-certificates/mozilla/${cert}.crt`, `ca:${cert}`, 1_950);
    builder.link(`/etc/ssl/certs/${cert}.pem`, `/usr/share/ca-certificates/mozilla/${cert}.crt`);
  }
}
