import { SubmissionSearch } from "~/components/portal/submission-search";

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <SubmissionSearch kind="solution" searchParams={await searchParams} />;
}
