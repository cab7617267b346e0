/** What load-time validation needs, gathered so it can be split out of the up-front bundle. */
export { catalogueSchema } from './schema';
export { formatIssue, zodIssues } from './validate';
