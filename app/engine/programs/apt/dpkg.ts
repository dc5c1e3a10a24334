/**
 * dpkg itself: the architecture query that install scripts use (`dpkg --print-architecture`
 * → amd64), the query options it shares with dpkg-query, and `-i` for a downloaded .deb,
 * which the simulation accepts without modelling its contents.
 */
import type { Program } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { resolvePath } from '../../fs/path';
import { dpkgQuery } from './dpkg-query';

export const dpkgProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const first = args[0];
  if (first === '--print-architecture') {
    io.stdout('amd64\n');
    return 0;
  }
  if (first === '--print-foreign-architectures') return 0;
  if (first === '--version') {
    io.stdout("Debian 'dpkg' package management program version 1.22.21 (amd64).\n");
    return 0;
  }
  if (first === '--add-architecture') {
    io.note(`dpkg --add-architecture ${args[1] ?? ''}: foreign architectures are not modelled.`);
    return 0;
  }
  if (first === '-i' || first === '--install') {
    const files = args.slice(1).filter((a) => !a.startsWith('-'));
    for (const file of files) {
      if (!exists(io.fs, resolvePath(io.cwd, file))) {
        io.stderr(`dpkg: error: cannot access archive '${file}': No such file or directory\n`);
        return 2;
      }
    }
    io.note(
      `dpkg -i ${files.join(' ')}: installing a downloaded .deb is not modelled (its content is unknown), so nothing was unpacked.`,
    );
    return 0;
  }
  if (args.length === 0) {
    io.stderr(
      "dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n",
    );
    return 2;
  }
  return dpkgQuery(args, io, 'dpkg');
};
