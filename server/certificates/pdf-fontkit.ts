import "server-only";
import pdfLibFontkit from "@pdf-lib/fontkit";
import type { PDFDocument } from "@cantoo/pdf-lib";

// The fork does not export its Fontkit type; this is what registerFontkit takes.
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

/**
 * @pdf-lib/fontkit, shaped for @cantoo/pdf-lib. The fork serializes a font subset with a sync
 * `subset.encode()` when the subset has one (the API of @cantoo/fontkit and fontkit 2), else
 * with `encodeStream()`. @pdf-lib/fontkit's subsets have both, but their `encode(stream)` needs
 * a stream argument, so the fork's first choice crashes ("reading 'pos'"). Here each subset hides
 * `encode`, so the fork takes the stream path; every other member is the subset's own, called on
 * the subset itself. Not needed once the project moves to @cantoo/fontkit.
 */
export const fontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    const font = pdfLibFontkit.create(buffer as Buffer, postscriptName);
    return withMembersOf(font, {
      createSubset: () => withMembersOf(font.createSubset(), { encode: undefined }),
    }) as unknown as ReturnType<Fontkit["create"]>;
  },
};

/** A view of `target` where `overrides` win and methods keep `target` as `this`. */
function withMembersOf<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "string" && Object.hasOwn(overrides, property)) return overrides[property];
      const value = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
    has(object, property) {
      if (typeof property === "string" && Object.hasOwn(overrides, property)) return overrides[property] !== undefined;
      return Reflect.has(object, property);
    },
  });
}
