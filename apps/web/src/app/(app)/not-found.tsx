import { FileQuestion } from "lucide-react";
import { PageContainer } from "@/components/shell/page-container";
import { StatusMessage } from "@/components/shell/status-message";

export default function AppNotFound() {
  return (
    <PageContainer>
      <StatusMessage status="notFound" icon={FileQuestion} />
    </PageContainer>
  );
}
