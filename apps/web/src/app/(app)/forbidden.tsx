import { ShieldX } from "lucide-react";
import { PageContainer } from "@/components/shell/page-container";
import { StatusMessage } from "@/components/shell/status-message";

export default function AppForbidden() {
  return (
    <PageContainer>
      <StatusMessage status="forbidden" icon={ShieldX} />
    </PageContainer>
  );
}
