import type { ReactNode } from 'react';

/** A titled box, as a card looks, without pulling antd's Card (and its tabs) into the main route. */
export function Panel({ title, extra, children, testId }: { title: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="panel" data-testid={testId}>
      <header className="panel-header">
        <span>{title}</span>
        {extra}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
