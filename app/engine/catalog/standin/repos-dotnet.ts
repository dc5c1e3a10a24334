/**
 * Microsoft's .NET images on mcr.microsoft.com: runtime-deps (the libraries and the `app`
 * user), runtime (+ /usr/share/dotnet), aspnet (+ ASP.NET Core) and sdk (+ the SDK and
 * PowerShell), each FROM the one before, as the real chain is, so they share layers.
 */
import { PATH_DEFAULT } from '../images/define';
import type { ImageSpec } from '../images/define';
import type { World } from '../images/world';
import { assemble, copy, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines, type Line, type ParsedTag } from './grammar';
import { spreadFiles } from './layers';
import { userFiles } from './accounts';
import type { RepoDef } from './repo';

const RUNTIME = `
  10.0 10.0.0 noble,jammy alpine3.22
  9.0 9.0.11 bookworm,noble,jammy alpine3.22,alpine3.21
  8.0 8.0.22 bookworm,noble,jammy alpine3.22,alpine3.21,alpine3.20
  7.0 7.0.20 bookworm,jammy alpine3.19,alpine3.18
  6.0 6.0.36 bookworm,jammy,focal alpine3.20,alpine3.19,alpine3.18`;
const SDK: Record<string, string> = {
  '10.0': '10.0.100',
  '9.0': '9.0.307',
  '8.0': '8.0.416',
  '7.0': '7.0.410',
  '6.0': '6.0.428',
};
const runtimeLines = lines(RUNTIME);
const sdkLines: Line[] = runtimeLines.map((l) => ({ ...l, full: SDK[l.key] ?? l.full }));

type Level = 'runtime-deps' | 'runtime' | 'aspnet' | 'sdk';
const LEVELS: Level[] = ['runtime-deps', 'runtime', 'aspnet', 'sdk'];

function icu(release: string): string {
  return release === 'trixie' ? 'libicu76' : release === 'noble' ? 'libicu74' : 'libicu72';
}

function dotnetImage(
  world: World,
  level: Level,
  tag: ParsedTag,
  reference: string,
): ImageSpec | undefined {
  const alpine = tag.release.startsWith('alpine');
  const base = baseImage(world, tag.release, 'slim');
  if (!base) return undefined;
  const key = tag.line.key;
  const runtime =
    level === 'sdk' ? (runtimeLines.find((l) => l.key === key)?.full ?? key) : tag.version;
  const sdk = level === 'sdk' ? tag.version : (SDK[key] ?? key);
  const depth = LEVELS.indexOf(level);
  const env = [
    PATH_DEFAULT,
    'APP_UID=1654',
    'ASPNETCORE_HTTP_PORTS=8080',
    'DOTNET_RUNNING_IN_CONTAINER=true',
  ];
  const rows: Row[] = [
    'ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true',
    alpine
      ? {
          by: run(
            'apk add --upgrade --no-cache         ca-certificates-bundle                 libgcc         libssl3         libstdc++         zlib',
          ),
          apk: ['ca-certificates-bundle', 'libgcc', 'libssl3', 'libstdc++', 'zlib'],
        }
      : {
          by: run(
            `apt-get update     && apt-get install -y --no-install-recommends         ca-certificates                 libc6         libgcc-s1         ${icu(tag.release)}         libssl3         libstdc++6         tzdata         zlib1g     && rm -rf /var/lib/apt/lists/*`,
          ),
          deb: [
            'ca-certificates',
            'libc6',
            'libgcc-s1',
            icu(tag.release),
            'libssl3',
            'libssl3t64',
            'libstdc++6',
            'tzdata',
            'zlib1g',
          ],
        },
    {
      by: run(
        alpine
          ? 'addgroup         --gid=$APP_UID         --system         app     && adduser         --uid=$APP_UID         --ingroup=app         --disabled-password         app'
          : 'groupadd         --gid=$APP_UID         app     && useradd -l         --uid=$APP_UID         --gid=$APP_UID         --create-home         app',
      ),
      files: userFiles(base, {
        name: 'app',
        uid: 1654,
        gid: 1654,
        home: '/home/app',
        shell: alpine ? '/sbin/nologin' : '/bin/sh',
        createHome: true,
      }),
    },
  ];
  if (depth >= 1) {
    env.push(`DOTNET_VERSION=${runtime}`);
    rows.push(
      `ENV DOTNET_VERSION=${runtime}`,
      {
        by: copy('/dotnet /usr/share/dotnet'),
        files: spreadFiles(
          '/usr/share/dotnet',
          `dotnet:x LICENSE.txt=1116 ThirdPartyNotices.txt=44800 host/fxr/${runtime}/libhostfxr.so:x shared/Microsoft.NETCore.App/${runtime}/libcoreclr.so:x shared/Microsoft.NETCore.App/${runtime}/System.Private.CoreLib.dll shared/Microsoft.NETCore.App/${runtime}/libclrjit.so:x shared/Microsoft.NETCore.App/${runtime}/System.Text.Json.dll shared/Microsoft.NETCore.App/${runtime}/System.Net.Http.dll`,
          71_800_000,
        ),
      },
      {
        by: run('ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet'),
        files: [{ path: '/usr/bin/dotnet', size: 24, link: '/usr/share/dotnet/dotnet' }],
      },
    );
  }
  if (depth >= 2) {
    env.push(`ASPNET_VERSION=${runtime}`);
    rows.push(`ENV ASPNET_VERSION=${runtime}`, {
      by: copy(
        '/shared/Microsoft.AspNetCore.App /usr/share/dotnet/shared/Microsoft.AspNetCore.App',
      ),
      files: spreadFiles(
        `/usr/share/dotnet/shared/Microsoft.AspNetCore.App/${runtime}`,
        'Microsoft.AspNetCore.dll Microsoft.AspNetCore.Server.Kestrel.Core.dll Microsoft.AspNetCore.Mvc.Core.dll Microsoft.Extensions.DependencyInjection.dll Microsoft.AspNetCore.App.deps.json',
        21_900_000,
      ),
    });
  }
  if (depth >= 3) {
    const channel = alpine
      ? 'PSDocker-DotnetSDK-Alpine'
      : tag.release === 'noble'
        ? 'PSDocker-DotnetSDK-Ubuntu-24.04'
        : 'PSDocker-DotnetSDK-Debian-12';
    const extra = [
      'DOTNET_GENERATE_ASPNET_CERTIFICATE=false',
      'DOTNET_NOLOGO=true',
      `DOTNET_SDK_VERSION=${sdk}`,
      'DOTNET_USE_POLLING_FILE_WATCHER=true',
      'NUGET_XMLDOC_MODE=skip',
      `POWERSHELL_DISTRIBUTION_CHANNEL=${channel}`,
    ];
    env.push(...extra);
    rows.push(
      `ENV ${extra.join(' ')}`,
      alpine
        ? {
            by: run(
              'apk add --upgrade --no-cache         curl         git         icu-data-full         icu-libs         tzdata',
            ),
            apk: ['curl', 'git', 'icu-libs', 'tzdata'],
          }
        : {
            by: run(
              'apt-get update     && apt-get install -y --no-install-recommends         curl         git         libatomic1         wget     && rm -rf /var/lib/apt/lists/*',
            ),
            deb: ['curl', 'git', 'libatomic1', 'wget'],
          },
      {
        by: run(
          `curl --fail --show-error --location --output dotnet.tar.gz https://builds.dotnet.microsoft.com/dotnet/Sdk/$DOTNET_SDK_VERSION/dotnet-sdk-$DOTNET_SDK_VERSION-linux-${alpine ? 'musl-' : ''}x64.tar.gz     && dotnet_sha512='...'     && echo "$dotnet_sha512  dotnet.tar.gz" | sha512sum -c -     && mkdir -p /usr/share/dotnet     && tar -oxzf dotnet.tar.gz -C /usr/share/dotnet ./packs ./sdk ./sdk-manifests ./templates ./LICENSE.txt ./ThirdPartyNotices.txt     && rm dotnet.tar.gz     && dotnet help`,
        ),
        files: spreadFiles(
          '/usr/share/dotnet',
          `sdk/${sdk}/dotnet.dll sdk/${sdk}/Microsoft.Build.dll sdk/${sdk}/Roslyn/bincore/Microsoft.CodeAnalysis.CSharp.dll sdk/${sdk}/NuGet.Commands.dll sdk/${sdk}/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.Sdk.targets packs/Microsoft.NETCore.App.Ref/${runtime}/ref/net${key}/System.Runtime.dll packs/Microsoft.AspNetCore.App.Ref/${runtime}/ref/net${key}/Microsoft.AspNetCore.dll templates/${runtime}/microsoft.dotnet.common.projecttemplates.${key}.${runtime}.nupkg sdk-manifests/${key}.100/microsoft.net.workload.mono.toolchain.current/WorkloadManifest.json`,
          462_000_000,
        ),
      },
      {
        by: run(
          "powershell_version=7.5.4     && curl --fail --show-error --location --output PowerShell.Linux.x64.$powershell_version.nupkg https://powershellinfraartifacts-gkhedzdeaghdezhr.z01.azurefd.net/tool/$powershell_version/PowerShell.Linux.x64.$powershell_version.nupkg     && mkdir -p /usr/share/powershell     && dotnet tool install --add-source / --tool-path /usr/share/powershell --version $powershell_version PowerShell.Linux.x64     && dotnet nuget locals all --clear     && rm PowerShell.Linux.x64.$powershell_version.nupkg     && ln -s /usr/share/powershell/pwsh /usr/bin/pwsh     && chmod 755 /usr/share/powershell/pwsh     && find /usr/share/powershell -print | grep -i '.*[.]nupkg$' | xargs rm",
        ),
        files: [
          ...spreadFiles(
            '/usr/share/powershell',
            'pwsh:x .store/powershell.linux.x64/7.5.4/powershell.linux.x64/7.5.4/tools/net9.0/any/pwsh.dll .store/powershell.linux.x64/7.5.4/powershell.linux.x64/7.5.4/tools/net9.0/any/System.Management.Automation.dll',
            68_000_000,
          ),
          { path: '/usr/bin/pwsh', size: 26, link: '/usr/share/powershell/pwsh' },
        ],
      },
    );
  }
  return assemble(world, {
    repository: `mcr.microsoft.com/dotnet/${level}`,
    reference,
    created: '2025-12-09T20:05:00Z',
    base,
    config: {
      Env: env,
      Cmd: [
        alpine
          ? '/bin/sh'
          : base.release === 'noble' || base.release === 'jammy'
            ? '/bin/bash'
            : 'bash',
      ],
      WorkingDir: '',
      User: '',
    },
    rows,
    what: `.NET ${level === 'sdk' ? `SDK ${sdk}` : `${runtime} ${level}`} (${DOTNET_WHAT[level]}) on ${releaseWords(base)}`,
    description: `Official .NET ${level} images.`,
  });
}

/** What each level's `dotnet` can do in the simulation (programs/dotnet). */
const DOTNET_WHAT: Record<Level, string> = {
  'runtime-deps':
    'the libraries a self-contained .NET app needs; no dotnet host, no SDK; application code is not run',
  runtime:
    'a modelled /usr/share/dotnet: the dotnet host starts an app’s dll, whose code is not run; no SDK',
  aspnet:
    'a modelled /usr/share/dotnet with ASP.NET Core: the dotnet host starts an app’s dll, whose code is not run; no SDK',
  sdk: 'a modelled /usr/share/dotnet; dotnet restores from a NuGet catalog and builds and publishes real-shaped outputs; application code is not run',
};

export const DOTNET: RepoDef[] = LEVELS.map((level) => ({
  repository: `mcr.microsoft.com/dotnet/${level}`,
  description: `Official .NET ${level} images.`,
  grammar: {
    lines: level === 'sdk' ? sdkLines : runtimeLines,
    aliases: { latest: '9.0', lts: '8.0' },
    variants: ['', 'slim'],
    releaseFirst: true,
  },
  build: (world, tag, reference) => dotnetImage(world, level, tag, reference),
}));
