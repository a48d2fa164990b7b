// A codegen plugin (codegen.yml): the name of every query written with graphql(...) in src/, as one union type.
// The query cache is keyed by operation name (ui/data.ts), so a command names the queries it refreshes with these.
module.exports = {
  plugin(_schema, documents) {
    const names = new Set();
    for (const { document } of documents) {
      for (const definition of document?.definitions ?? []) {
        if (definition.kind === 'OperationDefinition' && definition.operation === 'query' && definition.name) names.add(definition.name.value);
      }
    }
    const union = [...names].sort().map((n) => `\n  | '${n}'`).join('');
    return `/** Every query of the app by its operation name, which keys the query cache. */\nexport type QueryName =${union || ' never'};\n`;
  },
};
