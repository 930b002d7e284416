// `npm run token`: an HS256 bearer token for the embedded default (or any JWT_SECRET deployment).
import { ensureJwtSecret, isRole, mintToken, ROLES } from '../auth/index.ts';
import { EXIT_OK, main, parseFlags, UsageError } from './command.ts';

const usage = `usage: npm run token -- --role viewer|editor|admin --subject NAME [--days N]

Prints a bearer token granting the role (and the roles below it) to NAME, valid for N days
(default 30, at most 366). It is signed with JWT_SECRET when set, else with the secret the
embedded default keeps in its data folder (generated on first use, mode 0600). Paste it into the
IDE's Headers tab as {"Authorization": "Bearer <token>"}. Deployments with JWKS_URI get their
tokens from the identity provider instead.`;

await main({
  name: 'token',
  usage,
  parse(argv) {
    const { values } = parseFlags(argv, { role: { type: 'string' }, subject: { type: 'string' }, days: { type: 'string' } });
    if (!isRole(values.role))
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}${values.role === undefined ? '' : ` (got "${values.role}")`}`);
    if (values.subject === undefined || values.subject.trim() === '')
      throw new UsageError('--subject NAME is required (who the token is for)');
    const days = values.days === undefined ? 30 : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 366)
      throw new UsageError(`--days must be a whole number from 1 to 366 (got "${values.days}")`);
    return { role: values.role, subject: values.subject.trim(), days };
  },
  async run({ role, subject, days }, context) {
    const { auth, neo4j } = context.config;
    if (auth.jwksUri !== undefined) throw new UsageError('JWKS_URI is set: tokens come from the identity provider, not from this command');
    const secret = auth.jwtSecret ?? (await ensureJwtSecret(neo4j.dataDir));
    const token = await mintToken(secret, {
      role,
      subject,
      days,
      issuer: auth.issuer,
      audience: auth.audience,
      rolesClaim: auth.rolesClaim,
    });
    process.stdout.write(`${token}\n`);
    return EXIT_OK;
  },
});
