import RewriteBox from "@/components/RewriteBox";

export default function Page() {
  return <main><RewriteBox /></main>;
}
