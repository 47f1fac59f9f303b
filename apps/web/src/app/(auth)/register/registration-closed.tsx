import { Lock } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function RegistrationClosed() {
  const t = useTranslations("auth.closed");
  return (
    <Card className="w-full max-w-sm shadow-sm">
      <CardHeader>
        <span className="mb-2 flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <Lock className="size-5" aria-hidden />
        </span>
        <CardTitle asHeading="h1" className="text-xl">
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild variant="outline" className="w-full">
          <Link href="/sign-in">{t("back")}</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
