/**
 * mesg (util-linux): whether others may write to this terminal. Root's ~/.profile on Debian runs
 * `mesg n 2> /dev/null || true`, so every login shell calls it. Without a terminal it fails as
 * in `docker run IMAGE bash -l -c ...` ("ttyname failed", status 2); on one, `n` exits 1 and `y`
 * 0, as its exit status tells which is set.
 */
import type { Program } from '../program';

export const mesg: Program = (argv, io) => {
  if (!io.tty) {
    io.stderr('mesg: ttyname failed: Inappropriate ioctl for device\n');
    return 2;
  }
  const answer = argv[1];
  if (answer === 'y' || answer === 'n') return answer === 'y' ? 0 : 1;
  io.note('mesg: what the terminal currently allows is not modelled.');
  return 1;
};
