/** `docker volume inspect` and `docker volume ls` rows, as the local driver reports volumes. */
import { goNilMap, goStruct } from '../cli/format/go-value';
import type { Volume } from '../host/containers';
import { volumeMountpoint } from './volumes';

/** Volume times are second-precision RFC 3339 in the daemon's zone (UTC here). */
export function volumeTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function inspectVolume(volume: Volume) {
  return goStruct('volume.Volume', {
    CreatedAt: volumeTime(volume.created),
    Driver: 'local',
    // Nil maps: JSON null, but `{{.Labels}}` prints map[] as Go does.
    Labels: Object.keys(volume.labels).length ? volume.labels : goNilMap(),
    Mountpoint: volumeMountpoint(volume.name),
    Name: volume.name,
    Options: goNilMap(),
    Scope: 'local',
  });
}
