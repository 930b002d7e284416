import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from './links.ts';

/** A link to the sign-in page that brings the user back to this page afterwards (also after the identity provider's login page). */
export function SignInLink({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <Link to={paths.signIn} state={{ from: `${location.pathname}${location.search}` }}>
      {children}
    </Link>
  );
}
