import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { idePageOptions } from './ide-page.ts';

/** The analysts' GraphQL IDE as one self-contained HTML page (loads the 9 MB renderer: see ide-page.ts). */
export function renderIdePage(endpoint = '/graphql'): string {
  return renderGraphiQL(idePageOptions(endpoint));
}
