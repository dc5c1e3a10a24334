/** What a well-known repository contributes: its tag grammar and how to build an image. */
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
