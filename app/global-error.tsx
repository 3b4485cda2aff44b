"use client";

// Last resort when even the layout fails (e.g. the database is unreachable): a calm bilingual page.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "64px auto", padding: "0 20px", color: "#14202b" }}>
        <h1>Something went wrong · 出错了</h1>
        <p>Borderless could not show this page. Please try again in a moment.</p>
        <p lang="zh-CN">Borderless 暂时无法显示此页面，请稍后重试。</p>
        {error.digest ? <p style={{ color: "#4a5866" }}>Reference: {error.digest}</p> : null}
        <button type="button" onClick={reset} style={{ font: "inherit", padding: "8px 16px" }}>
          Try again · 重试
        </button>
      </body>
    </html>
  );
}
