"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { GeneratedPassword } from "./generated-password";

export type GeneratedPasswordInfo = { fullName: string; password: string };

/** After creating a user without a password: the generated one, once. */
export function GeneratedPasswordDialog({
  info,
  onClose,
}: {
  info: GeneratedPasswordInfo | null;
  onClose: () => void;
}) {
  const t = useTranslations("admin.users.generatedPassword");
  return (
    <Dialog open={info !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description", { name: info?.fullName ?? "" })}</DialogDescription>
        </DialogHeader>
        {info && <GeneratedPassword password={info.password} fullName={info.fullName} />}
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button">{t("close")}</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
