"use client";

import { Suspense, useEffect, useState, type ReactNode } from "react";
import { onFirstInteraction } from "@/lib/first-interaction";

/**
 * For a dialog or sheet whose module is loaded with `lazy()` (a form with its schema, resolver and
 * react-hook-form, say): nothing is rendered until `when` is first true; from then on `children` stay
 * mounted, so that closing animates and gives the focus back as usual. `preload` (the same `import()`)
 * runs at the page's first interaction, so that the first opening rarely waits. docs/page-weight.md.
 */
export function Deferred({
  when,
  preload,
  children,
}: {
  when: boolean;
  preload: () => Promise<unknown>;
  children: ReactNode;
}) {
  const [wanted, setWanted] = useState(when);
  if (when && !wanted) setWanted(true);
  useEffect(() => onFirstInteraction(() => void preload()), [preload]);
  return wanted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
