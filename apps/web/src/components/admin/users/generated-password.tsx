"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";

/** A password the server generated and returned once: shown with a copy button and a warning. */
export function GeneratedPassword({ password, fullName }: { password: string; fullName: string }) {
  const t = useTranslations("admin.users.generatedPassword");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
      toast.success(t("copiedToast"));
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for a manual copy.
      input.current?.select();
      toast.error(t("copyFailed"));
    }
  };

  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={id}>{t("label", { name: fullName })}</Label>
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
          <Button type="button" variant="outline" onClick={copy} aria-label={copied ? t("copied") : t("copyPassword")}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            <span className="hidden sm:inline">{copied ? t("copied") : t("copy")}</span>
          </Button>
        </div>
      </div>
      <Alert variant="warning">
        <TriangleAlert aria-hidden />
        <AlertDescription>{t("warning", { name: fullName })}</AlertDescription>
      </Alert>
    </div>
  );
}
