"use client";

// Any unexpected error: a calm message, never a stack trace. The digest lets support find the log.
// A client component without the catalogue (it must not ship to the browser): both languages, each marked.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="narrow" role="alert">
      <h1>
        <span lang="en">Something went wrong</span> · <span lang="zh-CN">出错了</span>
      </h1>
      <p className="lead" lang="en">
        Something went wrong on our side. Please try again.
      </p>
      <p className="lead" lang="zh-CN">我们这边出了点问题，请重试。</p>
      {error.digest ? <p className="muted small">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>
        <span lang="en">Try again</span> · <span lang="zh-CN">重试</span>
      </button>
    </div>
  );
}
