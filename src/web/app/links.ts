/** `search` (`?jurisdiction=…&year=…` or empty) with more parameters, those without a value left out. */
function withParameters(search: string, parameters: Record<string, string | undefined>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) params.set(name, value);
  return params.size === 0 ? '' : `?${params.toString()}`;
}

/** URLs of the pages, one place so that every link is built the same way. */
export const paths = {
  overview: (search: string) => `/${search}`,
  counterpart: (name: string, search: string) => `/counterparts/${encodeURIComponent(name)}${search}`,
  department: (name: string, search: string) => `/departments/${encodeURIComponent(name)}${search}`,
  review: (search: string) => `/review${search}`,
  search: (text: string, search: string) => `/search${search}${search === '' ? '?' : '&'}q=${encodeURIComponent(text)}`,
  network: (search: string) => `/network${search}`,
  signIn: '/sign-in',
  datasets: '/datasets',
  recordActivity: (search: string) => `/entry/activity${search}`,
  recordRole: (search: string, organisation?: string) =>
    `/entry/role${search}${organisation === undefined ? '' : `${search === '' ? '?' : '&'}organisation=${encodeURIComponent(organisation)}`}`,
  recordDocument: (search: string, number?: string) =>
    `/entry/document${search}${number === undefined ? '' : `${search === '' ? '?' : '&'}number=${encodeURIComponent(number)}`}`,
  recordLiaison: (search: string, ends: { from?: string; counterpart?: string } = {}) => `/entry/liaison${withParameters(search, ends)}`,
  uploadRecords: (search: string) => `/entry/upload${search}`,
};
