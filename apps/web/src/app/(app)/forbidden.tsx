import { ShieldX } from "lucide-react";
import { PageContainer } from "@/components/shell/page-container";
import { FORBIDDEN_TEXT, StatusMessage } from "@/components/shell/status-message";

export default function AppForbidden() {
  return (
    <PageContainer>
      <StatusMessage icon={ShieldX} {...FORBIDDEN_TEXT} />
    </PageContainer>
  );
}
