import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { readAnalystOperation } from '../graphql/index.ts';

/** A query the IDE opens with, one tab each. */
export interface ExampleQuery {
  title: string;
  /** Runs as it is: its variables have default values (GraphiQL's variables pane starts empty). */
  query: string;
}

/** Where a token goes in the IDE: the first tab says so above its query. */
const TOKEN_HINT = `# Signed in? Open "Headers" below and paste {"Authorization": "Bearer <token>"}
# (npm run token -- --role editor --subject <name>, or your identity provider). Without a token you
# may read only when the server allows anonymous viewers (npm start on 127.0.0.1 does).
`;

/** The tabs the IDE opens with: a party's liaisons, departments without a formal liaison, search. */
export function exampleQueries(): ExampleQuery[] {
  return [
    { title: "A party's liaisons", query: `${TOKEN_HINT}${readAnalystOperation('party-liaisons')}` },
    { title: 'Departments without a formal liaison', query: readAnalystOperation('departments-without-formal-liaison') },
    { title: 'Search', query: readAnalystOperation('search') },
  ];
}

/** What renderGraphiQL takes. */
export type IdePageOptions = NonNullable<Parameters<typeof renderGraphiQL>[0]>;

/**
 * What the analysts' GraphQL IDE page is rendered from (GraphiQL from @graphql-yoga/render-graphiql,
 * its script, styles, fonts and editor workers inlined, so that it works with no internet connection).
 * The page is 9 MB, and the module that renders it holds its 9 MB of script as long as it is loaded:
 * `npm run build:web` renders it in a process of its own (see ide-page-file.ts), and the server reads
 * the compressed result.
 */
export function idePageOptions(endpoint = '/graphql'): IdePageOptions {
  return {
    title: 'Liaison Graph · 对口联系图谱',
    endpoint,
    defaultTabs: exampleQueries().map((example) => ({ query: example.query })),
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  };
}
