export const dynamic = "force-dynamic";

// Text of about FLOOR_PAGE_BYTES of HTML, rendered on every request like the verify page. Each
// paragraph costs about 2.7 times its text: its HTML plus its copy in the inlined RSC payload.
export default function Page() {
  const size = Number(process.env.FLOOR_PAGE_BYTES ?? 20000);
  const line = "A line of text on a minimal page, as long as a line of the verify page. ";
  const items = Array.from({ length: Math.max(1, Math.round(size / ((line.length + 9) * 2.7))) }, (_, i) => <p key={i}>{line}</p>);
  return <main>{items}</main>;
}
