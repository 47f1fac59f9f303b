import { FileQuestion } from "lucide-react";
import { PageContainer } from "@/components/shell/page-container";
import { NOT_FOUND_TEXT, StatusMessage } from "@/components/shell/status-message";

export default function AppNotFound() {
  return (
    <PageContainer>
      <StatusMessage icon={FileQuestion} {...NOT_FOUND_TEXT} />
    </PageContainer>
  );
}
