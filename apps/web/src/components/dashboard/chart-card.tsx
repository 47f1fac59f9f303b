"use client";

import { Suspense, useEffect, type ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { onFirstInteraction } from "@/lib/first-interaction";
import { useSeen } from "@/lib/use-seen";
import { preloadCharts } from "./lazy-charts";

/** A titled card around one chart, or around its empty state when there is nothing to draw. */
export function ChartCard({
  title,
  description,
  empty,
  isEmpty,
  testId,
  className,
  children,
}: {
  title: string;
  description: string;
  empty: string;
  isEmpty: boolean;
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = `${testId}-title`;
  // A chart draws when it comes near the screen: on a phone most of them are below the first one.
  const [ref, seen] = useSeen<HTMLDivElement>();
  // Or at the page's first interaction, whichever comes first.
  useEffect(() => onFirstInteraction(preloadCharts), []);
  const skeleton = <Skeleton className="h-48 w-full rounded-lg" />;
  return (
    <Card ref={ref} role="region" aria-labelledby={headingId} data-testid={testId} className={className}>
      <CardHeader>
        <CardTitle asHeading="h2" id={headingId}>
          {title}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="min-w-0">
        {isEmpty ? (
          <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">{empty}</p>
        ) : seen ? (
          // The chart's code may still be loading (lazy-charts.tsx).
          <Suspense fallback={skeleton}>{children}</Suspense>
        ) : (
          skeleton
        )}
      </CardContent>
    </Card>
  );
}
