/**
 * What a runtime image is built FROM: the base image's history rows and the state of its top
 * layer (dpkg's or apk's view), so one runtime description (python, node...) can sit on any
 * release: debian:trixie-slim as in the catalog, or a stand-in's bookworm or alpine3.19.
 */
import type { Userland } from '../../shell/program';
import type { Distro, LayerBlob } from '../types';
import type { HistoryRow } from './define';
import type { ApkBase, DebBase } from './world';

export interface BaseImage {
  /** The base image's history rows, bottom first (their layer builders are shared). */
  rows: HistoryRow[];
  /** The package archive apt or apk use in it. */
  distro: Distro;
  userland: Userland;
  /** Release name as tags spell it: "trixie", "bookworm", "jammy", "alpine3.19". */
  release: string;
  /** Alpine's version ("3.22.2") or Debian/Ubuntu's ("13", "22.04"). */
  version: string;
  /** The top layer of a Debian-family base, with dpkg's database. */
  deb?: () => DebBase;
  /** The top layer of an Alpine base, with apk's database. */
  apk?: () => ApkBase;
  /** The top layer of a base whose package database is not modelled (Oracle Linux). */
  top?: () => LayerBlob;
}
