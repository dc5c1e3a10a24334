/** What a well-known repository contributes: its tag grammar and how to build an image. */
import type { BaseImage } from '../images/base';
import type { ImageSpec } from '../images/define';
import type { World } from '../images/world';
import type { Grammar, ParsedTag } from './grammar';

export interface RepoDef {
  /** As references name it: "ruby", "mcr.microsoft.com/dotnet/sdk", "gcr.io/distroless/static". */
  repository: string;
  grammar: Grammar;
  description: string;
  build(world: World, tag: ParsedTag, reference: string): ImageSpec | undefined;
}

/** What the build of a repository made by a factory (`serviceRepo`, `languageRepo`) is given. */
export interface RepoBuild {
  world: World;
  tag: ParsedTag;
  reference: string;
  /** The base the factory picked for the tag (a missing one means no image). */
  base: BaseImage;
  alpine: boolean;
  version: string;
}
