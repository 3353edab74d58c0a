import { useId } from 'react';

// A screen that cannot show what was asked for (not found, no right), and where to go instead.
export function PageMessage({ title, text, backPath, backLabel }: { title: string; text: string; backPath: string; backLabel: string }) {
  const id = useId();
  return (
    <section className="page" aria-labelledby={id}>
      <h1 id={id} className="page__title">
        {title}
      </h1>
      <p className="notice" role="alert">
        {text}
      </p>
      <a className="button" href={`#${backPath}`}>
        {backLabel}
      </a>
    </section>
  );
}
