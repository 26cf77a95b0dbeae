import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';

/**
 * `next/dynamic` for the Preact-built pages (app/page-bundles.mjs): the component's code runs only
 * when first drawn, which these pages do in the browser only; `loading` shows meanwhile.
 */
export default function dynamic<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  { loading: Loading }: { ssr: false; loading: () => ReactNode },
): ComponentType<P> {
  const Lazy = lazy(load);
  return function Dynamic(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
