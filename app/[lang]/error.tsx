"use client";

// Any unexpected error: a calm message, never a stack trace. The digest lets support find the log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="narrow" role="alert">
      <h1>Something went wrong · 出错了</h1>
      <p className="lead">Something went wrong on our side. Please try again.</p>
      <p className="lead" lang="zh-CN">我们这边出了点问题，请重试。</p>
      {error.digest ? <p className="muted small">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>
        Try again · 重试
      </button>
    </div>
  );
}
