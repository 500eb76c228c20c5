import { Banner } from '../../components/banner.tsx';
import type { UrlProblem } from '../../logs/url-codec.ts';

/** What the URL asked for that could not be used, so a pasted link never fails silently. */
export function UrlProblems({ problems }: { problems: readonly UrlProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Banner
      tone="warning"
      title={`Ignored ${problems.length === 1 ? 'one part' : `${problems.length} parts`} of the link`}
    >
      <ul className="list-disc pl-5">
        {problems.slice(0, 8).map((p, i) => (
          <li key={i}>
            <code className="break-all">
              {p.param}={p.value.slice(0, 80)}
            </code>
            : {p.reason}
          </li>
        ))}
        {problems.length > 8 ? <li>and {problems.length - 8} more</li> : null}
      </ul>
    </Banner>
  );
}
