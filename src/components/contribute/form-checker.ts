/**
 * The part of the proposal form that checks: zod, the build's schemas and the YAML writer. It is a
 * chunk of its own, fetched when the person first asks for a check, so that the form itself opens
 * with a few kilobytes; the rules applied are the build's, unchanged.
 */
import './zod-jitless.ts'; // must come before anything that builds a schema
export { githubNewFileUrl, propose } from '../../lib/content/proposal.ts';
