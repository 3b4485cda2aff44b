"use client";
import { useState } from "react";

/** The certificate's public link with a copy button, and the add-to-LinkedIn link. */
export function ShareCertificate({ url, linkedInUrl, labels }: { url: string; linkedInUrl: string; labels: { title: string; copy: string; copied: string; linkedIn: string } }) {
  const [copied, setCopied] = useState(false);
  return (
    <section className="card no-print" aria-labelledby="share" data-testid="share">
      <h2 id="share">{labels.title}</h2>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "center" }}>
        <input readOnly value={url} aria-label={labels.title} style={{ flex: "1 1 320px" }} onFocus={(event) => event.currentTarget.select()} data-testid="share-url" />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {copied ? labels.copied : labels.copy}
        </button>
        <a className="button" href={linkedInUrl} target="_blank" rel="noopener noreferrer" data-testid="linkedin">
          {labels.linkedIn}
        </a>
      </div>
    </section>
  );
}
