/**
 * A path that wraps only after its slashes (`path-breaks.ts`); its text is the path as is,
 * so the change's accessible text does not change.
 */
import { Fragment } from 'react';
import { pathParts } from './path-breaks';

export function PathText({ path }: { path: string }) {
  const parts = pathParts(path);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}
