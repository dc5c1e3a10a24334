/**
 * Rules about FROM: pin the base image (DL3006, DL3007), and BuildKit's checks on stage
 * names (FromAsCasing, StageNameCasing, DuplicateStageName).
 */
import { buildkitUrl, diagnose, hadolintUrl, type Rule } from '../context';

/** Splits `registry:5000/name:tag@digest` into its name, tag and digest. */
function imageParts(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  const parts: { name: string; tag?: string; digest?: string } = {
    name: hasTag ? rest.slice(0, colon) : rest,
  };
  if (hasTag) parts.tag = rest.slice(colon + 1);
  if (digest !== undefined) parts.digest = digest;
  return parts;
}

export const pinnedBaseImage: Rule = (ctx) =>
  ctx.stages.flatMap((stage) => {
    const image = stage.from.image;
    const earlierStage = ctx.stages
      .slice(0, stage.index)
      .some((s) => s.from.stageName === image.toLowerCase());
    if (image === 'scratch' || earlierStage || image.includes('$')) return [];
    const { name, tag, digest } = imageParts(image);
    if (digest !== undefined) return [];
    if (tag === undefined) {
      return [
        diagnose(
          stage.from.instruction,
          'warning',
          'DL3006',
          `The image "${image}" has no tag, so it means "latest" and can change under you at any time. ` +
            `Pin a version, for example ${name}:<version>, so builds stay repeatable.`,
          hadolintUrl('DL3006'),
        ),
      ];
    }
    if (tag === 'latest') {
      return [
        diagnose(
          stage.from.instruction,
          'warning',
          'DL3007',
          `The "latest" tag moves whenever a new version is published, so the same Dockerfile can build a different image tomorrow. ` +
            `Use a specific version tag instead.`,
          hadolintUrl('DL3007'),
        ),
      ];
    }
    return [];
  });

export const fromAsCasing: Rule = (ctx) =>
  ctx.stages.flatMap((stage) => {
    const { instruction } = stage.from;
    const as = instruction.args[1];
    if (instruction.args.length < 3 || as === undefined) return [];
    const from = instruction.rawKeyword;
    const fromLower = from === from.toLowerCase();
    const fromUpper = from === from.toUpperCase();
    if (!fromLower && !fromUpper) return [];
    const matches = fromLower ? as === as.toLowerCase() : as === as.toUpperCase();
    if (matches) return [];
    return [
      diagnose(
        instruction,
        'warning',
        'FromAsCasing',
        `'${as}' and '${from}' keywords' casing do not match. ` +
          `Write them in the same case, for example "${from} image ${fromLower ? 'as' : 'AS'} name".`,
        buildkitUrl('from-as-casing'),
      ),
    ];
  });

export const stageNameCasing: Rule = (ctx) =>
  ctx.stages.flatMap((stage) => {
    const written = stage.from.stageNameAsWritten;
    if (written === undefined || written === written.toLowerCase()) return [];
    return [
      diagnose(
        stage.from.instruction,
        'warning',
        'StageNameCasing',
        `Stage name '${written}' should be lowercase. ` +
          `Docker lower-cases it anyway, so write "${written.toLowerCase()}" to match what --target and COPY --from see.`,
        buildkitUrl('stage-name-casing'),
      ),
    ];
  });

export const duplicateStageName: Rule = (ctx) =>
  ctx.stages.flatMap((stage) => {
    const name = stage.from.stageName;
    if (name === undefined) return [];
    const earlier = ctx.stages.slice(0, stage.index).some((s) => s.from.stageName === name);
    if (!earlier) return [];
    return [
      diagnose(
        stage.from.instruction,
        'warning',
        'DuplicateStageName',
        `Duplicate stage name "${name}", stage names should be unique. ` +
          `Rename one of them so COPY --from and --target point at the stage you mean.`,
        buildkitUrl('duplicate-stage-name'),
      ),
    ];
  });
