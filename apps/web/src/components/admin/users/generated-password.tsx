"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useId, useRef, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/sonner";

/** A password the server generated and returned once: shown with a copy button and a warning. */
export function GeneratedPassword({ password, fullName }: { password: string; fullName: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
      toast.success("Password copied to the clipboard.");
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for a manual copy.
      input.current?.select();
      toast.error("Could not copy. The password is selected: copy it with Ctrl+C or ⌘C.");
    }
  };

  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={id}>Password for {fullName}</Label>
        <div className="flex gap-2">
          <Input
            ref={input}
            id={id}
            readOnly
            value={password}
            spellCheck={false}
            className="font-mono"
            data-testid="generated-password"
            onFocus={(event) => event.target.select()}
          />
          <Button type="button" variant="outline" onClick={copy} aria-label={copied ? "Copied" : "Copy password"}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            <span className="hidden sm:inline">{copied ? "Copied" : "Copy"}</span>
          </Button>
        </div>
      </div>
      <Alert variant="warning">
        <TriangleAlert aria-hidden />
        <AlertDescription>
          This password is shown only once. Give it to {fullName} over a safe channel; they can change it under Account
          → Password.
        </AlertDescription>
      </Alert>
    </div>
  );
}
