/**
 * A lint rule: imports in src/ flow one way, from the layers that compose to the layers they compose.
 *
 *   src/main.tsx → src/app → src/features/<name> → src/components → src/lib → src/render → src/core
 *
 * A file may import from its own layer or any layer to its right, never to its left, and one feature never
 * imports another: what two features share moves down (into components, lib or core), or the app composes
 * them (it hands the role panel to the map page). Styles (src/styles) may be imported from anywhere.
 * Only relative imports are checked; packages are the other rule's business (src/core stays pure).
 */
import { dirname, relative, resolve, sep } from "node:path";

/** Lowest first: a layer may import from the layers before it. */
const LAYERS = [
  { name: "core", test: /^src\/core\// },
  { name: "render", test: /^src\/render\// },
  { name: "lib", test: /^src\/lib\// },
  { name: "components", test: /^src\/components\// },
  { name: "features", test: /^src\/features\// },
  { name: "app", test: /^src\/app\// },
  { name: "main", test: /^src\/main\.tsx?$/ },
];

/** @param {string} path a path from the project root, with forward slashes */
function layerOf(path) {
  const rank = LAYERS.findIndex((layer) => layer.test.test(path));
  return rank === -1
    ? null
    : { rank, name: LAYERS[rank].name, feature: /^src\/features\/([^/]+)\//.exec(path)?.[1] };
}

/** @type {import("eslint").Rule.RuleModule} */
export const oneWayImports = {
  meta: {
    type: "problem",
    docs: { description: "Imports flow one way: app → features → components → lib → render → core." },
    schema: [],
    messages: {
      upward:
        "src/{{from}} must not import from src/{{to}}: imports flow app → features → components → lib → render → core. Move what is shared down, or pass it in from above.",
      crossFeature:
        "The {{from}} feature must not import from the {{to}} feature: move what both need into src/components, src/lib or src/core, or let src/app compose them.",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename).split(sep).join("/");
    const here = layerOf(file);
    if (here === null) return {};
    /** @param {import("estree").Node | null | undefined} source */
    const check = (source) => {
      if (source?.type !== "Literal" || typeof source.value !== "string" || !source.value.startsWith("."))
        return;
      const target = relative(root, resolve(dirname(context.filename), source.value))
        .split(sep)
        .join("/");
      const there = layerOf(target);
      if (there === null) return;
      if (there.rank > here.rank) {
        context.report({ node: source, messageId: "upward", data: { from: here.name, to: there.name } });
      } else if (
        here.feature !== undefined &&
        there.feature !== undefined &&
        here.feature !== there.feature
      ) {
        context.report({
          node: source,
          messageId: "crossFeature",
          data: { from: here.feature, to: there.feature },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
