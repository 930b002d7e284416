/** The public error model: one ErrorCode set, carried in extensions.code. */
export { ErrorCode, isLiaisonError, LiaisonError } from './liaison-error.ts';
