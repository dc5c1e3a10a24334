/** The RPM package tools by the names they are called: dnf (and yum where yum is dnf), yum 3, microdnf, rpm. */
import type { Program, ProgramIO } from '../../shell/program';
import { dnfProgram } from './dnf';
import { microdnfProgram } from './microdnf';
import { rpmProgram } from './rpm';
import { findRelease } from './system';
import { yumProgram } from './yum3';

/** `yum` is yum 3 on EL7 and Amazon Linux 2, and dnf (a link to dnf-3) everywhere after. */
function yumOrDnf(dnf: Program, yum: Program): Program {
  return (argv: string[], io: ProgramIO) => {
    const family = findRelease(io.fs)?.family;
    return family === 'el7' || family === 'al2' ? yum(argv, io) : dnf(argv, io);
  };
}

export function rpmPrograms(): [string[], Program][] {
  const dnf = dnfProgram();
  return [
    [['dnf', 'dnf-3'], dnf],
    [['yum'], yumOrDnf(dnf, yumProgram())],
    [['microdnf'], microdnfProgram()],
    [['rpm'], rpmProgram()],
  ];
}
