import { useEffect, useRef, useState } from "react";

/**
 * Whether the element has come within `margin` of the viewport (once it has, it stays seen): for
 * work a page should not do before anyone scrolls to it.
 */
export function useSeen<T extends Element>(margin = "200px") {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
      rootMargin: margin,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, margin]);
  return [ref, seen] as const;
}
