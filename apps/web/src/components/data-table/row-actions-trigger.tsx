import { MoreHorizontal } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

/** The "…" button that opens a row's actions menu, named after the row for screen readers. */
export function RowActionsTrigger({ name, className }: { name: string; className?: string }) {
  return (
    <DropdownMenuTrigger asChild>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className={cn("size-8", className)}
        aria-label={`Actions for ${name}`}
      >
        <MoreHorizontal aria-hidden />
      </Button>
    </DropdownMenuTrigger>
  );
}
