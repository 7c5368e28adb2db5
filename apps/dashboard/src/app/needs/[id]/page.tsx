import { SubmissionDetail } from "~/components/portal/submission-detail";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <SubmissionDetail kind="need" id={(await params).id} />;
}
