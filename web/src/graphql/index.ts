// Codegen's typed `graphql()` and the schema's types. Regenerate with `npm run codegen` after changing an
// operation or the schema; `npm run build` fails while they are out of date.
export { graphql } from './generated';
export type * from './generated/graphql';
export type { QueryName } from './generated/queries';
