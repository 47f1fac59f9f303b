import type { ReactNode } from "react";

/** The h1 and one-line description every page of the signed-in app starts with. */
export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  return (
    <div className="grid gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {description && <p className="text-sm text-muted-foreground">{description}</p>}
    </div>
  );
}
